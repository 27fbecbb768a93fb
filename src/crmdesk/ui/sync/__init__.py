"""Sync in the app: the connect dialog, background rounds, the status indicator, conflict review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from crmdesk.ui.ops import AppContext
from crmdesk.ui.sync.engine import SyncController


class SyncUi:
    """What ``install_sync`` added to a main window, so tests and the window can reach it."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        from crmdesk.ui.sync.status_widget import SyncIndicator

        self.window, self.ctx = window, ctx
        self.controller = SyncController(ctx, window)
        self.dialog: Any = None
        self.review: Any = None
        self.connect_action = QAction(
            QCoreApplication.translate("SyncUi", "&Connect to Office Server…"), window
        )
        self.sync_action = QAction(QCoreApplication.translate("SyncUi", "&Sync Now"), window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.review_action = QAction(
            QCoreApplication.translate("SyncUi", "&Review Conflicts…"), window
        )
        for action in (self.connect_action, self.sync_action, self.review_action):
            window.addAction(action)
        menu_bar = window.menuBar()
        menu = menu_bar.addMenu(QCoreApplication.translate("SyncUi", "S&ync"))
        last = menu_bar.actions()[-2] if len(menu_bar.actions()) > 1 else None
        if last is not None:  # before Help, where people expect it
            menu_bar.insertMenu(last, menu)
        menu.addActions([self.sync_action, self.review_action])
        menu.addSeparator()
        menu.addAction(self.connect_action)
        self.indicator = SyncIndicator(self.controller)
        window.statusBar().addPermanentWidget(self.indicator)

        self.connect_action.triggered.connect(self.open_connect)
        self.sync_action.triggered.connect(self.controller.sync_now)
        self.review_action.triggered.connect(self.open_review)
        self.indicator.open_review.connect(self.open_review)
        closing = getattr(window, "closing", None)
        if closing is not None:
            closing.connect(self.controller.stop)
            closing.connect(self._stop_connecting)
        self.controller.start()

    def open_connect(self) -> Any:
        from crmdesk.ui.sync.connect_dialog import ConnectDialog

        self.dialog = ConnectDialog(self.ctx, self.window)
        self.dialog.connected.connect(lambda _fp: self.controller.sync_now())
        self.dialog.connected.connect(lambda _fp: self.controller.refresh_status())
        # Closed while preparing the records: connected; the next round (timer or Sync now)
        # finishes them.
        self.dialog.connected_unprepared.connect(self.controller.refresh_status)
        self.dialog.open()
        return self.dialog

    def _stop_connecting(self) -> None:
        """The app is closing: a first connection's preparation stops after its chunk."""
        if self.dialog is not None:
            self.dialog.stop_preparing()

    def open_review(self) -> Any:
        from crmdesk.ui.sync.conflicts_page import ConflictsPage

        if self.review is None:
            self.review = ConflictsPage(self.ctx, self.window)
            self.review.setWindowFlag(Qt.WindowType.Window)
            self.review.resize(820, 480)
        else:
            self.review.reload()
        self.review.show()
        self.review.raise_()
        self.review.activateWindow()
        return self.review


def install_sync(window: QMainWindow, ctx: AppContext) -> SyncUi:
    """Add the Sync menu, the status-bar indicator and background sync to the main window."""
    return SyncUi(window, ctx)
