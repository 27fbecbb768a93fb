"""vCard 2.1/3.0/4.0 reading with vobject, plus the fixes it needs for real address-book exports."""

from __future__ import annotations

import base64
import quopri
import re
from collections.abc import Iterable, Iterator
from typing import Any

import vobject

from crmdesk.importing.cleanup import ContactParts
from crmdesk.importing.model import Photo, ReadItem, RowProblem
from crmdesk.records import AddressValue, LabeledValue

_SKIP = {"VERSION", "PRODID", "REV", "X-ABLABEL", "X-ABUID", "CLASS"}
_HANDLED = {
    "FN",
    "N",
    "ORG",
    "TITLE",
    "ROLE",
    "EMAIL",
    "TEL",
    "ADR",
    "BDAY",
    "NOTE",
    "CATEGORIES",
    "URL",
    "PHOTO",
    "UID",
    "LABEL",
    "X-ABSHOWAS",
}
_TYPE_WORDS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
    "main": "main",
    "other": "other",
}
_IGNORED_TYPES = {
    "internet",
    "pref",
    "voice",
    "x400",
    "msg",
    "text",
    "uri",
    "dom",
    "intl",
    "postal",
    "parcel",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_MIME = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}


def split_cards(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """Group numbered lines into cards; a card without END is reported, text outside is ignored."""
    start, card = 0, None
    for number, line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                yield RowProblem(start, "card has no END:VCARD line; skipped")
            start, card = number, [line]
        elif card is not None:
            card.append(line)
            if upper == "END:VCARD":
                yield start, card
                card = None
    if card is not None:
        yield RowProblem(start, "card ends before END:VCARD (file truncated?); skipped")


def _types(prop: Any) -> list[str]:
    words: list[str] = []
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            for v in values:
                words += [w.strip().lower() for w in v.split(",")]
    words += [w.lower() for w in getattr(prop, "singletonparams", [])]
    return words


def _label(prop: Any, group_labels: dict[str, str]) -> str | None:
    if prop.group and prop.group.lower() in group_labels:
        return group_labels[prop.group.lower()]
    found = [_TYPE_WORDS.get(w, w) for w in _types(prop) if w not in _IGNORED_TYPES]
    if "fax" in found:
        return "fax"
    return found[0] if found else None


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if str(v))
    return str(value) if value is not None else ""


def _lines(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value if v)
    return str(value or "")


def _photo(prop: Any) -> tuple[Photo | None, str | None]:
    value = prop.value
    kind = next((w for w in _types(prop) if w in _MIME), "jpeg")
    if isinstance(value, bytes):
        return Photo(_MIME[kind], value), None
    text = str(value).strip()
    if text.startswith("data:"):
        head, _, payload = text.partition(",")
        try:
            return Photo(head[5:].split(";")[0] or "image/jpeg", base64.b64decode(payload)), None
        except ValueError:
            return None, "photo could not be decoded; ignored"
    if text:
        return None, f"photo link kept as a note: {text}"
    return None, None


