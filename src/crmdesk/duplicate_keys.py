"""Duplicate keys and the in-memory duplicate index: what matching needs, without the database.

Matching uses blocking keys (an exact key per rule) so both the import check and the
whole-database search are dictionary look-ups, never a comparison of every pair. This
module imports no database code: an import's reader process builds its index here from
an ``IndexSeed`` (``duplicates.read_seed`` reads one) and starts in a fraction of the time.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from crmdesk.key_table import KeyTable
from crmdesk.text import fold

_HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "jr",
    "sr",
    "ii",
    "iii",
    "คุณ",
    "นาย",
    "นาง",
    "นางสาว",
    "น.ส.",
    "ดร.",
    "ดร",
    "先生",
    "小姐",
    "女士",
    "太太",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_PUNCT = re.compile(r"[\s.,'\"()\-_/]+")
_THAI_PREFIXES = ("นางสาว", "นาย", "นาง", "คุณ", "ดร.")
_CJK_SUFFIXES = ("先生", "小姐", "女士", "太太")
_LEGAL_WORDS = ("บริษัท", "จำกัด", "(มหาชน)", "มหาชน", "ห้างหุ้นส่วน", "股份", "有限", "公司")
# Matched in folded text, where compatibility normalisation splits Thai sara am (จำกัด).
_COMPANY_WORDS = re.compile(
    r"\b(co|ltd|limited|inc|corp|corporation|gmbh|llc|plc|company|the)\b|"
    + "|".join(re.escape(fold(w)) for w in _LEGAL_WORDS)
)


@functools.lru_cache(maxsize=4096)
def name_key(
    display_name: str | None,
    given: str | None = None,
    family: str | None = None,
    *,
    folded: bool = False,
) -> str:
    """A key equal for the same person written differently.

    Case, accents, titles and word order do not count; Thai and Chinese names, written
    without spaces (Chinese family name first), compare with spaces removed. ``folded``
    says the text is already folded (a stored sort key), which saves the work at 100k rows.
    """
    text = display_name or " ".join(x for x in (given, family) if x)
    text = (text if folded else fold(text)).strip()
    if not text:
        return ""
    if _CJK.search(text) or _THAI.search(text):
        for prefix in _THAI_PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix) + 1:
                text = text[len(prefix) :]
        for suffix in _CJK_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix) + 1:
                text = text[: -len(suffix)]
        return _PUNCT.sub("", text)
    words = [w for w in _PUNCT.split(text) if w and w not in _HONORIFICS]
    return " ".join(sorted(words))


@functools.lru_cache(maxsize=4096)
def company_key(name: str | None, *, folded: bool = False) -> str:
    """A company name without legal forms, spaces and case."""
    text = (name or "") if folded else fold(name or "")
    return _PUNCT.sub("", _COMPANY_WORDS.sub(" ", text))


#: How a hit on a contact not yet written names it: ``pending:SLOT``.
PENDING = "pending:"
_NO_ID = bytes(16)


def email_key(address: str) -> str:
    return address.strip().lower()


@dataclass(frozen=True)
class DuplicateHit:
    """An existing contact that matches, and why."""

    contact_id: str
    reason: str


@dataclass(frozen=True)
class IndexSeed:
    """The live contacts' duplicate keys as read from the database, as plain strings.

    What a ``DuplicateIndex`` is built from. Unlike the index (whose ``KeyTable``s hold
    ``hash()`` values, which differ from process to process) it can be sent to another
    process: an import's reader builds its own index from it. Each of ``names``,
    ``uids``, ``emails`` and ``phones`` holds keys and the slot (position in ``ids``)
    of the contact each belongs to.
    """

    ids: list[str]
    company_keys: list[str]
    names: tuple[list[str], array[int]]
    uids: tuple[list[str], array[int]]
    emails: tuple[list[str], array[int]]
    phones: tuple[list[str], array[int]]


class DuplicateIndex:
    """Blocking-key look-ups over live contacts; new contacts can be added as they are created.

    Every contact has a slot (a small integer); the keys live in ``KeyTable``s (about 16
    bytes a key, not a dict of strings), so an import's memory stays nearly flat. A
    contact added before it is written gets its id later (``resolve``); until then a
    hit on it names it ``pending:SLOT``.
    """

    def __init__(self, is_live: Callable[[str], bool] | None = None) -> None:
        # Ids as 16 raw bytes a slot (all zero while the contact waits to be written);
        # an id that is not 32 hex digits goes to ``_odd_ids``.
        self._ids = bytearray()
        self._odd_ids: dict[int, str] = {}
        self._companies = array("I")  # 4 bytes a contact: company numbers are small
        self._company_numbers: dict[str, int] = {"": 0}
        self._company_keys: list[str] = [""]
        self.by_uid = KeyTable()
        self.by_email = KeyTable()
        self.by_phone = KeyTable()
        self.by_name = KeyTable()
        self._is_live = is_live

    @classmethod
    def from_seed(
        cls, seed: IndexSeed, is_live: Callable[[str], bool] | None = None
    ) -> DuplicateIndex:
        """The index of the contacts ``seed`` holds.

        Without ``is_live``, a card's UID that is a contact's own id (an export of
        crmdesk's) is looked for among the seed's contacts: those live when it was read.
        """
        index = cls(is_live)
        for cid, ckey in zip(seed.ids, seed.company_keys, strict=True):
            index._new_slot(cid, ckey)
        for table, (keys, slots) in (
            (index.by_name, seed.names),
            (index.by_uid, seed.uids),
            (index.by_email, seed.emails),
            (index.by_phone, seed.phones),
        ):
            for key, slot in zip(keys, slots, strict=True):
                table.add(key, slot)
        if is_live is None:
            known: set[str] | None = None

            def among_seed(contact_id: str) -> bool:
                nonlocal known
                if known is None:  # built when a file first has such a UID
                    known = set(seed.ids)
                return contact_id in known

            index._is_live = among_seed
        return index

    def _new_slot(self, contact_id: str | None, ckey: str) -> int:
        number = self._company_numbers.get(ckey)
        if number is None:
            number = self._company_numbers[ckey] = len(self._company_keys)
            self._company_keys.append(ckey)
        slot = len(self._companies)
        self._companies.append(number)
        self._ids += _NO_ID
        if contact_id is not None:
            self.resolve(slot, contact_id)
        return slot

    def add(
        self,
        contact_id: str | None,
        *,
        uid: str | None,
        emails: Iterable[str],
        e164s: Iterable[str | None],
        display_name: str,
        company: str | None,
    ) -> int:
        """Index a contact (``contact_id`` None while it waits to be written); its slot."""
        return self.add_keys(
            contact_id,
            uid=uid,
            emails=emails,
            e164s=e164s,
            name=name_key(display_name),
            company=company_key(company),
        )

    def add_keys(
        self,
        contact_id: str | None,
        *,
        uid: str | None,
        emails: Iterable[str],
        e164s: Iterable[str | None],
        name: str,
        company: str,
    ) -> int:
        """``add`` with the name's ``name_key`` and the company's ``company_key`` given."""
        slot = self._new_slot(contact_id, company)
        if uid:
            self.by_uid.add(uid, slot)
        for e in emails:
            self.by_email.add(email_key(e), slot)
        for p in e164s:
            if p:
                self.by_phone.add(p, slot)
        if name:
            self.by_name.add(name, slot)
        return slot

    def resolve(self, slot: int, contact_id: str) -> None:
        """The contact in ``slot`` was written with this id."""
        try:
            raw = bytes.fromhex(contact_id)
        except ValueError:
            raw = b""
        if len(raw) == 16 and raw != _NO_ID and raw.hex() == contact_id:
            self._ids[slot * 16 : slot * 16 + 16] = raw
        else:
            self._odd_ids[slot] = contact_id

    def __len__(self) -> int:
        """How many contacts (slots) the index holds."""
        return len(self._companies)

    def contact_id(self, slot: int) -> str | None:
        """The id of the contact in ``slot``; None while it waits to be written."""
        if slot in self._odd_ids:
            return self._odd_ids[slot]
        raw = self._ids[slot * 16 : slot * 16 + 16]
        return None if raw == _NO_ID else raw.hex()

    def _hit(self, slot: int, reason: str) -> DuplicateHit:
        cid = self.contact_id(slot)
        return DuplicateHit(cid if cid is not None else f"{PENDING}{slot}", reason)

    def match(
        self,
        *,
        uid: str | None,
        emails: Sequence[str],
        e164s: Sequence[str | None],
        display_name: str,
        company: str | None,
    ) -> DuplicateHit | None:
        """The first existing contact with the same UID, email, phone, or name and company."""
        return self.match_keys(
            uid=uid,
            emails=emails,
            e164s=e164s,
            name=name_key(display_name),
            company=company_key(company),
        )

    def match_keys(
        self,
        *,
        uid: str | None,
        emails: Sequence[str],
        e164s: Sequence[str | None],
        name: str,
        company: str,
    ) -> DuplicateHit | None:
        """``match`` with the name's ``name_key`` and the company's ``company_key`` given."""
        if uid and (slot := self.by_uid.first(uid)) is not None:
            return self._hit(slot, "same UID")
        own = uid.partition(":")[2] if uid else ""
        if own and self._is_live is not None and self._is_live(own):
            # A card crmdesk exported carries the contact's own id as its UID.
            return DuplicateHit(own, "same UID")
        for e in emails:
            if (slot := self.by_email.first(email_key(e))) is not None:
                return self._hit(slot, f"same email {e}")
        for p in e164s:
            if p and (slot := self.by_phone.first(p)) is not None:
                return self._hit(slot, f"same phone {p}")
        if name:
            for slot in self.by_name.values(name):
                other = self._company_keys[self._companies[slot]]
                if not company or not other or company == other:
                    reason = "same name" + (" and company" if company and other else "")
                    return self._hit(slot, reason)
        return None
