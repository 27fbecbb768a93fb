"""Emails, phones and addresses shared by contacts and companies: validation, saving, loading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crmdesk import phones
from crmdesk.db import bulk
from crmdesk.db.models import Address, Email, Phone
from crmdesk.ids import new_id
from crmdesk.records import AddressValue, LabeledValue, PhoneValue
from crmdesk.validation import FieldProblem, is_email

PartyKind = Literal["contact", "company"]


def check_points(
    emails: Sequence[LabeledValue], numbers: Sequence[LabeledValue], region: str | None
) -> list[FieldProblem]:
    """Field problems in emails and phone numbers."""
    problems: list[FieldProblem] = []
    for i, email in enumerate(emails):
        if not is_email(email.value.strip()):
            problems.append(
                FieldProblem(f"emails[{i}]", f"'{email.value}' is not an email address.")
            )
    for i, number in enumerate(numbers):
        text = number.value.strip()
        if not text or phones.to_e164(text, region) is None:
            problems.append(
                FieldProblem(f"phones[{i}]", f"'{number.value}' is not a phone number.")
            )
    return problems


def _party_filter(model: type[Email] | type[Phone] | type[Address], kind: PartyKind, pid: str):  # type: ignore[no-untyped-def]
    return model.contact_id == pid if kind == "contact" else model.company_id == pid


def _party_kwargs(kind: PartyKind, pid: str) -> dict[str, str]:
    return {"contact_id": pid} if kind == "contact" else {"company_id": pid}


Points = tuple[tuple[LabeledValue, ...], tuple[PhoneValue, ...], tuple[AddressValue, ...]]


def save_points(
    session: Session,
    kind: PartyKind,
    party_id: str,
    owner_id: str,
    emails: Sequence[LabeledValue],
    numbers: Sequence[LabeledValue],
    addresses: Sequence[AddressValue],
    region: str | None,
) -> Points:
    """Make the party's emails, phones and addresses equal to the given ones.

    Rows that did not change are left alone, so an edit records only real changes.
    Returns what ``load_points`` would read afterwards, so a caller need not read it.
    """
    owner = _party_kwargs(kind, party_id)
    # Plain column rows, not entities: nothing here needs the ORM's identity map.
    want_emails = [(e.value.strip(), e.label) for e in emails if e.value.strip()]
    have_emails = [
        (a, lbl)
        for a, lbl in session.execute(
            select(Email.address, Email.label)
            .where(_party_filter(Email, kind, party_id))
            .order_by(Email.position)
        )
    ]
    if have_emails != want_emails:
        session.execute(delete(Email).where(_party_filter(Email, kind, party_id)))
        session.add_all(
            Email(address=a, label=lbl, position=i, owner_id=owner_id, **owner)
            for i, (a, lbl) in enumerate(want_emails)
        )
    want_phones = [(p.value.strip(), p.label) for p in numbers if p.value.strip()]
    have_phones = [
        (n, e164, lbl)
        for n, e164, lbl in session.execute(
            select(Phone.number, Phone.e164, Phone.label)
            .where(_party_filter(Phone, kind, party_id))
            .order_by(Phone.position)
        )
    ]
    if [(n, lbl) for n, _, lbl in have_phones] != want_phones:
        session.execute(delete(Phone).where(_party_filter(Phone, kind, party_id)))
        have_phones = [(n, phones.to_e164(n, region), lbl) for n, lbl in want_phones]
        session.add_all(
            Phone(number=n, e164=e164, label=lbl, position=i, owner_id=owner_id, **owner)
            for i, (n, e164, lbl) in enumerate(have_phones)
        )
    want_addr = [a for a in addresses if not a.is_empty()]
    have_addr = [
        AddressValue(*row)
        for row in session.execute(
            select(
                Address.label,
                Address.street,
                Address.city,
                Address.region,
                Address.postal_code,
                Address.country,
            )
            .where(_party_filter(Address, kind, party_id))
            .order_by(Address.position)
        )
    ]
    if have_addr != want_addr:
        session.execute(delete(Address).where(_party_filter(Address, kind, party_id)))
        session.add_all(
            Address(
                label=a.label,
                street=a.street,
                city=a.city,
                region=a.region,
                postal_code=a.postal_code,
                country=a.country,
                position=i,
                owner_id=owner_id,
                **owner,
            )
            for i, a in enumerate(want_addr)
        )
        have_addr = want_addr
    return (
        tuple(LabeledValue(a, lbl) for a, lbl in want_emails),
        tuple(PhoneValue(n, e164, lbl) for n, e164, lbl in have_phones),
        tuple(have_addr),
    )


def _address_value(a: Address) -> AddressValue:
    return AddressValue(
        label=a.label,
        street=a.street,
        city=a.city,
        region=a.region,
        postal_code=a.postal_code,
        country=a.country,
    )


def load_points(session: Session, kind: PartyKind, party_id: str) -> Points:
    """The party's emails, phones and addresses in their saved order."""
    emails = session.scalars(
        select(Email).where(_party_filter(Email, kind, party_id)).order_by(Email.position)
    ).all()
    nums = session.scalars(
        select(Phone).where(_party_filter(Phone, kind, party_id)).order_by(Phone.position)
    ).all()
    addrs = session.scalars(
        select(Address).where(_party_filter(Address, kind, party_id)).order_by(Address.position)
    ).all()
    return (
        tuple(LabeledValue(e.address, e.label) for e in emails),
        tuple(PhoneValue(p.number, p.e164, p.label) for p in nums),
        tuple(_address_value(a) for a in addrs),
    )


def insert_many(
    session: Session,
    kind: PartyKind,
    parties: Sequence[
        tuple[str, str, Sequence[LabeledValue], Sequence[LabeledValue], Sequence[AddressValue]]
    ],
    region: str | None,
) -> None:
    """Insert the emails, phones and addresses of many new parties with executemany.

    ``parties`` holds ``(party_id, owner_id, emails, phones, addresses)``; the values
    must already have passed ``check_points``.
    """
    email_rows: list[dict[str, object]] = []
    phone_rows: list[dict[str, object]] = []
    address_rows: list[dict[str, object]] = []
    for party_id, owner_id, emails, numbers, addresses in parties:
        base = {
            "contact_id": party_id if kind == "contact" else None,
            "company_id": party_id if kind == "company" else None,
            "owner_id": owner_id,
        }
        for i, e in enumerate(emails):
            email_rows.append(
                {
                    **base,
                    "id": new_id(),
                    "label": e.label,
                    "position": i,
                    "address": e.value.strip(),
                }
            )
        for i, p in enumerate(numbers):
            phone_rows.append(
                {
                    **base,
                    "id": new_id(),
                    "label": p.label,
                    "position": i,
                    "number": p.value.strip(),
                    "e164": phones.to_e164(p.value, region),
                }
            )
        for i, a in enumerate(x for x in addresses if not x.is_empty()):
            address_rows.append(
                {
                    **base,
                    "id": new_id(),
                    "label": a.label,
                    "position": i,
                    "street": a.street,
                    "city": a.city,
                    "region": a.region,
                    "postal_code": a.postal_code,
                    "country": a.country,
                }
            )
    for model, rows in ((Email, email_rows), (Phone, phone_rows), (Address, address_rows)):
        bulk.insert_rows(session, model, rows)
