"""Column mappings: which CSV column fills which contact field, and turning a row into a contact.

A target is a short string: ``given_name``, ``family_name``, ``display_name``, ``middle_name``,
``title``, ``company``, ``department``, ``birthday``, ``notes``, ``tags``, ``uid``, ``url``,
``email``, ``phone`` or ``address.<part>`` (``street``, ``street2``, ``city``, ``region``,
``postal_code``, ``country``), each optionally numbered and labelled — ``email#2``,
``phone#1:mobile``, ``phone#3.label`` (the column holding the label of phone 3) — or
``custom:NAME`` for a custom field, or ``ignore``. Columns without a target are kept in a note,
so nothing in the file is lost. Cells of multi-value columns split on Google's `` ::: ``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from crmdesk.importing.cleanup import ContactParts
from crmdesk.records import AddressValue, LabeledValue

MULTI = " ::: "
SIMPLE_TARGETS: tuple[str, ...] = (
    "display_name",
    "given_name",
    "middle_name",
    "family_name",
    "title",
    "company",
    "department",
    "birthday",
    "notes",
    "tags",
    "uid",
    "url",
    "email",
    "phone",
    "address.street",
    "address.city",
    "address.region",
    "address.postal_code",
    "address.country",
    "ignore",
)
_TARGET = re.compile(
    r"^(?P<kind>[a-z_]+)(?:\.(?P<part>[a-z_0-9]+))?(?:#(?P<n>\d+))?(?:\.(?P<lpart>label|[a-z_0-9]+))?(?::(?P<label>.+))?$"
)
_ADDRESS_PARTS = (
    "street",
    "street2",
    "street3",
    "po_box",
    "city",
    "region",
    "postal_code",
    "country",
    "label",
)


@dataclass(frozen=True)
class ColumnMapping:
    """Targets by column header, and the name the mapping was saved or recognised as."""

    targets: dict[str, str]
    name: str = ""

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "targets": self.targets}, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> ColumnMapping:
        data = json.loads(text)
        return ColumnMapping(
            {str(k): str(v) for k, v in data["targets"].items()}, data.get("name", "")
        )


class _Target(NamedTuple):
    kind: str
    part: str | None
    n: str
    lpart: str | None
    label: str | None


@dataclass
class _Slot:
    values: list[str] = field(default_factory=list)
    label: str | None = None
    parts: dict[str, str] = field(default_factory=dict)


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(MULTI)] if MULTI in cell else [cell.strip()]


def _clean_label(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().lstrip("*").strip().lower()
    return text or None


class RowConverter:
    """Turns the rows of one CSV file into contact parts, following a mapping."""

    def __init__(self, header: Sequence[str], mapping: ColumnMapping) -> None:
        self.header = [h.strip() for h in header]
        # Targets are parsed once here, not once per cell.
        self.columns: list[tuple[int, str, str, _Target | None]] = []
        for i, name in enumerate(self.header):
            target = mapping.targets.get(name, "").strip()
            if target == "ignore":
                continue
            m = _TARGET.match(target) if target else None
            parsed = (
                _Target(m["kind"], m["part"], m["n"] or "0", m["lpart"], m["label"])
                if m is not None
                else None
            )
            self.columns.append((i, name, target, parsed))

    def convert(self, line: int, row: Sequence[str]) -> ContactParts:
        parts = ContactParts(line)
        emails: dict[str, _Slot] = {}
        phones: dict[str, _Slot] = {}
        addresses: dict[str, _Slot] = {}
        urls: dict[str, _Slot] = {}
        unmapped: list[str] = []
        width = len(row)
        for i, name, target, parsed in self.columns:
            cell = row[i].strip() if i < width else ""
            if not cell:
                continue
            if parsed is None:
                unmapped.append(f"{name}: {cell}")
                continue
            kind, part, n, lpart, label = parsed
            if target.startswith("custom:"):
                parts.custom.append((target[7:], cell))
            elif kind in ("email", "phone", "url"):
                slots = {"email": emails, "phone": phones, "url": urls}[kind]
                slot = slots.setdefault(f"{n}:{label or ''}", _Slot(label=label))
                if lpart == "label":
                    slot.label = _clean_label(cell)
                else:
                    slot.values += [v for v in _split(cell) if v]
            elif kind == "address":
                key = f"{n}:{label or ''}"
                slot = addresses.setdefault(key, _Slot(label=label))
                which = lpart or part or "street"
                if which == "label":
                    slot.label = _clean_label(cell)
                elif which in _ADDRESS_PARTS:
                    slot.parts[which] = cell
            else:
                self._simple(parts, kind, name, cell, unmapped)
        for slots, dest in ((emails, parts.emails), (phones, parts.phones)):
            for slot in slots.values():
                dest += [LabeledValue(v, slot.label) for v in slot.values]
        for slot in urls.values():
            parts.urls += slot.values
        for slot in addresses.values():
            p = slot.parts
            street = "\n".join(p[k] for k in ("po_box", "street", "street2", "street3") if p.get(k))
            parts.addresses.append(
                AddressValue(
                    label=slot.label,
                    street=street or None,
                    city=p.get("city"),
                    region=p.get("region"),
                    postal_code=p.get("postal_code"),
                    country=p.get("country"),
                )
            )
        if unmapped:
            parts.notes.append("Other columns:\n" + "\n".join(unmapped))
        return parts

    @staticmethod
    def _simple(parts: ContactParts, kind: str, name: str, cell: str, unmapped: list[str]) -> None:
        if kind == "display_name":
            parts.display_name = cell
        elif kind == "given_name":
            parts.given_name = cell if not parts.given_name else f"{cell} {parts.given_name}"
        elif kind == "middle_name":
            parts.given_name = f"{parts.given_name} {cell}" if parts.given_name else cell
        elif kind == "family_name":
            parts.family_name = cell
        elif kind == "title":
            parts.title = cell
        elif kind == "company":
            parts.company = cell
        elif kind == "department":
            parts.notes.append(f"Department: {cell}")
        elif kind == "birthday":
            parts.birthday = cell
        elif kind == "notes":
            parts.notes.append(cell)
        elif kind == "tags":
            parts.tags += [
                t.strip().lstrip("*").strip()
                for t in re.split(r" ::: |;|,", cell)
                if t.strip().lstrip("*").strip() and t.strip() != "* myContacts"
            ]
        elif kind == "uid":
            parts.uid = cell
        else:
            unmapped.append(f"{name}: {cell}")
