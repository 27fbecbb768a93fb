"""Short (1-2 character) queries through the padded-keys trigram table, and its upkeep."""

from __future__ import annotations

from crmdesk import contacts, search
from crmdesk.db.engine import Database
from crmdesk.db.migrate import downgrade, upgrade_to_head
from crmdesk.records import ContactDraft


def _ids(db: Database, query: str, limit: int = 200) -> set[str]:
    with db.read() as s:
        return {h.id for h in search.search(s, query, limit)}


def test_short_queries_find_characters_at_the_very_end_of_a_name(db: Database) -> None:
    with db.write() as s:
        wang = contacts.add_contact(s, ContactDraft("王小明")).id
        thai = contacts.add_contact(s, ContactDraft("สมชาย ใจดี")).id
        fang = contacts.add_contact(s, ContactDraft("芳")).id
    assert wang in _ids(db, "小明") and wang in _ids(db, "明")
    assert thai in _ids(db, "ใจ") and thai in _ids(db, "ดี")
    assert fang in _ids(db, "芳")
    assert _ids(db, "明小") == set()


def test_short_queries_follow_renames_and_deletes(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("Qx Old")).id
    assert cid in _ids(db, "qx")
    with db.write() as s:
        contacts.update_contact(s, cid, ContactDraft("Zv New"))
    assert cid not in _ids(db, "qx") and cid in _ids(db, "zv")
    with db.write() as s:
        contacts.delete_contact(s, cid)
    assert cid not in _ids(db, "zv")


def test_common_short_queries_take_the_scan_path_and_find_everything(db: Database) -> None:
    names = [f"Ω{chr(0x3041 + n)}{chr(0x30A1 + n)}" for n in range(70)]  # 70 distinct trigrams
    with db.write() as s:
        ids = set(contacts.add_contacts(s, [ContactDraft(n) for n in names]))
    assert ids <= _ids(db, "ω", limit=500)
    with db.read() as s:
        assert search._short_terms(s.connection(), "ω") is None  # too common: scanned
        assert search._short_terms(s.connection(), "ωぁ") == ["ωぁァ"]


def test_upgrading_an_older_database_indexes_its_documents(db: Database) -> None:
    with db.write() as s:
        cid = contacts.add_contact(s, ContactDraft("陳淑芬")).id
    with db.engine.connect() as conn:
        downgrade(conn, "0004")
    with db.engine.connect() as conn:
        upgrade_to_head(conn)
    assert cid in _ids(db, "淑芬")
