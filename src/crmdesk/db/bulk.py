"""Many-row inserts for the services' bulk paths: one executemany per table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from crmdesk.db.models import Base


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (each with the same keys) into ``model``'s table.

    The ORM's bulk insert leaves out None values and so sends one statement per
    run of rows with the same None columns (one per row for mixed data), and
    Core's executemany spends more time building parameters than SQLite spends
    inserting. Here the column types' bind processors convert the values and the
    rows go to the driver in a single executemany. Triggers (outbox capture,
    search dirtiness) fire as for any insert.
    """
    if not rows:
        return
    table = cast(Table, model.__table__)
    conn = session.connection()
    keys = list(rows[0])
    columns = [table.c[k] for k in keys]
    processors = [c.type.bind_processor(conn.dialect) for c in columns]
    convert = [(k, p) for k, p in zip(keys, processors, strict=True)]
    params = [
        tuple(row[k] if p is None or row[k] is None else p(row[k]) for k, p in convert)
        for row in rows
    ]
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', params)
