"""The status-bar sync indicator: online/offline, last sync, pending changes, conflicts waiting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from crmdesk.ui.sync.engine import Link, SyncController, SyncState


class SyncIndicator(QWidget):
    """Follows a ``SyncController``; the conflicts button asks to open the review page."""

    open_review = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = QLabel()
        self.link.setObjectName("sync_link")
        self.last_sync = QLabel()
        self.pending = QLabel()
        self.review = QToolButton()
        self.review.setAutoRaise(True)
        self.review.setStyleSheet("color: #b35900; font-weight: bold;")
        self.review.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.link, self.last_sync, self.pending, self.review):
            layout.addWidget(widget)
        controller.state_changed.connect(self.show_state)
        self.show_state(controller.state)

    def _link_text(self, state: SyncState) -> str:
        if state.syncing:
            return self.tr("Syncing…")
        return {
            Link.NOT_CONNECTED: self.tr("Not connected to an office server"),
            Link.UNKNOWN: self.tr("Office server not contacted yet"),
            Link.ONLINE: self.tr("Online"),
            Link.OFFLINE: self.tr("Offline: changes are kept and sent later"),
            Link.CERTIFICATE_CHANGED: self.tr("Certificate changed: sync stopped"),
            Link.REFUSED: self.tr("Sync failed"),
        }[state.link]

    def _when(self, stamp: str) -> str:
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return stamp
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)

    @Slot(object)
    def show_state(self, state: Any) -> None:
        assert isinstance(state, SyncState)
        self.link.setText(self._link_text(state))
        self.link.setToolTip(state.message or "")
        warn = state.link in (Link.OFFLINE, Link.CERTIFICATE_CHANGED, Link.REFUSED)
        self.link.setStyleSheet("color: #b00020;" if warn and not state.syncing else "")
        status = state.status
        connected = status is not None and status.connected
        self.last_sync.setVisible(connected)
        self.pending.setVisible(status is not None)
        if status is None:
            self.review.setVisible(False)
            return
        if status.last_sync_at:
            self.last_sync.setText(
                self.tr("Last sync: {0}").format(self._when(status.last_sync_at))
            )
        else:
            self.last_sync.setText(self.tr("Never synced"))
        self.pending.setText(self.tr("%n change(s) waiting to be sent", "", status.pending))
        parts = []
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to review", "", status.conflicts))
        if status.parked:
            parts.append(self.tr("%n change(s) refused", "", status.parked))
        self.review.setText(" · ".join(parts))
        self.review.setVisible(bool(parts))
