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
from dataclasses import dataclass
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


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(MULTI)] if MULTI in cell else [cell.strip()]


def _clean_label(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().lstrip("*").strip().lower()
    return text or None


_STREET_PARTS = ("po_box", "street", "street2", "street3")
_TAG_SEPARATORS = re.compile(r" ::: |;|,")


def _tags(cell: str) -> list[str]:
    out = []
    for t in _TAG_SEPARATORS.split(cell):
        stripped = t.strip()
        name = stripped.lstrip("*").strip()
        if name and stripped != "* myContacts":
            out.append(name)
    return out


# What a column does with a cell (``RowConverter``), decided once per column.
(
    _UNMAPPED,
    _CUSTOM,
    _EMAIL,
    _PHONE,
    _URL,
    _ADDRESS,
    _DISPLAY,
    _GIVEN,
    _MIDDLE,
    _FAMILY,
    _TITLE,
    _COMPANY,
    _DEPARTMENT,
    _BIRTHDAY,
    _NOTES,
    _TAGS,
    _UID,
) = range(17)
_SIMPLE_ACTIONS = {
    "display_name": _DISPLAY,
    "given_name": _GIVEN,
    "middle_name": _MIDDLE,
    "family_name": _FAMILY,
    "title": _TITLE,
    "company": _COMPANY,
    "department": _DEPARTMENT,
    "birthday": _BIRTHDAY,
    "notes": _NOTES,
    "tags": _TAGS,
    "uid": _UID,
}
_SLOT_ACTIONS = {"email": _EMAIL, "phone": _PHONE, "url": _URL}


class _Column(NamedTuple):
    """One mapped column: its index, action, header, and the action's details."""

    at: int
    action: int
    name: str
    #: The custom field's name, or the slot (``N:label``) of a contact point or address.
    key: str = ""
    #: The slot's label as the target gives it.
    label: str | None = None
    #: For a slot: the cell is its label (``label``), or the address part it fills.
    part: str | None = None


class RowConverter:
    """Turns the rows of one CSV file into contact parts, following a mapping."""

    def __init__(self, header: Sequence[str], mapping: ColumnMapping) -> None:
        self.header = [h.strip() for h in header]
        # Targets are parsed, and each column's action decided, once here, not per cell.
        self.columns: list[_Column] = []
        for i, name in enumerate(self.header):
            target = mapping.targets.get(name, "").strip()
            if target == "ignore":
                continue
            m = _TARGET.match(target) if target else None
            if m is None:
                self.columns.append(_Column(i, _UNMAPPED, name))
                continue
            kind, label = m["kind"], m["label"]
            key = f"{m['n'] or '0'}:{label or ''}"
            if target.startswith("custom:"):
                self.columns.append(_Column(i, _CUSTOM, name, target[7:]))
            elif kind in _SLOT_ACTIONS:
                part = "label" if m["lpart"] == "label" else None
                self.columns.append(_Column(i, _SLOT_ACTIONS[kind], name, key, label, part))
            elif kind == "address":
                part = m["lpart"] or m["part"] or "street"
                self.columns.append(_Column(i, _ADDRESS, name, key, label, part))
            else:
                self.columns.append(_Column(i, _SIMPLE_ACTIONS.get(kind, _UNMAPPED), name))
        self._width = max((c.at for c in self.columns), default=-1) + 1

    def convert(self, line: int, row: Sequence[str]) -> ContactParts:
        parts = ContactParts(line)
        # Slots by key, in the order their first cell came: [label, values, address parts].
        emails: dict[str, tuple[list[str | None], list[str]]] = {}
        phones: dict[str, tuple[list[str | None], list[str]]] = {}
        urls: dict[str, tuple[list[str | None], list[str]]] = {}
        addresses: dict[str, tuple[list[str | None], dict[str, str]]] = {}
        unmapped: list[str] = []
        short = len(row) < self._width
        width = len(row)
        for i, action, name, key, label, part in self.columns:
            if short and i >= width:
                continue
            cell = row[i].strip()
            if not cell:
                continue
            if action <= _URL:
                if action == _UNMAPPED:
                    unmapped.append(f"{name}: {cell}")
                elif action == _CUSTOM:
                    parts.custom.append((key, cell))
                else:
                    slots = emails if action == _EMAIL else phones if action == _PHONE else urls
                    slot = slots.get(key)
                    if slot is None:
                        slot = slots[key] = ([label], [])
                    if part == "label":
                        slot[0][0] = _clean_label(cell)
                    else:
                        slot[1].extend([v for v in _split(cell) if v])
            elif action == _ADDRESS:
                place = addresses.get(key)
                if place is None:
                    place = addresses[key] = ([label], {})
                if part == "label":
                    place[0][0] = _clean_label(cell)
                elif part in _ADDRESS_PARTS:
                    place[1][part] = cell
            elif action == _GIVEN:
                parts.given_name = cell if not parts.given_name else f"{cell} {parts.given_name}"
            elif action == _FAMILY:
                parts.family_name = cell
            elif action == _COMPANY:
                parts.company = cell
            elif action == _TITLE:
                parts.title = cell
            elif action == _TAGS:
                parts.tags += _tags(cell)
            elif action == _NOTES:
                parts.notes.append(cell)
            elif action == _DISPLAY:
                parts.display_name = cell
            elif action == _MIDDLE:
                parts.given_name = f"{parts.given_name} {cell}" if parts.given_name else cell
            elif action == _DEPARTMENT:
                parts.notes.append(f"Department: {cell}")
            elif action == _BIRTHDAY:
                parts.birthday = cell
            else:  # _UID
                parts.uid = cell
        for slots, dest in ((emails, parts.emails), (phones, parts.phones)):
            for (slot_label,), values in slots.values():
                dest += [LabeledValue(v, slot_label) for v in values]
        for _, values in urls.values():
            parts.urls += values
        for (place_label,), p in addresses.values():
            street = "\n".join([p[k] for k in _STREET_PARTS if p.get(k)]) if p else ""
            parts.addresses.append(
                AddressValue(
                    label=place_label,
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
