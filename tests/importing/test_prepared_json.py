"""Prepared rows' JSON text, written value by value, is the text the JSON encoder writes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.importing import chunk_rows, wire

_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
#: Quotes, backslashes, control characters, non-ASCII and lone surrogates.
texts = st.one_of(
    st.text('ab "\\/\x00\x01\x1f\x7f\u2028\u00e9\u0e01\u4e2d\ud800\U0001f600', max_size=8),
    st.text(max_size=6),
)
words = texts.filter(lambda t: bool(t.strip()))
maybe = st.one_of(st.none(), texts)
labels = st.one_of(st.none(), texts)
emails = st.tuples(st.sampled_from(["a@b.co", " x.y@example.com ", "MAIL@ex.org"]), labels)
phones = st.tuples(st.sampled_from(["+66 81 234 5678", " 02-123-4567", "+1 650 253 0000"]), labels)
addresses = st.tuples(labels, maybe, maybe, maybe, maybe, maybe)


def _row(draw: st.DrawFn) -> wire.ContactRow:
    uid = draw(st.one_of(st.none(), words))
    return (
        draw(st.integers(1, 10**6)),
        draw(words),
        draw(maybe),
        draw(maybe),
        draw(maybe),
        draw(maybe),
        tuple(draw(st.lists(emails, max_size=2))),
        tuple(draw(st.lists(phones, max_size=2))),
        tuple(draw(st.lists(addresses, max_size=2))),
        draw(st.one_of(st.none(), st.dates(date(1, 1, 1), date(9999, 12, 31)))),
        draw(maybe),
        tuple(draw(st.lists(words, max_size=2))),
        tuple(draw(st.lists(texts, max_size=2))),
        tuple(draw(st.lists(texts, max_size=2))),
        None,
        uid,
        tuple(draw(st.lists(st.tuples(words, texts), max_size=1))),
        (),
        False,
        (),
    )


rows = st.composite(_row)()


def _reencoded(text: str) -> str:
    """``text`` (``TAIL``-ended JSON rows) parsed and written again by the JSON encoder."""
    if not text:
        return ""
    parsed = json.loads(f"[{text.replace(',' + chunk_rows.TAIL + ']', ']')}]")
    return ",".join(f"{_encode(r)[:-1]},{chunk_rows.TAIL}]" for r in parsed)


def _counter() -> Any:
    n = [0]

    def new_id() -> str:
        n[0] += 1
        return f"{n[0]:032x}"

    return new_id


@settings(max_examples=1500, deadline=None)
@given(rows)
def test_prepared_json_is_what_the_encoder_writes(row: wire.ContactRow) -> None:
    item = chunk_rows.prepare(row, "TH", _counter())
    contact = json.loads(item.contact + "]")
    assert item.contact == _encode(contact)[:-1]
    assert contact[1:] == [
        row[wire.DISPLAY].strip(),
        *((v.strip() or None) if v is not None else None for v in row[2:5]),
        row[wire.BIRTHDAY].isoformat().zfill(10) if row[wire.BIRTHDAY] else None,
        (row[wire.SOURCE].strip() or None) if row[wire.SOURCE] is not None else None,
    ]
    for text in (
        item.emails_json,
        item.phones_json,
        item.addresses_json,
        item.notes_json,
        item.urls_json,
        item.external_ids_json,
    ):
        assert text == _reencoded(text)
    assert [r[2:] for r in json.loads(f"[{_unended(item.emails_json)}]")] == [
        [label, i, value.strip()] for i, (value, label) in enumerate(row[wire.EMAILS])
    ]
    assert [r[3] for r in json.loads(f"[{_unended(item.notes_json)}]")] == [
        n.strip() for n in row[wire.NOTES]
    ]
    assert [r[2:4] for r in json.loads(f"[{_unended(item.addresses_json)}]")] == [
        [a[0], i] for i, a in enumerate(a for a in row[wire.ADDRESSES] if any(a[1:]))
    ]


def _unended(text: str) -> str:
    return text.replace("," + chunk_rows.TAIL + "]", "]")
