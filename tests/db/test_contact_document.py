"""A new contact's search document, folded value by value, equals folding whole columns."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.db.search_index import NewContactDocument, contact_document
from crmdesk.text import digits, fold

#: Latin with accents, Thai with its marks, Chinese, full-width and compatibility forms,
#: Hangul jamo, Greek sigma, combining marks alone, odd whitespace.
_LETTERS = (
    "aAzZ09 .-_@+éÉüÜñßıİ\u0301\u0308\u0e40\u0e01\u0e48\u0e33\u0e31\u4e2d\u6587"
    "\uff21\uff41\uff11\u00bd\u2167\ufb01\u1100\u1161\u11a8\u03a3\u03c3\u00a0\u2028\u3000"
    "\t\n\x1f\u0344\u00a8\u0b47\u0b3e"
)
texts = st.one_of(st.text(_LETTERS, max_size=12), st.text(max_size=8))
maybe = st.one_of(st.none(), texts)


def _concat_ws(parts: Sequence[str | None]) -> str:
    """SQLite's ``concat_ws(' ', ...)``, as ``_contact_select`` uses it."""
    return " ".join(p for p in parts if p is not None)


def _group_concat(values: Sequence[str]) -> str | None:
    return " ".join(values) if values else None


def _reference(c: NewContactDocument) -> tuple[str, str, str, str | None, str, str, str]:
    """The document by whole columns, as ``_contact_select`` writes it in SQL."""
    tags = _group_concat(c.tags)
    cities = _group_concat([a[0] for a in c.addresses if a[0] is not None])
    emails = _group_concat(c.emails)
    phones = _group_concat(
        [_concat_ws((digits(e) if e is not None else None, digits(n))) for e, n in c.phones]
    )
    places = _group_concat([_concat_ws(a) for a in c.addresses])
    names = (c.display_name, c.given_name, c.family_name)
    keys = _concat_ws((*names, c.company_name, tags, cities))
    body = _concat_ws(
        (*names, c.title, c.company_name, emails, phones, places, tags, _group_concat(c.notes))
    )
    return (
        "contact",
        c.contact_id,
        c.display_name,
        c.company_name,
        fold(c.display_name),
        fold(keys),
        fold(body),
    )


@settings(max_examples=3000, deadline=None)
@given(st.lists(texts, max_size=5))
def test_folding_joined_text_is_joining_each_fold(parts: list[str]) -> None:
    assert fold(" ".join(parts)) == " ".join(f for f in map(fold, parts) if f)


@settings(max_examples=1500, deadline=None)
@given(
    texts,
    maybe,
    maybe,
    maybe,
    maybe,
    st.lists(texts, max_size=3),
    st.lists(st.tuples(st.one_of(st.none(), st.text("+0123456789")), texts), max_size=3),
    st.lists(st.tuples(maybe, maybe, maybe, maybe), max_size=3),
    st.lists(texts, max_size=3),
    st.lists(texts, max_size=3),
)
def test_document_is_the_one_whole_columns_fold_to(
    display: str,
    given_name: str | None,
    family: str | None,
    title: str | None,
    company: str | None,
    emails: list[str],
    phones: list[tuple[str | None, str]],
    addresses: list[tuple[str | None, str | None, str | None, str | None]],
    tags: list[str],
    notes: list[str],
) -> None:
    c = NewContactDocument(
        "c1", display, given_name, family, title, company, emails, phones, addresses, tags, notes
    )
    assert contact_document(c) == _reference(c)
    # Again: the second time shared values come from the cache.
    assert contact_document(c) == _reference(c)
