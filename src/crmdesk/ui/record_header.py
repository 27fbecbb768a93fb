"""The top of a record view: the big name, links in the header, and what following one does."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

#: the schemes of links that open another record in the app
RECORD_SCHEMES = ("contact", "company", "opportunity")


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def heading_label() -> QLabel:
    """The record's name: large, bold, selectable."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def link_label(follow: Callable[[str], None], *, wrap: bool = False) -> QLabel:
    """A rich-text line whose links ``follow`` handles (never opened behind its back)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.linkActivated.connect(follow)
    return label


def follow_link(href: str, open_record: Callable[[str, str], None]) -> str | None:
    """Open a record, copy a number ("copy:…") or hand mailto/tel/https to the system.

    Returns the copied text, if that is what happened."""
    scheme, _, rest = href.partition(":")
    if scheme in RECORD_SCHEMES:
        open_record(scheme, rest)
        return None
    if scheme == "copy":
        QGuiApplication.clipboard().setText(rest)
        return rest
    QDesktopServices.openUrl(QUrl(href))
    return None
