"""The import's duplicate index: look-ups by the keys the reader process works out."""

from __future__ import annotations

from crmdesk.duplicates import PENDING, DuplicateHit, DuplicateIndex, company_key, name_key

_PEOPLE = [
    # (uid, emails, e164s, display name, company)
    (None, ("Somchai@Example.com",), ("+66812345678",), "คุณสมชาย ใจดี", "บริษัท ใจดี จำกัด"),
    ("uid:card-1", (), (), "陳志明先生", "台北公司"),
    (None, ("anna@example.com",), (None,), "Dr. Anna Müller", "Müller GmbH"),
    (None, (), ("+66899999999",), "Mei Chen", None),
]
_LOOKUPS = [
    (None, (" somchai@example.com ",), (), "Someone Else", None),
    (None, (), ("+66812345678",), "Nobody", "Other Co"),
    ("uid:card-1", (), (), "Another", None),
    (None, (), (), "สมชาย ใจดี", "ใจดี"),
    (None, (), (), "陳志明", None),
    (None, (), (), "MULLER anna", "Muller Ltd."),
    (None, (), (), "Anna Müller", "Another Company"),
    (None, (), (), "Chen Mei", "Any Co"),
    (None, ("new@example.com",), ("+66800000000",), "Brand New", None),
]


def _filled(by_keys: bool) -> DuplicateIndex:
    index = DuplicateIndex()
    for n, (uid, emails, e164s, name, company) in enumerate(_PEOPLE):
        cid = f"{n + 1:032x}" if n % 2 == 0 else None  # the others wait to be written
        if by_keys:
            index.add_keys(
                cid,
                uid=uid,
                emails=emails,
                e164s=e164s,
                name=name_key(name),
                company=company_key(company),
            )
        else:
            index.add(cid, uid=uid, emails=emails, e164s=e164s, display_name=name, company=company)
    return index


def test_look_ups_by_keys_find_what_look_ups_by_names_find() -> None:
    by_names, by_keys = _filled(by_keys=False), _filled(by_keys=True)
    found: list[DuplicateHit | None] = []
    for uid, emails, e164s, name, company in _LOOKUPS:
        hit = by_names.match(
            uid=uid, emails=emails, e164s=e164s, display_name=name, company=company
        )
        assert hit == by_keys.match_keys(
            uid=uid, emails=emails, e164s=e164s, name=name_key(name), company=company_key(company)
        )
        found.append(hit)
    assert found == [
        DuplicateHit(f"{1:032x}", "same email  somchai@example.com "),
        DuplicateHit(f"{1:032x}", "same phone +66812345678"),
        DuplicateHit(f"{PENDING}1", "same UID"),
        DuplicateHit(f"{1:032x}", "same name and company"),
        DuplicateHit(f"{PENDING}1", "same name"),
        DuplicateHit(f"{3:032x}", "same name and company"),
        None,
        DuplicateHit(f"{PENDING}3", "same name"),
        None,
    ]


def test_a_pending_contact_is_named_by_its_id_once_written() -> None:
    index = _filled(by_keys=True)
    index.resolve(1, "a-sync-id-that-is-not-hex")
    hit = index.match_keys(uid="uid:card-1", emails=(), e164s=(), name="", company="")
    assert hit == DuplicateHit("a-sync-id-that-is-not-hex", "same UID")
    assert index.contact_id(3) is None and len(index) == len(_PEOPLE)


def test_thai_legal_forms_do_not_count_in_a_company_name() -> None:
    # Folding splits the sara am of จำกัด: the legal form was kept, so the same company
    # written with and without it did not match.
    assert company_key("บริษัท ใจดี จำกัด") == company_key("ใจดี") == "ใจดี"
    assert company_key("บริษัท ปตท. จำกัด (มหาชน)") == company_key("ปตท")
