"""Writing contacts as vCard 3.0 or 4.0 (folded UTF-8 lines, labels Apple and Google understand)."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import BinaryIO, Literal

from crmdesk.exporting.gather import ExportContact
from crmdesk.importing.cleanup import NO_YEAR

VCardVersion = Literal["3.0", "4.0"]
_TEL_TYPES = {
    "mobile": "CELL",
    "work": "WORK",
    "home": "HOME",
    "fax": "FAX",
    "pager": "PAGER",
    "main": "MAIN",
    "other": "OTHER",
}
_PLAIN_TYPES = {"work": "WORK", "home": "HOME", "other": "OTHER"}


def escape(text: str) -> str:
    """Escape a text value (backslash, comma, semicolon, newline)."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


class _Card:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.group = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def labelled(
        self, name: str, value: str, label: str | None, types: dict[str, str], version: str
    ) -> None:
        if label is None:
            self.add(name, value)
        elif label in types:
            t = types[label]
            self.add(name, value, f";TYPE={t.lower() if version == '4.0' else t}")
        else:
            # A label of the user's own: Apple's grouped X-ABLabel keeps it.
            self.group += 1
            self.add(f"item{self.group}.{name}", value)
            self.add(f"item{self.group}.X-ABLabel", escape(label))


def card_text(c: ExportContact, version: VCardVersion = "3.0") -> str:
    """One contact as a vCard."""
    card = _Card()
    card.add("BEGIN", "VCARD")
    card.add("VERSION", version)
    card.add("FN", escape(c.display_name))
    card.add("N", ";".join(escape(x or "") for x in (c.family_name, c.given_name, "", "", "")))
    if c.company_name:
        card.add("ORG", escape(c.company_name))
        if c.display_name == c.company_name and not (c.family_name or c.given_name):
            # Readers (ours too) take a card whose name is its company's for a company card.
            card.add("KIND", "individual")
    if c.title:
        card.add("TITLE", escape(c.title))
    for e in c.emails:
        card.labelled("EMAIL", e.value, e.label, _PLAIN_TYPES, version)
    for p in c.phones:
        card.labelled("TEL", escape(p.value), p.label, _TEL_TYPES, version)
    for a in c.addresses:
        value = ";".join(
            escape(x or "") for x in ("", "", a.street, a.city, a.region, a.postal_code, a.country)
        )
        card.labelled("ADR", value, a.label, _PLAIN_TYPES, version)
    if c.birthday_iso:
        year, month, day = c.birthday_iso.split("-")
        if int(year) == NO_YEAR:
            if version == "4.0":
                card.add("BDAY", f"--{month}{day}")
            else:
                card.add("BDAY", c.birthday_iso, f";X-APPLE-OMIT-YEAR={NO_YEAR}")
        else:
            card.add("BDAY", c.birthday_iso)
    if c.tags:
        card.add("CATEGORIES", ",".join(escape(t) for t in c.tags))
    for note in c.notes:
        card.add("NOTE", escape(note))
    for url in c.urls:
        card.add("URL", url)
    for name, value in c.custom:
        card.add("X-CRMDESK-FIELD", escape(value), f";NAME={_param(name)}")
    if c.photo:
        data = base64.b64encode(c.photo.data).decode("ascii")
        kind = c.photo.mime.split("/")[-1].upper()
        if version == "4.0":
            card.add("PHOTO", f"data:{c.photo.mime};base64,{data}")
        else:
            card.add("PHOTO", data, f";ENCODING=b;TYPE={kind}")
    card.add("UID", escape(c.uid or c.id))
    card.add("END", "VCARD")
    return "\r\n".join(card.lines) + "\r\n"


def _param(text: str) -> str:
    return '"' + text.replace('"', "'") + '"' if any(ch in text for ch in ';:,"') else text


def write_vcards(
    out: BinaryIO, contacts: Iterable[ExportContact], version: VCardVersion = "3.0"
) -> int:
    """Write every contact; returns how many."""
    n = 0
    for c in contacts:
        out.write(card_text(c, version).encode("utf-8"))
        n += 1
    return n
