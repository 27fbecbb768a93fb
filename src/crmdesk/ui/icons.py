"""Icons by purpose: the shipped Lucide SVGs, drawn through QtSvg in the palette's text colour."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from crmdesk.ui.i18n import resources_dir

log = logging.getLogger(__name__)

#: purpose -> file in resources/icons (without ".svg")
_FILES: dict[str, str] = {
    "today": "sun",
    "contacts": "users",
    "companies": "building-2",
    "calendar": "calendar-days",
    "opportunities": "handshake",
    "dashboard": "chart-pie",
    "backup": "hard-drive",
    "new": "plus",
    "edit": "pencil",
    "delete": "trash-2",
    "find": "search",
    "lock": "lock",
    "call": "phone",
    "meeting": "calendar-clock",
    "todo": "list-todo",
    "complete": "circle-check",
    "settings": "settings",
    "import": "import",
    "duplicates": "copy",
    "refresh": "refresh-cw",
    "tag": "tag",
    "quit": "log-out",
    "about": "info",
    "back": "arrow-left",
    "app": "book-user",
}

#: the window icon's colour: it sits on the desktop's panel, not on our palette
_APP_COLOR = QColor(37, 99, 235)


def purposes() -> tuple[str, ...]:
    return tuple(_FILES)


def icons_dir() -> Path:
    return resources_dir() / "icons"


@cache
def _svg(name: str) -> bytes:
    return (icons_dir() / f"{name}.svg").read_bytes()


def _pen_color(mode: QIcon.Mode) -> QColor:
    """The palette colour an icon takes in ``mode``, read when it is drawn (so it follows)."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


@cache
def _renderer(name: str, rgba: str) -> QSvgRenderer:
    data = _svg(name).replace(b"currentColor", rgba.encode("ascii"))
    return QSvgRenderer(QByteArray(data))


class TintedSvgEngine(QIconEngine):
    """Draws one monochrome SVG in the colour the palette gives the icon's mode."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self.name, self.color = name, color

    def _color(self, mode: QIcon.Mode) -> QColor:
        if self.color is not None and mode != QIcon.Mode.Disabled:
            return self.color
        return _pen_color(mode)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        _renderer(self.name, self._color(mode).name(QColor.NameFormat.HexRgb)).render(
            painter, square
        )

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 (Qt's name)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name, self.color)

    def key(self) -> str:
        return "crmdesk-tinted-svg"

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        return not (icons_dir() / f"{self.name}.svg").is_file()


def icon(purpose: str) -> QIcon:
    """The icon for ``purpose``; an unknown purpose gets Qt's generic file icon."""
    name = _FILES.get(purpose)
    if name is None or not (icons_dir() / f"{name}.svg").is_file():
        log.warning("no icon for %r", purpose)
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    color = _APP_COLOR if purpose == "app" else None
    return QIcon(TintedSvgEngine(name, color))
