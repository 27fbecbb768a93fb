"""Running service calls off the UI thread (after Anki's CollectionOp and QueryOp).

``AppContext.query`` runs a read in a worker thread and hands the result to a
callback on the UI thread; ``AppContext.change`` runs a write the same way and
then emits ``changed`` with a ``Changes`` value, the one path by which every view
learns that data changed (sync and imports emit it too). Each worker opens its
own database session. Errors reach ``on_error`` or, by default, a message box.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.changes import Changes
from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.errors import CrmError

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's result back to the UI thread through a queued signal."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # reported to the UI thread, never lost
            if not isinstance(exc, CrmError):
                log.error("background operation failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_alive: set[_Relay] = set()  # relays whose job is still running (kept from the collector)


def run_in_background(
    pool: QThreadPool,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``work()`` in ``pool``; ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
    relay = _Relay()
    _alive.add(relay)

    @Slot(object)
    def finished(result: Any) -> None:
        _alive.discard(relay)
        on_done(result)

    @Slot(object)
    def failed(exc: Any) -> None:
        _alive.discard(relay)
        on_error(exc)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    pool.start(_Job(work, relay))


class AppContext(QObject):
    """The unlocked database as the UI sees it: background queries and changes."""

    #: Emitted on the UI thread after any change was committed (a ``Changes`` value).
    changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)

    def _start(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        after: Callable[[], None] | None = None,
    ) -> None:
        def finished(result: Any) -> None:
            if after is not None:
                after()
            if on_done is not None:
                on_done(result)

        run_in_background(self.pool, work, finished, on_error or show_error)

    def query(
        self,
        fn: Callable[[Any], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(session)`` in a read session off the UI thread; ``on_done(result)`` after."""

        def work() -> T:
            with self.db.read() as session:
                return fn(session)

        self._start(work, on_done, on_error)

    def change(
        self,
        fn: Callable[[Any], T],
        changes: Changes,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(session)`` in one write transaction off the UI thread, then announce it."""

        def work() -> T:
            with self.db.write() as session:
                return fn(session)

        self._start(work, on_done, on_error, after=lambda: self.changed.emit(changes))

    def run_now(self, fn: Callable[[Any], T]) -> T:
        """Run a short read on the calling thread (only for work known to take < 50 ms)."""
        with self.db.read() as session:
            return fn(session)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every background job (tests and shutdown)."""
        return bool(self.pool.waitForDone(msecs))


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Tell the user what went wrong in one sentence."""
    # Imported here: crmdesk.ui.sync imports this module.
    from crmdesk.ui.sync.messages import database_in_use

    if isinstance(exc, DatabaseInUse):
        message = database_in_use(exc)
    elif isinstance(exc, CrmError):
        message = str(exc)
    else:
        message = QCoreApplication.translate("ops", "Something went wrong: {0}").format(exc)
    QMessageBox.warning(parent, QCoreApplication.translate("ops", "crmdesk"), message)
