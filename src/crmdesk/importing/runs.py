"""Runs: new contacts one after the other, made ready as the JSON text of their table rows.

The planner's ``create`` steps for prepared contacts (``NewContact``, no custom values)
are gathered where the file is read into a ``Run``: each table's rows of the whole run
as one text, the contacts' company ids and search documents included, so the writer
spends no time a contact beyond writing the rows (``importing/batches.py``).

The bundler names the companies itself (those of the database by sort key, passed in;
a new one gets an id the first time the file names it, with the name written there),
and ends a run where the writer's pending contacts are written out - after ``chunk``
contacts, or before an update of a contact still pending - so that the writer writes
at the same points as it would for single contacts. A run never holds more changes
than one outbox transaction may (``tx_changes``).
"""

from __future__ import annotations

import functools
import json
from array import array
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from crmdesk.duplicate_keys import PENDING
from crmdesk.importing import chunk_rows, plan, wire
from crmdesk.importing.model import RowProblem
from crmdesk.importing.plan import Step
from crmdesk.importing.report import DuplicateFound
from crmdesk.importing.wire import NewContact
from crmdesk.tag_names import clean as clean_tags
from crmdesk.text import fold

RUN = "run"
#: A company the bundler named outside a run: ``(id, name, sort key)``, written with the
#: contact that follows.
NEW_COMPANY = "new company"
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
#: How ``_encode`` writes a string (its C function).
_quoted: Callable[[str], str] = json.encoder.encode_basestring


@functools.lru_cache(maxsize=1024)
def _tag_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The folded names of a contact's tags as JSON strings; files repeat the same sets."""
    return tuple(_quoted(fold(name)) for name in clean_tags(names))


def _document_json(row: list[Any]) -> str:
    """A ``search_docs`` row as ``_encode`` writes it (strings, and None for no subtitle)."""
    return "[" + ",".join("null" if v is None else _quoted(v) for v in row) + "]"


class Run(NamedTuple):
    """New contacts in consecutive slots, their rows as JSON text.

    Every text holds comma-separated JSON rows in ``chunk_rows.NEW_*_KEYS`` order, each
    ending in ``chunk_rows.TAIL]`` where the writer's values go (owner, and for contacts
    and notes the times); "" when the run has none.
    """

    first_slot: int
    #: Each contact's line in the file, and its id.
    lines: array[int]
    ids: list[str]
    contacts: str
    emails: str
    phones: str
    addresses: str
    notes: str
    urls: str
    external_ids: str
    #: The tag names the run's contacts carry (the writer makes sure the tags exist).
    tag_names: tuple[str, ...]
    #: ``record_tags`` rows as ``[id, contact_id, folded tag name]``: the writer looks the
    #: tag up by its ``name_key`` (a tag's folded name), as ``tags.link_many`` would.
    record_tags: str
    #: ``PHOTO_KEYS`` rows but their owner: ``(id, contact_id, mime, data)``.
    photos: list[tuple[str, str, str, bytes]]
    #: The contacts' ``search_docs`` rows, complete, as JSON arrays joined by commas.
    documents: str
    #: Companies the run's contacts name first: ``(id, name, sort key)``.
    companies: list[tuple[str, str, str]]
    #: Outbox changes the run counts for (``NewContact.changes``).
    changes: int
    warnings: tuple[RowProblem, ...]
    found: tuple[DuplicateFound, ...]


class _Building:
    """A run being gathered."""

    def __init__(self, first_slot: int) -> None:
        self.first_slot = first_slot
        self.lines = array("I")
        self.ids: list[str] = []
        self.contacts: list[str] = []
        self.emails: list[str] = []
        self.phones: list[str] = []
        self.addresses: list[str] = []
        self.notes: list[str] = []
        self.urls: list[str] = []
        self.external_ids: list[str] = []
        self.tag_names: dict[str, None] = {}
        self.record_tags: list[str] = []
        self.photos: list[tuple[str, str, str, bytes]] = []
        self.documents: list[str] = []
        self.companies: list[tuple[str, str, str]] = []
        self.changes = 0
        self.warnings: list[RowProblem] = []
        self.found: list[DuplicateFound] = []

    def done(self) -> Step:
        run = Run(
            self.first_slot,
            self.lines,
            self.ids,
            ",".join(self.contacts),
            ",".join(self.emails),
            ",".join(self.phones),
            ",".join(self.addresses),
            ",".join(self.notes),
            ",".join(self.urls),
            ",".join(self.external_ids),
            tuple(self.tag_names),
            ",".join(self.record_tags),
            self.photos,
            ",".join(self.documents),
            self.companies,
            self.changes,
            tuple(self.warnings),
            tuple(self.found),
        )
        return (RUN, run, None, None, (), None)


