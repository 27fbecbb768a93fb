"""The import's reader process starts without the database code (SQLAlchemy, the models).

It is started (``spawn``) for every large file; importing SQLAlchemy and the models cost
it about a quarter of a second while the writer waited for the first rows.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
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


_PROGRAM = """
import sys
from pathlib import Path

if __name__ != "__main__":  # imported again, by a spawned process
    with open(sys.argv[2] if len(sys.argv) > 2 else {marker!r}, "a") as f:
        f.write(__name__ + "\\n")
else:
    from crmdesk.importing import reader_process
    from crmdesk.importing.batches import run_import
    from crmdesk.importing.detect import inspect_file
    from crmdesk.vault import Vault

    folder = Path(sys.argv[1])
    csv = folder / "people.csv"
    csv.write_text("Name,E-mail Address\\n" + "".join(
        f"Person {{n}},p{{n}}@example.th\\n" for n in range(300)), encoding="utf-8")
    reader_process.WORKER_MIN_BYTES = 0
    db = Vault(folder / "data").init("correct horse battery", user_name="a", region="TH")
    report = run_import(db, inspect_file(csv))
    db.close()
    print(report.created)
"""


def test_the_reader_process_does_not_import_the_programs_main_module(tmp_path: Path) -> None:
    marker = tmp_path / "imported-again"
    program = tmp_path / "program.py"
    program.write_text(_PROGRAM.format(marker=str(marker)), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(program), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "300"
    assert not marker.exists(), marker.read_text()
