"""Keyset pagination for the long lists: cursors, pages and the "rows after this one" condition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, or_

R = TypeVar("R")


@dataclass(frozen=True)
class ListCursor:
    """One row's place in a sorted list: its sort value and its id (ties are broken by id)."""

    key: Any
    id: str


@dataclass(frozen=True)
class Page(Generic[R]):
    """One page of a list with the cursors of its first and last rows (None when empty)."""

    rows: list[R]
    first: ListCursor | None
    last: ListCursor | None


def beyond(
    key: Any, row_id: Any, cursor: ListCursor, *, descending: bool, after: bool
) -> ColumnElement[bool]:
    """Rows strictly after (or before) ``cursor`` in the order ``key`` (asc or desc), ``id`` asc.

    Written as a range on ``key`` plus a tie-break, so an index on ``key`` serves it.
    """
    key_grows = after != descending
    key_reached = key >= cursor.key if key_grows else key <= cursor.key
    key_passed = key > cursor.key if key_grows else key < cursor.key
    id_passed = row_id > cursor.id if after else row_id < cursor.id
    return and_(key_reached, or_(key_passed, id_passed))
