"""Notes: attached to live records only, newest first, tombstoned on delete, in search."""

from __future__ import annotations

import pytest

from crmdesk import activities, contacts, notes, search
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.records import ContactDraft
from crmdesk.validation import NotFound


def test_notes_list_newest_first_and_edit_and_delete(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Nora Notes")).id
        first = notes.add_note(s, "contact", cid, "  first call  ")
        second = notes.add_note(s, "contact", cid, "ส่งใบเสนอราคาแล้ว")
    assert first.body == "first call"
    with db.write() as s:
        assert [n.id for n in notes.notes_of(s, "contact", cid)] == [second.id, first.id]
        notes.edit_note(s, first.id, "first call, went well")
        notes.delete_note(s, second.id)
    with db.read() as s:
        assert [n.body for n in notes.notes_of(s, "contact", cid)] == ["first call, went well"]
        with pytest.raises(NotFound):
            notes.delete_note(s, second.id)


def test_note_text_is_searchable_until_deleted(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Sam Search")).id
        note = notes.add_note(s, "contact", cid, "wants the blue gizmotron")
    with db.read() as s:
        assert [h.id for h in search.search(s, "gizmotron")] == [cid]
    with db.write() as s:
        notes.delete_note(s, note.id)
    with db.read() as s:
        assert search.search(s, "gizmotron") == []


def test_note_on_a_missing_or_deleted_record_is_refused(db: Database) -> None:
    with db.write() as s:
        gone = contacts.add_contact(s, ContactDraft("Gone Soon")).id
        contacts.delete_contact(s, gone)
    with db.write() as s:
        with pytest.raises(NotFound, match="No contact with id nosuchid"):
            notes.add_note(s, "contact", "nosuchid", "hello")
        with pytest.raises(NotFound, match=f"No contact with id {gone}"):
            notes.add_note(s, "contact", gone, "hello")
        with pytest.raises(NotFound, match="No activity"):
            notes.add_note(s, "activity", "nosuchid", "hello")


def test_note_needs_text_and_a_known_kind_of_record(db: Database) -> None:
    with db.write() as s:
        act = activities.schedule(s, activities.ActivityDraft("todo", "Write proposal"))
        assert notes.add_note(s, "activity", act.id, "draft v1").entity == "activity"
        with pytest.raises(CrmError, match="A note cannot be empty"):
            notes.add_note(s, "activity", act.id, "   ")
        with pytest.raises(CrmError, match="Notes go on contact, company"):
            notes.add_note(s, "invoice", act.id, "x")
