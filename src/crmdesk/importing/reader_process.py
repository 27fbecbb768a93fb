"""Reading an import file in a second process, so reading and writing use two cores.

Decoding, CSV parsing, mapping, cleaning and phone normalisation cost about as
much as writing the rows. For a large file a reader process (started with
``spawn``: the import runs on a Qt worker thread, and a forked Qt process is not
safe) does that work, decides what each row does and gathers new contacts into runs
(``importing/plan.py``, ``importing/runs.py``), and sends the steps in batches through
a bounded queue, so memory stays flat however large the file. The file is read once.
A small file goes through the same steps in this process: starting one costs about
0.15 s.

Errors in the reader come back as the same exception; closing the stream (an
import cancelled or failed) stops the reader and waits for it.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import sys
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import Any

from crmdesk.errors import CrmError
from crmdesk.importing import wire
from crmdesk.importing.chunk_rows import IdSource, prepare
from crmdesk.importing.detect import FileInfo, Progress, read_rows
from crmdesk.importing.model import RowProblem
from crmdesk.importing.plan import Planner, Step
from crmdesk.importing.runs import RUN, Bundler
from crmdesk.importing.wire import WireItem
from crmdesk.validation import ValidationError

#: Files of at least this size are read in a reader process (about 8,000 CSV rows).
WORKER_MIN_BYTES = 1 << 20
_BATCH = 1000
#: Batches in flight between the processes: bounds the memory the stream holds.
_IN_FLIGHT = 4
_POLL = 0.2


class ReaderStopped(CrmError):
    """The reader process ended without finishing the file."""


def stream_steps(
    info: FileInfo,
    region: str | None,
    planner: Planner,
    bundler: Bundler,
    progress: Progress | None = None,
) -> Generator[Step, None, None]:
    """What to do with each of the file's rows (``importing/plan.py``), in file order.

    New contacts come made ready in runs (``importing/runs.py``). For a large file the
    reader process does all of it, with its own copies of ``planner`` and ``bundler``.
    """
    if info.size >= WORKER_MIN_BYTES and (os.cpu_count() or 1) > 1:
        yield from _from_reader_process(info, region, progress, (planner, bundler))
    else:
        new_id = IdSource()
        prepared = (_prepared(item, region, new_id) for item in read_rows(info, region, progress))
        yield from bundler.bundle(planner.steps(prepared), new_id)


def _put(out: Any, stop: Any, message: tuple[Any, ...]) -> bool:
    while not stop.is_set():
        try:
            out.put(message, timeout=_POLL)
            return True
        except queue.Full:
            continue
    return False


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301  (our own object, to test it)
    except Exception:
        return CrmError(str(exc) or type(exc).__name__)
    return exc


def _read(
    info: FileInfo,
    region: str | None,
    out: Any,
    stop: Any,
    deciders: tuple[Planner, Bundler],
) -> None:
    """The reader process: the steps ``deciders`` make of the file's rows, in batches."""
    read_to = [0]

    def progress(done: int, _total: int) -> None:
        read_to[0] = done

    batch: list[Any] = []
    new_id = IdSource()
    try:
        prepared = (_prepared(item, region, new_id) for item in read_rows(info, region, progress))
        planner, bundler = deciders
        rows = 0  # a batch holds about _BATCH rows: a run counts its contacts
        for step in bundler.bundle(planner.steps(prepared), new_id):
            batch.append(step)
            rows += len(step[1].ids) if step[0] == RUN else 1
            if rows >= _BATCH:
                if not _put(out, stop, ("items", batch, read_to[0])):
                    break
                batch, rows = [], 0
        else:
            if _put(out, stop, ("items", batch, info.size)):
                _put(out, stop, ("end",))
    except BaseException as exc:
        _put(out, stop, ("error", _picklable(exc)))
    if stop.is_set():
        # Nobody reads any more: leave without flushing what is still buffered.
        out.cancel_join_thread()


def _prepared(item: WireItem, region: str | None, new_id: IdSource) -> WireItem:
    """A contact made ready to be created (``chunk_rows.prepare``) where it can be."""
    if isinstance(item, RowProblem) or item[wire.COMPANY_ONLY]:
        return item
    try:
        return prepare(item, region, new_id)
    except ValidationError:
        return item  # the writer raises it, as for a row read in its own process


def _from_reader_process(
    info: FileInfo,
    region: str | None,
    progress: Progress | None,
    deciders: tuple[Planner, Bundler],
) -> Iterator[Any]:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue(maxsize=_IN_FLIGHT)
    stop = ctx.Event()
    reader = ctx.Process(
        target=_read,
        args=(info, region, out, stop, deciders),
        name="crmdesk-import-reader",
        daemon=True,
    )
    with _main_module_hidden():
        reader.start()
    try:
        while True:
            try:
                message = out.get(timeout=_POLL)
            except queue.Empty:
                if not reader.is_alive() and out.empty():
                    raise ReaderStopped(
                        f"Reading {info.path.name} stopped unexpectedly; nothing was imported."
                    ) from None
                continue
            kind = message[0]
            if kind == "items":
                yield from message[1]
                if progress:
                    progress(message[2], info.size)
            elif kind == "end":
                return
            else:
                raise message[1]
    finally:
        stop.set()
        _drain(out)
        reader.join(timeout=5)
        if reader.is_alive():
            reader.terminate()
            reader.join()
        out.close()


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """``spawn`` without the importing program's main module.

    A spawned process imports the parent's main module first (the ``crmdesk`` script
    or ``python -m crmdesk``: the whole command line and its services, 0.6 s; a test or
    benchmark runner likewise) while the writer waits for the first rows. The reader's
    target and arguments come from this package, so it needs none of it.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, Any] = {
        k: main.__dict__[k] for k in ("__spec__", "__file__") if k in main.__dict__
    }
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _drain(out: Any) -> None:
    try:
        while True:
            out.get_nowait()
    except (queue.Empty, OSError, ValueError):
        pass
