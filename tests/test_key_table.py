"""KeyTable: a compact string-to-integers map that behaves like a dict of lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk import key_table
from crmdesk.key_table import KeyTable


@given(st.lists(st.tuples(st.text(max_size=6), st.integers(0, 2**40)), max_size=60))
def test_key_table_answers_like_a_dict_of_lists(pairs: list[tuple[str, int]]) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(key_table, "_BUFFER", 7)  # merge often
        table = KeyTable()
        model: dict[str, list[int]] = {}
        for key, value in pairs:
            table.add(key, value)
            model.setdefault(key, []).append(value)
        for key in {k for k, _ in pairs} | {"never added"}:
            assert table.values(key) == sorted(model.get(key, []))
            assert table.first(key) == (min(model[key]) if key in model else None)
        assert len(table) == len(pairs)


def test_a_key_table_holds_about_16_bytes_a_key() -> None:
    import tracemalloc

    keys = [f"person{n}@example{n % 97}.com" for n in range(100_000)]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    table = KeyTable()
    for n, key in enumerate(keys):
        table.add(key, n)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert table.first(keys[12_345]) == 12_345
    # A dict of these strings to ints holds over 150 bytes a key; the buffer not yet
    # merged (up to _BUFFER keys in a dict) is the rest.
    assert grown < 100_000 * 16 + key_table._BUFFER * 120


def test_duplicate_index_keeps_any_contact_id_and_names_unwritten_ones_pending() -> None:
    from crmdesk.duplicates import DuplicateIndex

    index = DuplicateIndex()
    odd = ["0" * 32, "ABCDEF0123456789ABCDEF0123456789", "legacy-7", "01a2" * 8]
    slots = [
        index.add(
            cid, uid=None, emails=[f"p{n}@x.th"], e164s=[], display_name=f"P{n}", company=None
        )
        for n, cid in enumerate(odd)
    ]
    waiting = index.add(None, uid=None, emails=["w@x.th"], e164s=[], display_name="W", company=None)
    assert [index.contact_id(s) for s in slots] == odd
    hit = index.match(uid=None, emails=["W@X.TH"], e164s=[], display_name="Q", company=None)
    assert hit is not None and hit.contact_id == f"pending:{waiting}"
    index.resolve(waiting, "01b3" * 8)
    hit = index.match(uid=None, emails=["p3@x.th"], e164s=[], display_name="Q", company=None)
    assert hit is not None and (hit.contact_id, hit.reason) == ("01a2" * 8, "same email p3@x.th")
    assert index.contact_id(waiting) == "01b3" * 8
