"""Finding duplicate contacts: by email, normalised phone, and name + company (Thai/Chinese aware).

Matching uses blocking keys (an exact key per rule, ``duplicate_keys``) so both the
import check and the whole-database search are dictionary look-ups, never a comparison
of every pair. This module reads what matching needs from the database.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact, Email, ExternalId, Phone
from crmdesk.duplicate_keys import _CJK, _THAI
from crmdesk.duplicate_keys import PENDING as PENDING  # noqa: PLC0414  (re-exported)
from crmdesk.duplicate_keys import DuplicateHit as DuplicateHit  # noqa: PLC0414
from crmdesk.duplicate_keys import DuplicateIndex as DuplicateIndex  # noqa: PLC0414
from crmdesk.duplicate_keys import IndexSeed as IndexSeed  # noqa: PLC0414
from crmdesk.duplicate_keys import company_key as company_key  # noqa: PLC0414
from crmdesk.duplicate_keys import email_key as email_key  # noqa: PLC0414
from crmdesk.duplicate_keys import name_key as name_key  # noqa: PLC0414
from crmdesk.records import ContactRecord
from crmdesk.text import sort_key


def live_contact_check(session: Session) -> Callable[[str], bool]:
    """Whether an id is a live contact's, asked of the database when it is called."""

    def is_live(contact_id: str) -> bool:
        found = session.scalar(
            select(Contact.id).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
        )
        return found is not None

    return is_live


def read_seed(session: Session) -> IndexSeed:
    """The live contacts' duplicate keys, read from the database (an ``IndexSeed``)."""
    ids: list[str] = []
    company_keys: list[str] = []
    names: tuple[list[str], array[int]] = ([], array("I"))
    slots: dict[str, int] = {}  # only while reading
    # Keys as ``match`` makes them (folded, not sort keys: Thai leading vowels move there).
    rows = session.execute(
        select(Contact.id, Contact.display_name, Company.name)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.deleted_at.is_(None))
    )
    for cid, display, company in rows:
        slot = slots[cid] = len(ids)
        ids.append(cid)
        company_keys.append(company_key(company))
        key = name_key(display)
        if key:
            names[0].append(key)
            names[1].append(slot)
    live = select(Contact.id).where(Contact.deleted_at.is_(None))
    uids: tuple[list[str], array[int]] = ([], array("I"))
    for source, ext, uid_owner in session.execute(
        select(ExternalId.source, ExternalId.external_id, ExternalId.contact_id).where(
            ExternalId.contact_id.in_(live)
        )
    ):
        uids[0].append(f"{source}:{ext}")
        uids[1].append(slots[uid_owner])
    emails: tuple[list[str], array[int]] = ([], array("I"))
    for address, email_owner in session.execute(
        select(Email.address_key, Email.contact_id).where(Email.contact_id.in_(live))
    ):
        if address and email_owner:
            emails[0].append(address)
            emails[1].append(slots[email_owner])
    phones: tuple[list[str], array[int]] = ([], array("I"))
    for e164, phone_owner in session.execute(
        select(Phone.e164, Phone.contact_id).where(Phone.contact_id.in_(live))
    ):
        if e164 and phone_owner:
            phones[0].append(e164)
            phones[1].append(slots[phone_owner])
    return IndexSeed(ids, company_keys, names, uids, emails, phones)


@dataclass(frozen=True)
class DuplicateGroup:
    """Contacts that look like the same person, and the rules that linked them."""

    contact_ids: tuple[str, ...]
    reasons: tuple[str, ...]


