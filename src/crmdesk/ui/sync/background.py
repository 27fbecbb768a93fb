"""Running sync's network work on a worker thread and handing the answer back to the UI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from crmdesk.errors import CrmError

log = logging.getLogger(__name__)
_alive: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it (queued across threads)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the UI thread, never lost
            if not isinstance(exc, CrmError):
                log.error("sync work failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_background(
    pool: QThreadPool,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``work()`` in ``pool``; ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
    relay = _Relay()
    _alive.add(relay)

    def finished(result: Any) -> None:
        _alive.discard(relay)
        on_done(result)

    def failed(exc: Any) -> None:
        _alive.discard(relay)
        on_error(exc)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    pool.start(_Job(work, relay))
