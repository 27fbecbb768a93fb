"""Small service-level actions used by the sync tests (a user typing in the app)."""

from __future__ import annotations

from dataclasses import replace

from crmdesk import contacts, notes
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue


def add_contact(db: Database, name: str, email: str | None = None) -> str:
    with db.write() as session:
        draft = ContactDraft(
            display_name=name, emails=(LabeledValue(email, "work"),) if email else ()
        )
        return contacts.add_contact(session, draft).id


def _draft(db: Database, contact_id: str) -> ContactDraft:
    with db.read() as session:
        rec = contacts.get_contact(session, contact_id)
    return ContactDraft(
        display_name=rec.display_name,
        given_name=rec.given_name,
        family_name=rec.family_name,
        title=rec.title,
        company_id=rec.company_id,
    )


def edit_contact(db: Database, contact_id: str, **changes: str | None) -> None:
    draft = replace(_draft(db, contact_id), **changes)  # type: ignore[arg-type]
    with db.write() as session:
        contacts.update_contact(session, contact_id, draft)


def delete_contact(db: Database, contact_id: str) -> None:
    with db.write() as session:
        contacts.delete_contact(session, contact_id)


def field(db: Database, table: str, row_id: str, column: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)
        ).scalar()


def add_note(db: Database, contact_id: str, body: str) -> str:
    with db.write() as session:
        return notes.add_note(session, "contact", contact_id, body).id


def edit_note(db: Database, note_id: str, body: str) -> None:
    with db.write() as session:
        notes.edit_note(session, note_id, body)
