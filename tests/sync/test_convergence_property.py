"""Property: laptops edit offline at random and sync in random orders; then all equal the server."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.sync.conftest import Laptop, MakeLaptop, RunningServer, assert_equal_to_server
from tests.sync.helpers import add_contact, add_note, delete_contact, edit_contact, edit_note

from crmdesk.errors import CrmError

NAMES = ("anna", "ben", "chai", "dao", "eve")
WORDS = st.sampled_from(["Buyer", "CFO", "Owner", "สมชาย", "林美華", None])


def _live(laptop: Laptop, table: str) -> list[str]:
    with laptop.db.engine.connect() as conn:
        return [
            r[0]
            for r in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id"
            )
        ]


def _step(laptop: Laptop, kind: str, pick: int, word: str | None) -> None:
    contacts = _live(laptop, "contacts")
    notes = _live(laptop, "notes")
    try:
        if kind == "add" or not contacts:
            add_contact(laptop.db, word or "Someone", f"p{pick}@example.com" if pick % 2 else None)
        elif kind == "title":
            edit_contact(laptop.db, contacts[pick % len(contacts)], title=word)
        elif kind == "family":
            edit_contact(laptop.db, contacts[pick % len(contacts)], family_name=word)
        elif kind == "delete":
            delete_contact(laptop.db, contacts[pick % len(contacts)])
        elif kind == "note":
            add_note(laptop.db, contacts[pick % len(contacts)], f"note {word}")
        elif kind == "edit_note" and notes:
            edit_note(laptop.db, notes[pick % len(notes)], f"edited {word} {pick}")
    except CrmError:
        pass  # e.g. the record was deleted by a sync a moment ago: the app refuses too


STEPS = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.sampled_from(["add", "title", "family", "delete", "note", "edit_note", "sync"]),
        st.integers(0, 50),
        WORDS,
    ),
    min_size=1,
    max_size=14,
)


def _run(server: RunningServer, make_laptop: MakeLaptop, examples: int) -> None:
    for name in NAMES:
        server.add_user(name)
    pool = [make_laptop(server, name) for name in NAMES]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(count=st.integers(2, 5), steps=STEPS, order=st.permutations(range(5)))
    def converge(
        count: int, steps: list[tuple[int, str, int, str | None]], order: list[int]
    ) -> None:
        laptops = pool[:count]
        for who, kind, pick, word in steps:
            laptop = laptops[who % count]
            if kind == "sync":
                laptop.sync.sync_once()
            else:
                _step(laptop, kind, pick, word)
        for _round in range(2):  # everyone syncs twice, in a random order
            for index in order:
                pool[index].sync.sync_once()
        for laptop in pool:
            assert laptop.sync.status().pending == 0
            assert_equal_to_server(laptop, server.store)

    converge()


def test_random_offline_edits_converge_on_sqlite(
    sqlite_server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _run(sqlite_server, make_laptop, examples=12)


@pytest.mark.postgres
@pytest.mark.parametrize("backend_url", ["postgresql"], indirect=True)
def test_random_offline_edits_converge_on_postgresql(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    _run(server, make_laptop, examples=4)
