"""Many-row inserts for the services' bulk paths: one executemany per table."""

from __future__ import annotations

import json
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
    keys = list(rows[0])
    insert_tuples(session, model, keys, [tuple(row[k] for k in keys) for row in rows])


def insert_tuples(
    session: Session, model: type[Base], keys: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows``, each a tuple of the ``keys`` columns' values, into ``model``'s table.

    The same conversion and single executemany as ``insert_rows``, without a dict a row
    (the import builds its rows as tuples).
    """
    if not rows:
        return
    table = cast(Table, model.__table__)
    conn = session.connection()
    processors = [
        (j, process)
        for j, k in enumerate(keys)
        if (process := table.c[k].type.bind_processor(conn.dialect)) is not None
    ]
    params: Sequence[tuple[Any, ...]] = rows
    if processors:
        values = list(zip(*rows, strict=True))
        for j, process in processors:
            values[j] = tuple(_converted(values[j], process))
        params = list(zip(*values, strict=True))
    if not any(isinstance(v, bytes) for v in params[0]):
        try:
            text = json.dumps(params, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):  # a value JSON cannot carry: insert row by row
            pass
        else:
            insert_json(session, model, keys, text)
            return
    names = ", ".join(f'"{table.c[k].name}"' for k in keys)
    marks = ", ".join("?" for _ in keys)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    conn.exec_driver_sql(sql, list(params))


def insert_json(session: Session, model: type[Base], keys: Sequence[str], text: str) -> None:
    """Insert the rows of ``text``, a JSON array of arrays of the ``keys`` columns' values.

    The values must be as the driver would get them (bind-processed: ``json_value``).
    One statement over a JSON array: a quarter cheaper a row than executemany, which
    runs (and journals) a statement for each row. Rows keep their order. ``jsonb_each``
    hands each row over as binary JSON, which ``->>`` reads as it is; ``json_each``
    made it text again and each ``->>`` parsed that text anew (3.6 against 6.3 us a
    contact row here).
    """
    table = cast(Table, model.__table__)
    names = ", ".join(f'"{table.c[k].name}"' for k in keys)
    picks = ", ".join(f"value ->> {j}" for j in range(len(keys)))
    sql = f'INSERT INTO "{table.name}" ({names}) SELECT {picks} FROM jsonb_each(?) ORDER BY key'
    execute(session, sql, (text,))


def execute(session: Session, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> None:
    """Run a statement that returns nothing on the session's database connection itself.

    In the session's transaction, without SQLAlchemy's execution bookkeeping (about
    30 us a statement: an import runs thousands). Use it only where nothing needs a
    result, events or the ORM's view of the rows.
    """
    raw = session.connection().connection.dbapi_connection
    assert raw is not None, "a session's connection is open"
    raw.execute(sql, params)


def json_value(session: Session, model: type[Base], key: str, value: Any) -> str:
    """``value`` of ``model``'s column ``key`` as JSON text, as ``insert_tuples`` sends it."""
    table = cast(Table, model.__table__)
    dialect = session.connection().dialect
    process = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
    return json.dumps(process(value) if process else value, ensure_ascii=False, allow_nan=False)


def _converted(column: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
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
