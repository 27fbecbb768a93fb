"""Many-row inserts for the services' bulk paths: one executemany per table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    rows go to the driver in a single executemany (values converted column by
    column, each distinct value once: timestamps repeat a lot). Triggers (outbox capture,
    search dirtiness) fire as for any insert.
    """
    if not rows:
        return
    table = cast(Table, model.__table__)
    conn = session.connection()
    keys = list(rows[0])
    columns = [table.c[k] for k in keys]
    values = [[row[k] for row in rows] for k in keys]
    for j, column in enumerate(columns):
        process = column.type.bind_processor(conn.dialect)
        if process is not None:
            values[j] = _converted(values[j], process)
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    conn.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _converted(column: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """Bind-process one column's values, converting each distinct value once."""
    seen: dict[Any, Any] = {None: None}
    out = []
    for value in column:
        try:
            out.append(seen[value])
        except KeyError:
            seen[value] = converted = process(value)
            out.append(converted)
        except TypeError:  # unhashable
            out.append(process(value))
    return out
