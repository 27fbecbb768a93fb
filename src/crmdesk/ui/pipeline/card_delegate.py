"""Drawing a deal card: wrapped lines measured and painted by the same text layouts."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: space between a card's frame and its text
PADDING = 4

_Index = QModelIndex | QPersistentModelIndex


def _layouts(text: str, font: QFont, width: int) -> tuple[list[QTextLayout], float]:
    """One wrapped layout per line of the card, stacked; and their total height."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layouts: list[QTextLayout] = []
    top = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, top))
            top += line.height()
        layout.endLayout()
        layouts.append(layout)
    return layouts, top


class CardDelegate(QStyledItemDelegate):
    """Qt's own item painter can need more height than its size hint when a line falls back to
    a CJK or Thai font, and then drops the last line; a card must always show all its lines."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        return width - 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 (Qt)
        width = self._text_width(option)
        _, height = _layouts(str(index.data() or ""), option.font, width)
        return QSize(width + 2 * PADDING, math.ceil(height) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = item.rect
        layouts, _ = _layouts(text, item.font, rect.width() - 2 * PADDING)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        origin = QPointF(rect.left() + PADDING, rect.top() + PADDING)
        for layout in layouts:
            layout.draw(painter, origin)
        painter.restore()