def find_duplicates(session: Session, limit: int | None = None) -> list[DuplicateGroup]:
    """Groups of live contacts sharing an email, a phone, or a name with a compatible company."""
    parent: dict[str, str] = {}
    edges: list[tuple[str, str]] = []

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def link(ids: Sequence[str], why: str) -> None:
        first = root(ids[0])
        for other in ids[1:]:
            r = root(other)
            if r != first:
                parent[r] = first
        edges.append((ids[0], why))

    live = select(Contact.id).where(Contact.deleted_at.is_(None))
    blocks: dict[str, list[str]] = defaultdict(list)
    for key, cid in session.execute(
        select(Email.address_key, Email.contact_id).where(Email.contact_id.in_(live))
    ):
        if key and cid:
            blocks[key].append(cid)
    _link_blocks(blocks, "same email", link)
    blocks = defaultdict(list)
    for e164, cid in session.execute(
        select(Phone.e164, Phone.contact_id).where(Phone.contact_id.in_(live))
    ):
        if e164 and cid:
            blocks[e164].append(cid)
    _link_blocks(blocks, "same phone", link)
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    company_keys: dict[str | None, str] = {}
    for cid, display_key, company in session.execute(
        select(Contact.id, Contact.sort_key, Company.sort_key)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.deleted_at.is_(None))
    ):
        key = name_key(display_key, folded=True)
        if key:
            if company not in company_keys:
                company_keys[company] = company_key(company, folded=True)
            by_name[key].append((cid, company_keys[company]))
    for members in by_name.values():
        if len(members) < 2:
            continue
        # Same name links people whose companies agree, or where one company is unknown.
        by_company: dict[str, list[str]] = defaultdict(list)
        for cid, ckey in members:
            by_company[ckey].append(cid)
        known = [k for k in by_company if k]
        for k in known:
            ids = by_company[k] + by_company.get("", [])
            if len(ids) > 1:
                link(ids, "same name")
        if not known and len(by_company[""]) > 1:
            link(by_company[""], "same name")
    groups: dict[str, list[str]] = defaultdict(list)
    for cid in parent:
        groups[root(cid)].append(cid)
    why: dict[str, set[str]] = defaultdict(set)
    for cid, reason in edges:
        why[root(cid)].add(reason)
    result = [
        DuplicateGroup(tuple(sorted(ids)), tuple(sorted(why[r])))
        for r, ids in groups.items()
        if len(ids) > 1
    ]
    result.sort(key=lambda g: g.contact_ids)
    return result[:limit] if limit else result


def _link_blocks(
    blocks: dict[str, list[str]], why: str, link: Callable[[Sequence[str], str], None]
) -> None:
    for ids in blocks.values():
        unique = list(dict.fromkeys(ids))
        if len(unique) > 1:
            link(unique, why)


def matches_for(
    session: Session,
    display_name: str,
    emails: Sequence[str] = (),
    e164s: Sequence[str | None] = (),
    company: str | None = None,
    exclude_id: str | None = None,
) -> list[DuplicateHit]:
    """Existing contacts that look like the one being entered (for the contact form).

    Uses indexed look-ups only (email key, E.164, name sort key), so it is instant at any size.
    """
    hits: dict[str, str] = {}
    live = Contact.deleted_at.is_(None)
    keys = [email_key(e) for e in emails if e.strip()]
    if keys:
        for cid, key in session.execute(
            select(Email.contact_id, Email.address_key)
            .join(Contact, Contact.id == Email.contact_id)
            .where(Email.address_key.in_(keys), live)
        ):
            hits.setdefault(cid or "", f"same email {key}")
    numbers = [p for p in e164s if p]
    if numbers:
        for cid, e164 in session.execute(
            select(Phone.contact_id, Phone.e164)
            .join(Contact, Contact.id == Phone.contact_id)
            .where(Phone.e164.in_(numbers), live)
        ):
            hits.setdefault(cid or "", f"same phone {e164}")
    wanted = name_key(display_name)
    if wanted:
        words = display_name.split()
        forms = {
            sort_key(display_name),
            sort_key(" ".join(reversed(words))),
            sort_key(", ".join(reversed(words))),
        }
        name_test: ColumnElement[bool] = Contact.sort_key.in_(forms)
        if _CJK.search(wanted) or _THAI.search(wanted):
            # Written with or without a space: every name starting with the same letter.
            first = sort_key(wanted)[:1]
            name_test = name_test | (
                (Contact.sort_key >= first) & (Contact.sort_key < first + "\uffff")
            )
        ckey = company_key(company)
        for cid, display, other in session.execute(
            select(Contact.id, Contact.display_name, Company.name)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(name_test, live)
        ):
            okey = company_key(other)
            if name_key(display) == wanted and (not ckey or not okey or ckey == okey):
                hits.setdefault(cid, "same name")
    hits.pop("", None)
    if exclude_id:
        hits.pop(exclude_id, None)
    return [DuplicateHit(cid, why) for cid, why in hits.items()]


@dataclass(frozen=True)
class DuplicateOverview:
    """The groups of likely duplicates and the names to show for their contacts."""

    groups: list[DuplicateGroup]
    names: dict[str, str]


def overview(session: Session) -> DuplicateOverview:
    """Every duplicate group with its contacts' display names (for the duplicates screen)."""
    from crmdesk import contacts

    groups = find_duplicates(session)
    ids = tuple(i for g in groups for i in g.contact_ids)
    rows = contacts.list_contacts(
        session, limit=max(1, len(ids)), flt=contacts.ContactFilter(ids=ids)
    )
    return DuplicateOverview(groups, {r.id: r.display_name for r in rows})


def pair(session: Session, first: str, second: str) -> tuple[ContactRecord, ContactRecord]:
    """Two contacts side by side, for the merge screen."""
    from crmdesk import contacts

    return contacts.get_contact(session, first), contacts.get_contact(session, second)
