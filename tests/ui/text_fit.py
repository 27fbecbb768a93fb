"""Finding text that does not fit its widget: labels, buttons, tabs, list items, the status bar."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QWidget,
)


def _shown(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 0:
        return False
    # a widget scrolled or pushed out of its window is someone else's problem (scroll areas)
    return widget.isVisibleTo(root)


def _label_text_width(label: QLabel) -> int:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return int(doc.idealWidth())
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wrapped text needs {needed}px of height, has {label.height()}"
        return None
    width = _label_text_width(label)
    if width > room:
        return f"text needs {width}px, has {room}"
    lines = label.text().count("\n") + 1
    tall = label.fontMetrics().height() * lines
    if label.contentsRect().height() < tall - 1:
        return f"text needs {tall}px of height, has {label.contentsRect().height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QPushButton | QCheckBox | QRadioButton | QToolButton):
        hint = button.sizeHint()
        if button.width() < hint.width():
            return f"needs {hint.width()}px, has {button.width()}"
        if button.height() < button.fontMetrics().height():
            return f"needs {button.fontMetrics().height()}px of height, has {button.height()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rect = bar.tabRect(index)
        if rect.right() > bar.width() or rect.bottom() > bar.height():
            found.append(f"tab {text!r} runs past the tab bar")
        elif rect.width() < metrics.horizontalAdvance(text) + 8:
            found.append(f"tab {text!r} is elided ({rect.width()}px)")
    return found


_DARK = bytes(range(128))


def _ink(view: QAbstractItemView, index: QModelIndex, width: int, height: int) -> int:
    """Dark-on-white pixels the view's delegate paints for ``index`` in a width x height cell."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
    option.rect = QRect(0, 0, width, height)
    option.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    option.palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(grey.constBits()), grey.bytesPerLine()
    rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
    return len(rows) - len(rows.translate(None, _DARK))


def _cell_problems(view: QAbstractItemView, *, widths_too: bool) -> list[str]:
    """Cells whose text the delegate cuts: it draws more when given room than in its cell.

    Lists must fit their texts; tables and trees may elide a long value sideways on purpose
    (the column can be widened), so for them only the height counts."""
    found = []
    model = view.model()
    if model is None:
        return found
    area = view.viewport().rect()
    root = view.rootIndex()
    columns = (
        [view.modelColumn()] if isinstance(view, QListView) else range(model.columnCount(root))
    )
    for row in range(min(model.rowCount(root), 80)):
        for column in columns:
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if rect.isEmpty() or not area.intersects(rect) or not index.data():
                continue
            own = _ink(view, index, rect.width(), rect.height())
            if widths_too:
                roomy = _ink(view, index, rect.width() * 2, rect.height() * 2)
            else:  # a little more height shows clipped marks, not a wrapped second line
                roomy = _ink(view, index, rect.width(), rect.height() + 6)
            if roomy > own * 1.1 + 8:
                text = str(index.data()).replace("\n", " / ")
                found.append(f"{text!r} is cut in its {rect.width()}x{rect.height()} cell")
    return found


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(widget: QWidget, root: QWidget) -> str | None:
    """Text widgets that stick out of an ancestor (outside scroll areas, which scroll)."""
    if _in_scroll_area(widget, root):
        return None
    top_left = widget.mapTo(root, widget.rect().topLeft())
    inside = root.rect().contains(top_left) and root.rect().contains(
        widget.mapTo(root, widget.rect().bottomRight())
    )
    parent = widget.parentWidget()
    while inside and parent is not None and parent is not root:
        corner = widget.mapTo(parent, widget.rect().bottomRight())
        inside = parent.rect().contains(corner) and parent.rect().contains(
            widget.mapTo(parent, widget.rect().topLeft())
        )
        parent = parent.parentWidget()
    return None if inside else "sticks out of its window or parent"


def _chart_problems(view: QChartView) -> list[str]:
    chart = view.chart()
    title = chart.title()
    return [
        f"chart {title!r}: {axis.orientation().name} axis labels are truncated"
        for axis in chart.axes()
        if axis.labelsVisible() and axis.labelsTruncated()
    ]


def _name(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else "-"
    return f"{name} in {owner}"


def cut_off_text(root: QWidget) -> list[str]:
    """Every visible piece of text inside ``root`` that is elided or clipped, described."""
    problems: list[str] = []
    size = root.size()
    minimum = root.minimumSizeHint()
    if minimum.width() > size.width() or minimum.height() > size.height():
        problems.append(
            f"{type(root).__name__} needs at least {minimum.width()}x{minimum.height()}, "
            f"has {size.width()}x{size.height()}"
        )
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        where = _name(widget)
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            clipped = _clipped(widget, root)
            if clipped:
                problems.append(f"{where}: {widget.text()!r}: {clipped}")
                continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(f"{where}: {widget.text()!r}: {problem}")
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            if problem:
                problems.append(f"{where}: {widget.text()!r}: {problem}")
        elif isinstance(widget, QTabBar):
            problems.extend(f"{where}: {p}" for p in _tab_problems(widget))
        elif isinstance(widget, QChartView):
            problems.extend(f"{where}: {p}" for p in _chart_problems(widget))
        elif isinstance(widget, QListView):
            problems.extend(f"{where}: {p}" for p in _cell_problems(widget, widths_too=True))
        elif isinstance(widget, QAbstractItemView):
            problems.extend(f"{where}: {p}" for p in _cell_problems(widget, widths_too=False))
    return problems


def cut_off_items(view: QListView) -> list[str]:
    """The items of a list (a popup, say) that are drawn cut."""
    return _cell_problems(view, widths_too=True)


def text_width(widget: QWidget, text: str) -> int:
    return QFontMetrics(widget.font()).horizontalAdvance(text)
