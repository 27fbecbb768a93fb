"""Contacts as CSV in UTF-8 with BOM (so Excel reads Thai and Chinese), Google or Outlook layout."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import BinaryIO, Literal

from crmdesk.exporting.gather import ExportContact
from crmdesk.importing.mapping import MULTI
from crmdesk.records import AddressValue, LabeledValue

CsvLayout = Literal["google", "outlook"]
_SLOTS = 3


def _slots(values: Iterable[LabeledValue]) -> list[tuple[str, str]]:
    """Runs of values with the same label as at most three (label, ' ::: '-joined) slots.

    Only neighbours are joined, so the order of the values survives a re-import.
    """
    items: list[tuple[str, list[str]]] = []
    for v in values:
        if items and items[-1][0] == (v.label or ""):
            items[-1][1].append(v.value)
        else:
            items.append((v.label or "", [v.value]))
    if len(items) > _SLOTS:
        rest = [x for _, vals in items[_SLOTS - 1 :] for x in vals]
        items = [*items[: _SLOTS - 1], (items[_SLOTS - 1][0], rest)]
    return [(label, MULTI.join(vals)) for label, vals in items]


def _google_header() -> list[str]:
    header = [
        "Name",
        "Given Name",
        "Family Name",
        "Birthday",
        "Notes",
        "Group Membership",
        "Organization 1 - Name",
        "Organization 1 - Title",
    ]
    for n in range(1, _SLOTS + 1):
        header += [f"E-mail {n} - Type", f"E-mail {n} - Value"]
    for n in range(1, _SLOTS + 1):
        header += [f"Phone {n} - Type", f"Phone {n} - Value"]
    for n in range(1, _SLOTS + 1):
        header += [
            f"Address {n} - Type",
            f"Address {n} - Street",
            f"Address {n} - City",
            f"Address {n} - Region",
            f"Address {n} - Postal Code",
            f"Address {n} - Country",
        ]
    header += ["Website 1 - Type", "Website 1 - Value"]
    return header


def _google_row(c: ExportContact) -> list[str]:
    row = [
        c.display_name,
        c.given_name or "",
        c.family_name or "",
        c.birthday_iso or "",
        "\n\n".join(c.notes),
        MULTI.join(["* myContacts", *c.tags]),
        c.company_name or "",
        c.title or "",
    ]
    for slots in (_slots(c.emails), _slots(c.phones)):
        for n in range(_SLOTS):
            row += list(slots[n]) if n < len(slots) else ["", ""]
    addresses: list[AddressValue] = list(c.addresses)[:_SLOTS]
    for n in range(_SLOTS):
        if n < len(addresses):
            a = addresses[n]
            row += [
                a.label or "",
                a.street or "",
                a.city or "",
                a.region or "",
                a.postal_code or "",
                a.country or "",
            ]
        else:
            row += [""] * 6
    row += ["", MULTI.join(c.urls)]
    return row


_OUTLOOK_PHONES = (
    ("mobile", "Mobile Phone"),
    ("work", "Business Phone"),
    ("home", "Home Phone"),
    ("fax", "Business Fax"),
    ("main", "Primary Phone"),
    ("other", "Other Phone"),
)
_OUTLOOK_ADDR = (("work", "Business"), ("home", "Home"), ("other", "Other"))


def _outlook_header() -> list[str]:
    header = [
        "First Name",
        "Last Name",
        "Company",
        "Job Title",
        "Birthday",
        "Notes",
        "Categories",
        "E-mail Address",
        "E-mail 2 Address",
        "E-mail 3 Address",
        "Web Page",
    ]
    header += [col for _, col in _OUTLOOK_PHONES]
    for _, kind in _OUTLOOK_ADDR:
        header += [
            f"{kind} Street",
            f"{kind} City",
            f"{kind} State",
            f"{kind} Postal Code",
            f"{kind} Country/Region",
        ]
    return header


def _outlook_row(c: ExportContact) -> list[str]:
    given, family = c.given_name or "", c.family_name or ""
    if not given and not family:
        given = c.display_name
    emails = [e.value for e in c.emails]
    row = [
        given,
        family,
        c.company_name or "",
        c.title or "",
        c.birthday_iso or "",
        "\n\n".join(c.notes),
        ";".join(c.tags),
        *(emails[:2]),
        *([""] * (2 - len(emails[:2]))),
        " ".join(emails[2:]),
        " ".join(c.urls),
    ]
    by_label: dict[str, list[str]] = {}
    for p in c.phones:
        label = p.label if p.label in dict(_OUTLOOK_PHONES) else "other"
        by_label.setdefault(label, []).append(p.value)
    row += [" / ".join(by_label.get(label, [])) for label, _ in _OUTLOOK_PHONES]
    addresses = {
        a.label if a.label in dict(_OUTLOOK_ADDR) else "other": a for a in reversed(c.addresses)
    }
    for label, _ in _OUTLOOK_ADDR:
        a = addresses.get(label)
        row += (
            [a.street or "", a.city or "", a.region or "", a.postal_code or "", a.country or ""]
            if a
            else [""] * 5
        )
    return row


LAYOUTS: dict[str, tuple[Callable[[], list[str]], Callable[[ExportContact], list[str]]]] = {
    "google": (_google_header, _google_row),
    "outlook": (_outlook_header, _outlook_row),
}


def write_csv(
    out: BinaryIO, contacts: Iterable[ExportContact], layout: CsvLayout = "google"
) -> int:
    """Write a header and one row per contact; returns how many contacts."""
    header, row_of = LAYOUTS[layout]
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header())
    n = 0
    for c in contacts:
        writer.writerow(row_of(c))
        n += 1
    text.flush()
    text.detach()
    return n
