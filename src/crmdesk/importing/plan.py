"""Deciding what each row of an import does: create, update, skip, or create a company.

The duplicate check (``DuplicateIndex``, loaded from the database and grown with every
contact the import creates) and the user's choices (``ImportOptions``) decide, row by
row in file order; the writer only carries the decisions out (``importing/batches.py``).
The decisions need nothing from the database once the index is loaded, so a large
file's reader process makes them (``importing/reader_process.py``) and the writing
process spends no time a row on the duplicate check.

Each decision is a ``Step`` tuple, cheap to send between processes. A contact the
import creates gets the next slot of the index; a later row that matches it names it
``pending:SLOT`` until the writer has written it (``SlotIds``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from crmdesk.duplicate_keys import DuplicateIndex, IndexSeed, company_key, name_key
from crmdesk.importing import wire
from crmdesk.importing.model import RowProblem
from crmdesk.importing.report import DuplicateAction, DuplicateFound
from crmdesk.importing.wire import NewContact, WireItem
from crmdesk.phones import to_e164
from crmdesk.text import sort_key

#: Step kinds.
ERROR, CREATE, UPDATE, SKIP, COMPANY = "error", "create", "update", "skip", "company"
#: ``(kind, item, ref, action, warnings, duplicate)``: ``item`` the row (a
#: ``NewContact``, a ``ContactRow``, or for ``error`` the ``RowProblem``); ``ref`` the
#: new contact's slot (``create``) or the contact to update (an id or ``pending:SLOT``);
#: ``warnings`` the row's ``RowProblem``s; ``duplicate`` what the report says of a match
#: (a contact of this file named ``pending:SLOT``).
Step = tuple[str, Any, Any, DuplicateAction | None, tuple[RowProblem, ...], DuplicateFound | None]
_UID_SOURCE = "uid"


@dataclass(frozen=True)
class ImportOptions:
    """How to treat rows that match an existing contact: for all, or by line number."""

    on_duplicate: DuplicateAction = "skip"
    decisions: Mapping[int, DuplicateAction] = field(default_factory=dict)
    dry_run: bool = False


class Planner:
    """Decides every row of one import, in file order (picklable: it may go to the reader).

    ``seed`` holds the live contacts' keys; ``company_names`` the sort keys of the live
    companies (a row that names only a company is skipped when it exists); ``is_live``
    the database's answer whether an id is a live contact's (``duplicates.live_contact_check``).
    """

    def __init__(
        self,
        seed: IndexSeed,
        company_names: set[str],
        options: ImportOptions,
        region: str | None,
        is_live: Callable[[str], bool] | None = None,
    ) -> None:
        self.seed = seed
        self.is_live = is_live
        self._index: DuplicateIndex | None = None
        self.first_new = len(seed.ids)
        self.company_names = company_names
        self.on_duplicate = options.on_duplicate
        self.decisions = dict(options.decisions)
        self.region = region

    @property
    def index(self) -> DuplicateIndex:
        """The duplicate index, built from the seed where the rows are decided."""
        if self._index is None:
            self._index = DuplicateIndex.from_seed(self.seed, self.is_live)
        return self._index

    def __getstate__(self) -> dict[str, Any]:
        # To the reader process: the seed, not the index (its hashes are this process's)
        # nor the database check (``from_seed`` checks own ids against the seed there).
        state = self.__dict__.copy()
        state["_index"] = state["is_live"] = None
        return state

    def steps(self, items: Iterable[WireItem]) -> Iterator[Step]:
        """One step a row; a problem the file reading found is an ``error`` step."""
        for item in items:
            yield self.step(item)

    def step(self, item: WireItem) -> Step:
        if isinstance(item, RowProblem):
            return (ERROR, item, None, None, (), None)
        warnings: tuple[RowProblem, ...]
        if isinstance(item, NewContact):
            line, name = item.line, item.display_name
            uid, emails, e164s = item.uid_key, item.emails, item.e164s
            nkey, ckey = item.name_key, item.company_key
            warnings = tuple(RowProblem(line, w) for w in item.warnings)
        else:
            row = item
            line, name = row[wire.LINE], row[wire.DISPLAY]
            warnings = tuple(RowProblem(line, w) for w in row[wire.WARNINGS])
            if row[wire.COMPANY_ONLY]:
                key = sort_key(name)
                if key in self.company_names:
                    skipped = RowProblem(line, f"company '{name}' already exists; skipped")
                    return (SKIP, None, None, None, (*warnings, skipped), None)
                self.company_names.add(key)
                return (COMPANY, row, None, None, warnings, None)
            uid = f"{_UID_SOURCE}:{row[wire.UID]}" if row[wire.UID] else None
            emails = tuple(value for value, _ in row[wire.EMAILS])
            phones, e164s = row[wire.PHONES], tuple(row[wire.E164S])
            if len(e164s) != len(phones):
                e164s = tuple(to_e164(value, self.region) for value, _ in phones)
            nkey, ckey = name_key(name), company_key(row[wire.COMPANY])
        index = self.index
        hit = index.match_keys(uid=uid, emails=emails, e164s=e164s, name=nkey, company=ckey)
        action: DuplicateAction = "create"
        found = None
        if hit is not None:
            default = "update" if hit.reason == "same UID" else self.on_duplicate
            action = self.decisions.get(line, default)
            # The writer names a contact of this file by its id once written, by its
            # line till then (``pending:LINE``): ``pending:SLOT`` here.
            found = DuplicateFound(line, name, hit.contact_id, hit.reason, action)
        if action == "skip":
            return (SKIP, None, None, action, warnings, found)
        if action in ("update", "merge") and hit is not None:
            return (UPDATE, item, hit.contact_id, action, warnings, found)
        slot = index.add_keys(None, uid=uid, emails=emails, e164s=e164s, name=nkey, company=ckey)
        return (CREATE, item, slot, action, warnings, found)


class SlotIds:
    """The ids the writer gave the contacts it created, by their duplicate-index slot.

    16 bytes a contact (an id that is not 32 hex digits is kept aside), so an import's
    memory stays nearly flat; None while a contact waits to be written.
    """

    def __init__(self, first: int) -> None:
        self._first = first
        self._ids = bytearray()
        self._odd: dict[int, str] = {}

    def resolve(self, slot: int, contact_id: str) -> None:
        at = (slot - self._first) * 16
        if len(self._ids) < at + 16:
            self._ids.extend(bytes(at + 16 - len(self._ids)))
        try:
            raw = bytes.fromhex(contact_id)
        except ValueError:
            raw = b""
        if len(raw) == 16 and any(raw) and raw.hex() == contact_id:
            self._ids[at : at + 16] = raw
        else:
            self._odd[slot] = contact_id

    def resolve_run(self, first_slot: int, contact_ids: list[str]) -> None:
        """``resolve`` for contacts in consecutive slots from ``first_slot``."""
        joined = "".join(contact_ids)
        try:
            raw = bytes.fromhex(joined)
        except ValueError:
            raw = b""
        # Each id 32 lower-case hex digits, none all zero (that reads as "not written").
        plain = len(raw) == 16 * len(contact_ids) and raw.hex() == joined
        if not plain or "0" * 32 in contact_ids:
            for slot, contact_id in enumerate(contact_ids, first_slot):
                self.resolve(slot, contact_id)
            return
        at = (first_slot - self._first) * 16
        if len(self._ids) < at:
            self._ids.extend(bytes(at - len(self._ids)))
        self._ids[at : at + len(raw)] = raw

    def contact_id(self, slot: int) -> str | None:
        if slot in self._odd:
            return self._odd[slot]
        at = (slot - self._first) * 16
        raw = self._ids[at : at + 16]
        return raw.hex() if len(raw) == 16 and any(raw) else None
