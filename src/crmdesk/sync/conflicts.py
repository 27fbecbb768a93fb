"""The conflicts list: values that lost a merge, edits a delete won over (mine/theirs/restore)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from crmdesk.changes import Changes
from crmdesk.db.capture import CAPTURED_TABLES
from crmdesk.db.types import utcnow
from crmdesk.validation import NotFound

Resolution = Literal["mine", "theirs", "restore"]


@dataclass(frozen=True)
class ConflictItem:
    """One entry of the conflicts list as the app shows it."""

    id: str
    kind: str
    entity: str
    row_id: str
    field: str | None
    mine: Any
    theirs: Any
    winner: str
    copy_id: str | None
    created_at: str


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def open_conflicts(session: Session) -> list[ConflictItem]:
    """Conflicts not yet reviewed, newest first."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, kind, entity, row_id, field, mine, theirs, winner, copy_id, created_at "
        "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY created_at DESC"
    )
    return [
        ConflictItem(r[0], r[1], r[2], r[3], r[4], _load(r[5]), _load(r[6]), r[7], r[8], r[9])
        for r in rows
    ]


def resolve(session: Session, conflict_id: str, choice: Resolution) -> Changes:
    """Settle a conflict. The chosen value is written as a normal edit, so it syncs.

    ``mine``/``theirs`` put that value in the field; ``restore`` clears the tombstone of a
    record a delete won over and puts back the edited values.
    """
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT kind, entity, row_id, field, mine, theirs FROM sync_conflicts "
        "WHERE id = ? AND resolved_at IS NULL",
        (conflict_id,),
    ).first()
    if row is None:
        raise NotFound("That conflict is already settled.")
    kind, entity, row_id, col, mine, theirs = row
    if entity not in CAPTURED_TABLES:
        raise NotFound("The conflict refers to an unknown kind of record.")
    columns = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({entity})")}
    values: dict[str, Any] = {}
    if kind == "delete" and choice == "restore":
        edits = _load(mine) if isinstance(_load(mine), dict) else {}
        values = {k: v for k, v in edits.items() if k in columns}
        values["deleted_at"] = None
    elif kind == "field" and col in columns and choice in ("mine", "theirs"):
        values = {col: _load(mine if choice == "mine" else theirs)}
    if values:
        if "updated_at" in columns:
            values["updated_at"] = utcnow().isoformat(timespec="microseconds")
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.exec_driver_sql(f"UPDATE {entity} SET {sets} WHERE id = ?", (*values.values(), row_id))
    conn.exec_driver_sql(
        "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
        (utcnow().isoformat(timespec="microseconds"), choice, conflict_id),
    )
    return Changes(everything=True) if values else Changes()
