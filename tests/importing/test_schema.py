"""The import/merge tables of revision 0003 exist, downgrade cleanly and accept their rows."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk.contacts import add_contact
from crmdesk.db.engine import Database
from crmdesk.db.migrate import downgrade, upgrade_to_head
from crmdesk.db.models import ContactPhoto, ExternalId, ImportBatch, ImportBatchItem
from crmdesk.records import ContactDraft

NEW_TABLES = {
    "import_batches",
    "import_batch_items",
    "merge_journal",
    "saved_mappings",
    "contact_photos",
    "contact_urls",
    "external_ids",
}


def _tables(db: Database) -> set[str]:
    with db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        return {r[0] for r in rows}


def test_revision_0003_creates_and_drops_its_tables(db: Database) -> None:
    assert _tables(db) >= NEW_TABLES
    with db.engine.connect() as conn:
        downgrade(conn, "0002")
    assert not NEW_TABLES & _tables(db)
    with db.engine.connect() as conn:
        upgrade_to_head(conn)
    assert _tables(db) >= NEW_TABLES


def test_photo_and_external_id_belong_to_a_contact(db: Database) -> None:
    with db.write() as session:
        cid = add_contact(session, ContactDraft(display_name="Somchai")).id
        session.add(ContactPhoto(contact_id=cid, owner_id="o", mime="image/jpeg", data=b"\xff\xd8"))
        session.add(ExternalId(source="vcard", external_id="uid-1", contact_id=cid, owner_id="o"))
        batch = ImportBatch(source_name="a.vcf", file_format="vcard")
        session.add(batch)
        session.flush()
        session.add(
            ImportBatchItem(batch_id=batch.id, entity="contacts", entity_id=cid, action="created")
        )
    with db.read() as session:
        photo = session.scalars(select(ContactPhoto)).one()
        assert photo.data == b"\xff\xd8"
        assert session.scalars(select(ExternalId.contact_id)).one() == cid
