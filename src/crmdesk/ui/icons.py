"""Icons by purpose: the desktop theme's icon when there is one, else Qt's standard pixmap."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_SP = QStyle.StandardPixmap

#: purpose -> (freedesktop theme name, Qt standard pixmap fallback)
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "today": ("go-home", _SP.SP_DirHomeIcon),
    "contacts": ("x-office-address-book", _SP.SP_FileDialogDetailedView),
    "companies": ("go-home", _SP.SP_DirIcon),
    "calendar": ("x-office-calendar", _SP.SP_FileDialogInfoView),
    "opportunities": ("view-sort-descending", _SP.SP_ArrowUp),
    "dashboard": ("x-office-presentation", _SP.SP_ComputerIcon),
    "backup": ("document-save", _SP.SP_DriveHDIcon),
    "new": ("document-new", _SP.SP_FileIcon),
    "edit": ("document-properties", _SP.SP_FileDialogContentsView),
    "delete": ("edit-delete", _SP.SP_TrashIcon),
    "find": ("edit-find", _SP.SP_FileDialogContentsView),
    "lock": ("system-lock-screen", _SP.SP_DialogCloseButton),
    "call": ("call-start", _SP.SP_MediaPlay),
    "meeting": ("x-office-calendar", _SP.SP_FileDialogListView),
    "todo": ("task-new", _SP.SP_DialogApplyButton),
    "complete": ("dialog-ok-apply", _SP.SP_DialogApplyButton),
    "settings": ("preferences-system", _SP.SP_FileDialogDetailedView),
    "import": ("document-import", _SP.SP_DialogOpenButton),
    "duplicates": ("edit-copy", _SP.SP_FileLinkIcon),
    "refresh": ("view-refresh", _SP.SP_BrowserReload),
    "tag": ("tag", _SP.SP_FileDialogNewFolder),
    "quit": ("application-exit", _SP.SP_DialogCloseButton),
    "about": ("help-about", _SP.SP_MessageBoxInformation),
    "back": ("go-previous", _SP.SP_ArrowBack),
}


def icon(purpose: str) -> QIcon:
    theme_name, fallback = _ICONS.get(purpose, ("", _SP.SP_FileIcon))
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    return QApplication.style().standardIcon(fallback)
