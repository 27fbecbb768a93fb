"""Rows converted by column actions decided once equal rows converted target by target."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.importing.cleanup import ContactParts
from crmdesk.importing.mapping import _ADDRESS_PARTS, _TARGET, MULTI, ColumnMapping, RowConverter
from crmdesk.records import AddressValue, LabeledValue


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


class ReferenceConverter:
    """``RowConverter`` as it was written before its columns had actions."""

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


_TARGETS = [
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
    "address.street2",
    "address.po_box",
    "address.label",
    "address.foo",
    "email#2",
    "email#2:work",
    "email#2.label",
    "phone#1:mobile",
    "phone#1.label",
    "phone#3.label",
    "phone#3",
    "phone.x",
    "url#2",
    "url#2.label",
    "address#2.city",
    "address#2.label",
    "address.city#2:home",
    "address#1:home.street",
    "custom:Favourite colour",
    "custom:",
    "custom",
    "bogus",
    "Email",
    "",
    "ignore",
    "phone#1:*Mobile",
    "email:work",
]
cells = st.one_of(
    st.sampled_from(
        [
            "",
            "  ",
            "a",
            " b ",
            "x@y.org ::: z@w.org",
            " ::: ",
            "VIP; Friends,* myContacts",
            "*Starred",
            "* myContacts",
            "0812345678",
            "* Home ",
            "Line 1",
        ]
    ),
    st.text(" :;,*ab\u0e01", max_size=8),
)


@st.composite
def files(draw: st.DrawFn) -> tuple[list[str], ColumnMapping, list[list[str]]]:
    width = draw(st.integers(1, 8))
    header = [
        draw(st.sampled_from(["A", "B", "C", "D", " E ", "F", "G", "H"])) for _ in range(width)
    ]
    targets = {name.strip(): draw(st.sampled_from(_TARGETS)) for name in header}
    rows = draw(
        st.lists(st.lists(cells, min_size=max(0, width - 2), max_size=width + 1), max_size=4)
    )
    return header, ColumnMapping(targets), rows


@settings(max_examples=3000, deadline=None)
@given(files())
def test_rows_convert_as_before(file: tuple[list[str], ColumnMapping, list[list[str]]]) -> None:
    header, mapping, rows = file
    ours, reference = RowConverter(header, mapping), ReferenceConverter(header, mapping)
    for line, row in enumerate(rows, 2):
        assert ours.convert(line, row) == reference.convert(line, row)