def card_to_parts(line: int, card: Any) -> ContactParts:
    """Read one parsed vobject card into contact parts."""
    parts = ContactParts(line)
    children = list(card.getChildren())
    group_labels: dict[str, str] = {}
    for prop in children:
        if prop.name == "X-ABLABEL" and prop.group:
            text = str(prop.value)
            m = _APPLE_LABEL.match(text)
            group_labels[prop.group.lower()] = (m[1] if m else text).lower()
    other: list[str] = []
    show_as_company = False
    a_person = False
    for prop in children:
        name = prop.name
        if name in _SKIP:
            continue
        if name == "FN":
            parts.display_name = str(prop.value)
        elif name == "X-ABSHOWAS" and str(prop.value).upper() == "COMPANY":
            show_as_company = True
        elif name == "KIND":  # RFC 6350: individual, org, group, location
            kind = str(prop.value).strip().lower()
            show_as_company = kind == "org"
            a_person = kind == "individual"
        elif name == "N":
            n = prop.value
            parts.given_name = " ".join(x for x in (_text(n.given), _text(n.additional)) if x)
            parts.family_name = _text(n.family)
        elif name == "ORG":
            units = [str(u) for u in (prop.value if isinstance(prop.value, list) else [prop.value])]
            parts.company = units[0] if units else None
            if len(units) > 1 and any(units[1:]):
                parts.notes.append("Department: " + " / ".join(u for u in units[1:] if u))
        elif name in ("TITLE", "ROLE"):
            if parts.title and name == "ROLE":
                parts.notes.append(f"Role: {prop.value}")
            else:
                parts.title = str(prop.value)
        elif name == "EMAIL":
            parts.emails.append(LabeledValue(str(prop.value), _label(prop, group_labels)))
        elif name == "TEL":
            parts.phones.append(LabeledValue(str(prop.value), _label(prop, group_labels)))
        elif name == "ADR":
            a = prop.value
            street = "\n".join(
                x for x in (_lines(a.box), _lines(a.extended), _lines(a.street)) if x
            )
            parts.addresses.append(
                AddressValue(
                    label=_label(prop, group_labels),
                    street=street or None,
                    city=_text(a.city) or None,
                    region=_text(a.region) or None,
                    postal_code=_text(a.code) or None,
                    country=_text(a.country) or None,
                )
            )
        elif name == "BDAY":
            parts.birthday = str(prop.value)
        elif name == "NOTE":
            parts.notes.append(str(prop.value))
        elif name == "CATEGORIES":
            values = prop.value if isinstance(prop.value, list) else str(prop.value).split(",")
            parts.tags += [str(v) for v in values]
        elif name == "URL":
            parts.urls.append(str(prop.value))
        elif name == "PHOTO":
            photo, warning = _photo(prop)
            parts.photo = parts.photo or photo
            if warning:
                parts.warnings.append(warning)
                if warning.startswith("photo link"):
                    parts.notes.append(f"Photo: {prop.value}")
        elif name == "UID":
            parts.uid = str(prop.value)
        elif name == "X-CRMDESK-FIELD" and prop.params.get("NAME"):
            parts.custom.append((str(prop.params["NAME"][0]), str(prop.value)))
        elif name not in _HANDLED and not isinstance(prop.value, bytes):
            other.append(f"{prop.name.title()}: {_text(prop.value)}")
    no_person = parts.company and not (parts.given_name or parts.family_name)
    named_as_company = parts.display_name in (None, "", parts.company)
    if no_person and (show_as_company or (named_as_company and not a_person)):
        parts.display_name = None
    if other:
        parts.notes.append("Other vCard fields:\n" + "\n".join(other))
    return parts


def _decode_qp_line(line: str) -> str:
    """Decode a QUOTED-PRINTABLE property with its CHARSET (vobject ignores the charset)."""
    head, sep, value = line.partition(":")
    if not sep or "QUOTED-PRINTABLE" not in head.upper():
        return line
    params = head.split(";")
    charset = "utf-8"
    kept: list[str] = []
    for p in params:
        key, _, val = p.partition("=")
        if key.upper() == "CHARSET":
            charset = val.strip('"') or charset
        elif p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"):
            continue
        else:
            kept.append(p)
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    text = text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n")
    return ";".join(kept) + ":" + text


def _fix_card_text(lines: list[str]) -> str:
    # Blank lines inside a card, QUOTED-PRINTABLE soft breaks and charsets: vobject trips on all.
    out: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if out and out[-1].endswith("=") and "QUOTED-PRINTABLE" in out[-1].upper():
            out[-1] = out[-1][:-1] + line.lstrip()
            continue
        out.append(line)
    return "\r\n".join(_protect_uri_commas(_decode_qp_line(line)) for line in out) + "\r\n"


_URL_LINE = re.compile(r"^(?:[\w-]+\.)?(?:URL|PHOTO|LOGO)[;:]", re.IGNORECASE)
_BARE_COMMA = re.compile(r"(?<!\\),")


def _protect_uri_commas(line: str) -> str:
    # vobject cuts a URI (URL, data: photo) at its first comma (reads a list); URIs are unescaped.
    if not _URL_LINE.match(line):
        return line
    head, _, value = line.partition(":")
    return head + ":" + _BARE_COMMA.sub("\\,", value)


def read_vcards(
    lines: Iterable[tuple[int, str]],
) -> Iterator[tuple[int, ContactParts] | RowProblem]:
    """Parse every card in numbered text lines; a card vobject cannot read becomes a RowProblem."""
    for item in split_cards(lines):
        if isinstance(item, RowProblem):
            yield item
            continue
        start, card_lines = item
        try:
            card = vobject.readOne(_fix_card_text(card_lines), allowQP=True)
            parts = card_to_parts(start, card)
        except Exception as exc:  # vobject raises many kinds of error on bad input
            yield RowProblem(start, f"card could not be read: {exc}".strip())
            continue
        yield start, parts


def is_vcard(text: str) -> bool:
    """True when the start of a decoded file looks like a vCard file."""
    return "BEGIN:VCARD" in text.lstrip("\ufeff")[:4096].upper()


__all__ = ["ReadItem", "card_to_parts", "is_vcard", "read_vcards", "split_cards"]
