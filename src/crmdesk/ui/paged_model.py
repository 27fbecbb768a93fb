"""A table model over a long list that holds only a window of its pages, loaded off the UI thread.

The model reports the whole row count at once (so the scroll bar is true), loads the pages
around the rows the view shows (``show_rows``, or a row asked for that is not loaded) in
``AppContext``'s thread pool, keeps at most ``MAX_PAGES`` pages (the least recently shown
go first) and shows a light placeholder for rows not loaded yet. Answers for an older sort,
filter or data version are dropped by generation. A page next to a loaded one is fetched
by cursor (keyset), so paging through 100,000 rows costs the same at the end as at the top.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from crmdesk.paging import ListCursor, Page
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, show_error

PAGE_SIZE = 200
#: Pages held at most (4,000 rows): a few screens around the view, whatever the list's length.
MAX_PAGES = 20
#: Page queries running at once; later wishes wait, and are forgotten if the view moved on.
MAX_IN_FLIGHT = 2
#: Pages asked for by ``data`` (views that do not call ``show_rows``) kept wanted at most.
MAX_MISSES = 6
ID_ROLE = Qt.ItemDataRole.UserRole
PLACEHOLDER = "…"
#: One shown row: the id, then the text of each column. Plain tuples of strings are small
#: and not tracked by Python's garbage collector.
Shown = tuple[str, ...]
Span = tuple[int, int]  # first and last row, inclusive
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset({int(_DISPLAY), int(ID_ROLE), int(_FOREGROUND)})


@dataclass(frozen=True)
class PageRequest:
    """The rows a worker should fetch: ``limit`` rows from ``offset`` of a list of ``total``.

    ``after``/``before`` name the row just before or after the page when a neighbouring page
    is loaded; a service that can seek uses them instead of stepping over ``offset`` rows.
    """

    offset: int
    limit: int
    total: int
    after: ListCursor | None = None
    before: ListCursor | None = None

    def seek(self) -> dict[str, Any]:
        """Keyword arguments for a ``page_*`` service: by cursor, else from the nearer end."""
        if self.after is not None:
            return {"limit": self.limit, "after": self.after}
        if self.before is not None:
            return {"limit": self.limit, "before": self.before}
        if self.offset > self.total // 2:
            return {
                "offset": max(0, self.total - self.offset - self.limit),
                "limit": self.limit,
                "from_end": True,
            }
        return {"offset": self.offset, "limit": self.limit}


class PagedTableModel(QAbstractTableModel):
    """Rows of a long list, ``PAGE_SIZE`` at a time; subclasses say how to count and fetch."""

    loaded = Signal()  # after the count or a page arrived

    def __init__(self, ctx: AppContext, state: Any, columns: int) -> None:
        super().__init__()
        self._ctx = ctx
        self._state = state
        self._columns = columns
        self.total = 0
        self.max_pages = MAX_PAGES
        self._pages: OrderedDict[int, Page[Shown]] = OrderedDict()  # least recently shown first
        self._generation = 0  # bumped by every reload: older answers are dropped
        self._layout = 0  # bumped when rows may have moved (new sort, filter or count)
        self._resetting = False
        self._in_flight: set[int] = set()
        self._wanted: list[int] = []  # pages to load, most urgent first
        self._misses: list[int] = []
        self._visible: Span | None = None
        self._due = False
        self._reported = -1
        self._placeholder = QBrush(
            QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        )

    # -- what a subclass provides (called in a worker thread: no Qt, no self state) --
    def count_rows(self, session: Any, state: Any) -> int:
        raise NotImplementedError

    def fetch_page(self, session: Any, state: Any, request: PageRequest) -> Page[Shown]:
        raise NotImplementedError

    def fetch_ids(self, session: Any, state: Any, offset: int, limit: int) -> list[str]:
        raise NotImplementedError

    # -- loading -------------------------------------------------------------
    def reload(self, state: Any = None) -> None:
        """Count and load again: with a new ``state`` (sort, filter) from the top, else in place.

        In place (data changed) keeps the row count, scroll position and selection when the
        count is unchanged; with a new state the loaded rows turn to placeholders at once,
        so rows of the old sort or filter are never shown as if they were the new one's.
        """
        in_place = state is None
        if not in_place:
            self._state = state
            self._layout += 1
            self._drop_pages()
        self._generation += 1
        self._resetting = True
        self._in_flight.clear()
        generation, st = self._generation, self._state
        wanted = self._visible_pages() if in_place else [0]
        count, fetch = self.count_rows, self.fetch_page

        def first(session: Any) -> tuple[int, dict[int, Page[Shown]]]:
            total = count(session, st)
            pages = {
                n: fetch(session, st, PageRequest(n * PAGE_SIZE, PAGE_SIZE, total))
                for n in wanted
                if n * PAGE_SIZE < total
            }
            return total, pages

        self._ctx.query(
            first,
            while_alive(self, lambda result: self._reset(generation, in_place, *result)),
            while_alive(self, lambda exc: self._failed(generation, None, exc)),
        )

    def _reset(
        self, generation: int, in_place: bool, total: int, pages: dict[int, Page[Shown]]
    ) -> None:
        if generation != self._generation:
            return
        self._resetting = False
        if in_place and total == self.total:
            self._pages = OrderedDict(sorted(pages.items()))
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, self._columns - 1))
        else:
            self._layout += 1
            self.beginResetModel()
            self.total, self._pages = total, OrderedDict(sorted(pages.items()))
            self._misses.clear()
            self._wanted = [n for n in self._wanted if n * PAGE_SIZE < total]
            self.endResetModel()
        self.loaded.emit()
        self._fetch_due()

    def _drop_pages(self) -> None:
        self._pages.clear()
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, self._columns - 1))

    def show_rows(self, first: int, last: int) -> None:
        """The view shows rows ``first``..``last``: load them, then the pages either side."""
        if self.total == 0 or last < first:
            return
        last = min(last, self.total - 1)
        self._visible = (first, last)
        shown = self._visible_pages()
        for n in shown:
            if n in self._pages:
                self._pages.move_to_end(n)
        pages = len(range(0, self.total, PAGE_SIZE))
        around = [n for n in (shown[-1] + 1, shown[0] - 1) if 0 <= n < pages]
        self._wanted = shown + around
        self._misses.clear()
        self._fetch_due()

    def _visible_pages(self) -> list[int]:
        if self._visible is None:
            return [0]
        first, last = self._visible
        return list(range(first // PAGE_SIZE, last // PAGE_SIZE + 1))

    def _miss(self, page: int) -> None:
        if page in self._misses or page in self._wanted:
            return
        self._misses = [page, *self._misses][:MAX_MISSES]
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._fetch_due)  # not from inside a paint

    def _fetch_due(self) -> None:
        self._due = False
        if self._resetting:
            return
        for n in [*self._misses, *self._wanted]:
            if len(self._in_flight) >= MAX_IN_FLIGHT:
                return
            if n not in self._pages and n not in self._in_flight and n * PAGE_SIZE < self.total:
                self._start(n)

    def _start(self, n: int) -> None:
        offset = n * PAGE_SIZE
        previous, following = self._pages.get(n - 1), self._pages.get(n + 1)
        after = before = None
        if previous is not None and len(previous.rows) == PAGE_SIZE:
            after = previous.last
        elif following is not None:
            before = following.first
        request = PageRequest(
            offset, min(PAGE_SIZE, self.total - offset), self.total, after=after, before=before
        )
        self._in_flight.add(n)
        generation, st, fetch = self._generation, self._state, self.fetch_page
        self._ctx.query(
            lambda session: fetch(session, st, request),
            while_alive(self, lambda page: self._arrived(generation, n, page)),
            while_alive(self, lambda exc: self._failed(generation, n, exc)),
        )

    def _arrived(self, generation: int, n: int, page: Page[Shown]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(n)
        self._pages[n] = page
        self._pages.move_to_end(n)
        self._evict()
        first = n * PAGE_SIZE
        last = min(first + PAGE_SIZE, self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self._columns - 1))
        self.loaded.emit()
        self._fetch_due()

    def _evict(self) -> None:
        keep = {*self._wanted, *self._misses}
        while len(self._pages) > self.max_pages:
            victim = next((n for n in self._pages if n not in keep), None)
            if victim is None:
                return
            del self._pages[victim]
            first = victim * PAGE_SIZE
            last = min(first + PAGE_SIZE, self.total) - 1
            if last >= first:  # the view shows placeholders should it come back there
                self.dataChanged.emit(self.index(first, 0), self.index(last, self._columns - 1))

    def _failed(self, generation: int, n: int | None, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if n is None:
            self._resetting = False
        else:
            self._in_flight.discard(n)
        if self._reported != generation:  # one message, not one a page
            self._reported = generation
            show_error(exc)

    @property
    def loading(self) -> bool:
        """True while the count or a page is on its way."""
        return self._resetting or bool(self._in_flight)

    def pages_held(self) -> int:
        """How many pages are in memory (at most ``max_pages``)."""
        return len(self._pages)

    def is_loaded(self, first: int, last: int) -> bool:
        """Whether every row from ``first`` to ``last`` is loaded."""
        for n in range(first // PAGE_SIZE, last // PAGE_SIZE + 1):
            page = self._pages.get(n)
            if page is None or min(last, n * PAGE_SIZE + PAGE_SIZE - 1) - n * PAGE_SIZE >= len(
                page.rows
            ):
                return False
        return True

    def shown_row(self, row: int) -> Shown | None:
        """Row ``row`` as shown (id first), or None while it is not loaded."""
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        if page is None or row < 0 or offset >= len(page.rows):
            return None
        return page.rows[offset]

    # -- ids of selected rows, loaded or not ---------------------------------
    def resolve_ids(self, spans: Sequence[Span], on_done: Callable[[list[str]], None]) -> None:
        """The ids of the rows in ``spans``, in row order, to ``on_done`` on the UI thread.

        Spans whose rows are all loaded are answered from memory; any other span is looked
        up as one query (ids only) under the same sort and filter. Dropped when rows moved
        meanwhile (re-sorted, refiltered, or the count changed, which clears the selection).
        """
        parts = [(span, self._known_ids(*span)) for span in spans]
        missing = [span for span, known in parts if known is None]
        if not missing:
            on_done([i for _span, known in parts for i in known or ()])
            return
        layout, st, fetch = self._layout, self._state, self.fetch_ids

        def work(session: Any) -> list[list[str]]:
            return [fetch(session, st, first, last - first + 1) for first, last in missing]

        def done(found: list[list[str]]) -> None:
            if layout != self._layout:
                return
            answers = iter(found)
            ids: list[str] = []
            for _span, known in parts:
                ids += next(answers) if known is None else known
            on_done(ids)

        self._ctx.query(work, while_alive(self, done))

    def _known_ids(self, first: int, last: int) -> list[str] | None:
        ids: list[str] = []
        for row in range(first, last + 1):
            shown = self.shown_row(row)
            if shown is None:
                return None
            ids.append(shown[0])
        return ids

    # -- the table -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        row = index.row()
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        if page is None or offset >= len(page.rows) or not index.isValid():
            if role == _DISPLAY and index.isValid():
                self._miss(row // PAGE_SIZE)
                return PLACEHOLDER if index.column() == 0 else ""
            return self._placeholder if role == _FOREGROUND else None
        if role == _FOREGROUND:
            return None
        shown = page.rows[offset]
        return shown[0] if role == ID_ROLE else shown[index.column() + 1]