class Bundler:
    """Turns the planner's steps into runs where it can (picklable: it goes to the reader).

    ``companies`` maps the sort key of each live company to its id and stored name;
    ``chunk`` and ``tx_changes`` are the writer's (``batches._CHUNK``, ``_TX_CHANGES``).
    """

    def __init__(
        self,
        companies: dict[str, tuple[str, str]],
        region: str | None,
        chunk: int,
        tx_changes: int,
    ) -> None:
        self.companies = companies
        self.region = region
        self.chunk = chunk
        self.tx_changes = tx_changes
        self.new_id: Callable[[], str] | None = None
        #: Contacts created since the writer last wrote its pending ones, and the first
        #: slot among them.
        self._pending = 0
        self._pending_from = 0

    def bundle(self, steps: Iterator[Step], new_id: Callable[[], str]) -> Iterator[Step]:
        """``steps`` with each stretch of prepared new contacts as ``run`` steps."""
        self.new_id = new_id
        building: _Building | None = None
        for step in steps:
            kind, item, ref = step[0], step[1], step[2]
            if kind == plan.CREATE and isinstance(item, NewContact) and item.document is not None:
                if building is not None and building.changes + item.changes > self.tx_changes:
                    yield building.done()
                    building = None
                if building is None:
                    building = _Building(ref)
                    if self._pending == 0:
                        self._pending_from = ref
                self._add(building, step)
                self._pending += 1
                if self._pending >= self.chunk:
                    yield building.done()
                    building = None
                    self._pending = 0
                continue
            if building is not None:
                yield building.done()
                building = None
            if kind == plan.CREATE:
                if isinstance(item, NewContact) and item.company:
                    known = self.companies.get(item.company_sort_key)
                    if known is None:
                        made = (new_id(), item.company, item.company_sort_key)
                        self.companies[made[2]] = made[:2]
                        yield (NEW_COMPANY, made, None, None, (), None)
                if self._pending == 0:
                    self._pending_from = ref
                self._pending += 1
                if self._pending >= self.chunk:
                    self._pending = 0
            elif kind == plan.UPDATE and self._updates_pending(ref):
                self._pending = 0  # the writer writes its pending contacts first
            yield step
        if building is not None:
            yield building.done()

    def _updates_pending(self, ref: Any) -> bool:
        """Whether an update's contact is one the writer has not written yet."""
        if not (isinstance(ref, str) and ref.startswith(PENDING)) or not self._pending:
            return False
        return int(ref.removeprefix(PENDING)) >= self._pending_from

    def _company(self, item: NewContact, building: _Building) -> tuple[str | None, str | None]:
        """The id and stored name of the contact's company (a new one made the first time)."""
        if not item.company:
            return None, None
        key = item.company_sort_key
        known = self.companies.get(key)
        if known is None:
            assert self.new_id is not None
            known = self.companies[key] = (self.new_id(), item.company)
            building.companies.append((*known, key))
        return known

    def _add(self, building: _Building, step: Step) -> None:
        _kind, item, _ref, _action, warnings, found = step
        cid = item.contact_id
        company_id, company = self._company(item, building)
        building.lines.append(item.line)
        building.ids.append(cid)
        company_json = "null" if company_id is None else _encode(company_id)
        building.contacts.append(f"{item.contact},{company_json},{chunk_rows.TAIL}]")
        for texts, text in (
            (building.emails, item.emails_json),
            (building.phones, item.phones_json),
            (building.addresses, item.addresses_json),
            (building.notes, item.notes_json),
            (building.urls, item.urls_json),
            (building.external_ids, item.external_ids_json),
        ):
            if text:
                texts.append(text)
        if item.tags:
            building.tag_names.update(dict.fromkeys(item.tags))
            assert self.new_id is not None
            contact = _quoted(cid)
            building.record_tags += (
                f'["{self.new_id()}",{contact},{key}]' for key in _tag_keys(item.tags)
            )
        if item.photo:
            building.photos.append(item.photo)
        building.documents.append(_document_json(self._document(item, company)))
        building.changes += item.changes
        building.warnings += warnings
        if found is not None:
            building.found.append(found)

    def _document(self, item: NewContact, company: str | None) -> list[Any]:
        """The contact's ``search_docs`` row, showing its company's stored name.

        Tags are found by their folded name, so a stored tag name folds as the file's
        does: only the company's name can differ from the one the reader worked with.
        """
        ready = item.document
        assert ready is not None
        if ready[0] == company:
            return ["contact", item.contact_id, ready[2], company, *ready[3:]]
        row = item.row
        shown = (company, clean_tags(row[wire.TAGS]))
        return list(chunk_rows.document_of(row, item.contact_id, shown, self.region))
