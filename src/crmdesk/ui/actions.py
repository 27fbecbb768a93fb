"""The main window's shared QActions: text, shortcut and icon in one place."""

from __future__ import annotations

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

        tr = owner.tr
        self.new_contact = make(tr("New &Contact…"), "new", "Ctrl+N")
        self.new_company = make(tr("New Co&mpany…"), "new", "Ctrl+Shift+N")
        self.schedule_call = make(tr("Schedule &Call…"), "call", "Ctrl+Shift+C")
        self.schedule_meeting = make(tr("Schedule &Meeting…"), "meeting", "Ctrl+Shift+M")
        self.schedule_todo = make(tr("Schedule &To-do…"), "todo", "Ctrl+Shift+T")
        self.find = make(tr("&Find…"), "find", "Ctrl+F", "Ctrl+K")
        self.refresh = make(tr("&Refresh"), "refresh", "F5")
        self.back = make(tr("&Back"), "back", "Alt+Left")
        self.lock = make(tr("&Lock Now"), "lock", "Ctrl+L")
        self.settings = make(tr("&Settings…"), "settings", "Ctrl+,")
        self.import_ = make(tr("&Import…"), "import", "Ctrl+I")
        self.duplicates = make(tr("Find &Duplicates…"), "duplicates")
        self.quit = make(tr("&Quit"), "quit", "Ctrl+Q")
        self.about = make(tr("&About crmdesk"), "about")
        for action, tip in (
            (self.new_contact, tr("Add a new contact")),
            (self.schedule_call, tr("Schedule a call")),
            (self.schedule_meeting, tr("Schedule a meeting")),
            (self.schedule_todo, tr("Schedule a to-do")),
            (self.lock, tr("Close the database until the passphrase is entered again")),
        ):
            action.setToolTip(tip)
