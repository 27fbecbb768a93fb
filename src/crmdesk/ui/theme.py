"""Light and dark palettes that follow the system colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(38, 40, 43)),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 90, 90)),
        (role.Highlight, QColor(53, 116, 240)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(110, 160, 255)),
        (role.PlaceholderText, QColor(140, 143, 148)),
    ):
        palette.setColor(r, color)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, r, QColor(120, 122, 126))
    return palette


def apply(app: QApplication) -> None:
    """Use Fusion with a palette matching the system scheme, and follow later changes."""
    app.setStyle("Fusion")

    def follow(_scheme: Qt.ColorScheme | None = None) -> None:
        app.setPalette(dark_palette() if system_is_dark() else app.style().standardPalette())

    follow()
    QGuiApplication.styleHints().colorSchemeChanged.connect(follow)


def error_color() -> str:
    """The colour for field-level error messages, readable on either palette."""
    return "#ff6b6b" if system_is_dark() else "#c62828"
