"""The main window's shared QActions: text, shortcut and icon in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from crmdesk.ui.icons import icon


class MainActions:
    """Every command of the main window; menus and the toolbar show these same objects."""

    def __init__(self, owner: QWidget) -> None:
        def make(text: str, purpose: str, *keys: str | QKeySequence.StandardKey) -> QAction:
            action = QAction(icon(purpose), text, owner)
            action.setShortcuts([QKeySequence(k) for k in keys])
            owner.addAction(action)
            return action

        self.new_contact = make(
            QCoreApplication.translate("MainActions", "New &Contact…"), "new", "Ctrl+N"
        )
        self.new_company = make(
            QCoreApplication.translate("MainActions", "New Co&mpany…"), "new", "Ctrl+Shift+N"
        )
        self.schedule_call = make(
            QCoreApplication.translate("MainActions", "Schedule &Call…"), "call", "Ctrl+Shift+C"
        )
        self.schedule_meeting = make(
            QCoreApplication.translate("MainActions", "Schedule &Meeting…"),
            "meeting",
            "Ctrl+Shift+M",
        )
        self.schedule_todo = make(
            QCoreApplication.translate("MainActions", "Schedule &To-do…"), "todo", "Ctrl+Shift+T"
        )
        self.find = make(
            QCoreApplication.translate("MainActions", "&Find…"), "find", "Ctrl+F", "Ctrl+K"
        )
        self.refresh = make(QCoreApplication.translate("MainActions", "&Refresh"), "refresh", "F5")
        self.back = make(QCoreApplication.translate("MainActions", "&Back"), "back", "Alt+Left")
        self.lock = make(QCoreApplication.translate("MainActions", "&Lock Now"), "lock", "Ctrl+L")
        self.settings = make(
            QCoreApplication.translate("MainActions", "&Settings…"), "settings", "Ctrl+,"
        )
        self.change_passphrase = make(
            QCoreApplication.translate("MainActions", "Change &Passphrase…"), "lock"
        )
        self.import_ = make(
            QCoreApplication.translate("MainActions", "&Import…"), "import", "Ctrl+I"
        )
        self.duplicates = make(
            QCoreApplication.translate("MainActions", "Find &Duplicates…"), "duplicates"
        )
        self.compact_database = make(
            QCoreApplication.translate("MainActions", "&Compact Database…"), "backup"
        )
        self.quit = make(QCoreApplication.translate("MainActions", "&Quit"), "quit", "Ctrl+Q")
        self.about = make(QCoreApplication.translate("MainActions", "&About crmdesk"), "about")
        for action, tip in (
            (self.new_contact, QCoreApplication.translate("MainActions", "Add a new contact")),
            (self.schedule_call, QCoreApplication.translate("MainActions", "Schedule a call")),
            (
                self.schedule_meeting,
                QCoreApplication.translate("MainActions", "Schedule a meeting"),
            ),
            (self.schedule_todo, QCoreApplication.translate("MainActions", "Schedule a to-do")),
            (
                self.compact_database,
                QCoreApplication.translate(
                    "MainActions", "Give the free space inside the database file back to the disk"
                ),
            ),
            (
                self.lock,
                QCoreApplication.translate(
                    "MainActions", "Close the database until the passphrase is entered again"
                ),
            ),
        ):
            action.setToolTip(tip)
