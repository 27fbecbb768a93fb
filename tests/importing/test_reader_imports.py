"""The import's reader process starts without the database code (SQLAlchemy, the models).

It is started (``spawn``) for every large file; importing SQLAlchemy and the models cost
it about a quarter of a second while the writer waited for the first rows.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import cast

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Table
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from crmdesk.db.models import Contact
from crmdesk.importing.chunk_rows import _birthday

_DIALECT = SQLiteDialect_pysqlite()
_BOUND = (
    cast(Table, Contact.__table__).c.birthday.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
)


@given(st.dates(min_value=date(1, 1, 1)))
def test_birthdays_are_written_as_sqlalchemy_binds_them(day: date) -> None:
    assert _BOUND is not None
    assert _birthday(day) == _BOUND(day)


def test_the_reader_process_modules_load_no_database_code() -> None:
    code = (
        "import sys, crmdesk.importing.reader_process, crmdesk.importing.plan, "
        "crmdesk.importing.runs; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' "
        "or m in ('crmdesk.db.models', 'crmdesk.duplicates', 'crmdesk.tags')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
