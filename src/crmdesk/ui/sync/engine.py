"""The background sync: rounds on a timer and on demand, one at a time, off the UI thread."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from crmdesk.changes import Changes
from crmdesk.db.engine import Database
from crmdesk.sync.client import (
    CertificateChanged,
    NotConnected,
    Offline,
    SyncClient,
    SyncError,
    SyncResult,
    SyncStatus,
)
from crmdesk.sync.interval import sync_interval_minutes
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, run_in_background
from crmdesk.ui.sync.messages import sync_problem

DEFAULT_INTERVAL_MS = 5 * 60 * 1000
MINUTE_MS = 60 * 1000
log = logging.getLogger(__name__)


class Link(enum.Enum):
    """How the office server looked at the last attempt."""

    NOT_CONNECTED = "not_connected"
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    CERTIFICATE_CHANGED = "certificate_changed"
    REFUSED = "refused"


@dataclass(frozen=True)
class SyncState:
    """What the status indicator shows; ``message`` is the last error in the user's words."""

    link: Link = Link.UNKNOWN
    syncing: bool = False
    status: SyncStatus | None = None
    message: str | None = None


@dataclass(frozen=True)
class _Outcome:
    result: SyncResult | None
    error: SyncError | None
    status: SyncStatus


def _read_status(db: Database) -> SyncStatus:
    client = SyncClient(db)
    try:
        return client.status()
    finally:
        client.close()


def _one_round(db: Database) -> _Outcome:
    # A fresh client per round: a reconnect to another server is picked up at the next round.
    client = SyncClient(db)
    try:
        try:
            return _Outcome(client.sync_once(), None, client.status())
        except SyncError as exc:
            return _Outcome(None, exc, client.status())
    finally:
        client.close()


def _link_after(error: SyncError | None) -> Link:
    if error is None:
        return Link.ONLINE
    if isinstance(error, Offline):
        return Link.OFFLINE
    if isinstance(error, CertificateChanged):
        return Link.CERTIFICATE_CHANGED
    if isinstance(error, NotConnected):
        return Link.NOT_CONNECTED
    return Link.REFUSED


class SyncController(QObject):
    """Runs ``sync_once`` in a worker on a timer and on demand; never two rounds at once."""

    #: A new ``SyncState`` (after every round and every status read).
    state_changed = Signal(object)
    #: A round finished: the ``SyncResult``, or the ``SyncError`` that stopped it.
    finished = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._state = SyncState()
        self._running = False
        self._again = False
        self._stopped = False
        #: Rounds on the timer (the "sync interval" setting is not "off").
        self._automatic = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        ctx.changed.connect(self._local_change)

    @property
    def state(self) -> SyncState:
        return self._state

    @property
    def running(self) -> bool:
        return self._running

    def interval_ms(self) -> int:
        return int(self._timer.interval())

    @property
    def automatic(self) -> bool:
        """True while rounds run on the timer (False: only "Sync now")."""
        return self._automatic and self._timer.isActive()

    def set_interval(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def apply_interval(self, minutes: int) -> None:
        """Use the "sync interval" setting now: every ``minutes``, or only on demand (0)."""
        self._automatic = minutes > 0
        if not self._automatic:
            self._timer.stop()
            return
        self._timer.setInterval(minutes * MINUTE_MS)
        if not self._stopped:
            self._timer.start()

    def start(self) -> None:
        """Read the interval and the status, sync once if connected, then every interval.

        With the interval set to off, nothing runs until "Sync now".
        """
        self._stopped = False
        minutes = self.ctx.run_now(sync_interval_minutes)  # one small local_meta read
        self.apply_interval(minutes)
        self.refresh_status(sync_if_connected=minutes > 0)

    def stop(self) -> None:
        """No further rounds; a round already running finishes on its own thread."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def sync_now(self) -> bool:
        """Start a round; when one is running, one more follows it. True if started now."""
        if self._running:
            self._again = True
            return False
        self._running = True
        self._again = False
        self._set(replace(self._state, syncing=True))
        db = self.ctx.db
        run_in_background(
            self.ctx.pool,
            lambda: _one_round(db),
            while_alive(self, self._round_done),
            while_alive(self, self._crashed),
        )
        return True

    def refresh_status(self, *, sync_if_connected: bool = False) -> None:
        """Re-read pending changes, conflicts and last sync (no network)."""
        db = self.ctx.db

        def done(status: Any) -> None:
            link = self._state.link
            if not status.connected:
                link = Link.NOT_CONNECTED
            elif link is Link.NOT_CONNECTED:
                link = Link.UNKNOWN
            self._set(replace(self._state, status=status, link=link))
            if sync_if_connected and status.connected and not self._stopped:
                self.sync_now()

        run_in_background(
            self.ctx.pool,
            lambda: _read_status(db),
            while_alive(self, done),
            while_alive(self, self._status_failed),
        )

    @Slot()
    def _tick(self) -> None:
        if self._state.link is not Link.NOT_CONNECTED:
            self.sync_now()

    @Slot(object)
    def _local_change(self, changes: object) -> None:
        self.refresh_status()
        if isinstance(changes, Changes) and changes.touches("settings") and not self._stopped:
            self.ctx.query(
                sync_interval_minutes,
                while_alive(self, self.apply_interval),
                while_alive(self, self._status_failed),
            )

    def _round_done(self, outcome: Any) -> None:
        assert isinstance(outcome, _Outcome)
        self._running = False
        error = outcome.error
        self._set(
            SyncState(
                link=_link_after(error),
                syncing=False,
                status=outcome.status,
                message=None if error is None else sync_problem(error),
            )
        )
        if outcome.result is not None and outcome.result.changes != Changes():
            self.ctx.changed.emit(outcome.result.changes)
        self.finished.emit(outcome.result if error is None else error)
        if self._again and not self._stopped:
            self.sync_now()

    def _status_failed(self, exc: BaseException) -> None:
        log.warning("could not read the sync status: %s", exc)

    def _crashed(self, exc: BaseException) -> None:
        """Not a sync error (a bug or a broken database): show it, keep the app going."""
        self._running = False
        self._set(replace(self._state, syncing=False, link=Link.REFUSED, message=sync_problem(exc)))
        self.finished.emit(exc)

    def _set(self, state: SyncState) -> None:
        self._state = state
        self.state_changed.emit(state)
