"""Each connection keeps its prepared statements: a statement used once a chunk is compiled once.

The driver's cache (128 by default) drops the newest statement used only once when it is
full, so in a long session a statement run once a chunk was compiled at every chunk.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3 as sqlcipher

from crmdesk.vault import Vault

from .conftest import PASSPHRASE


def test_a_statement_between_hundreds_of_others_is_not_compiled_again(vault: Vault) -> None:
    db = vault.unlock(PASSPHRASE)
    compiles: list[str] = []

    def authorizer(action: int, arg1: Any, _arg2: Any, _db: Any, trigger: Any) -> int:
        # SQLite asks while it compiles a statement, not when it runs one.
        if action == sqlcipher.SQLITE_READ and arg1 == "tags" and trigger is None:
            compiles.append(arg1)
        return int(sqlcipher.SQLITE_OK)

    raw = db.raw_connection()
    try:
        raw.set_authorizer(authorizer)
        for i in range(300):  # a long session's statements, each used once
            raw.execute(f"SELECT {i} FROM local_meta LIMIT 0").fetchall()
        for chunk in range(3):
            raw.execute("SELECT count(*) FROM tags WHERE name <> ?", ("x",)).fetchall()
            # A statement of its own between the chunks, as an import runs.
            raw.execute(f"SELECT {1000 + chunk} FROM local_meta LIMIT 0").fetchall()
        raw.set_authorizer(None)
    finally:
        raw.close()
        db.close()
    assert len(compiles) == 1
