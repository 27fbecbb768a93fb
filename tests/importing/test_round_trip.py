"""Export then import into an empty database gives the same contacts (hypothesis property)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.db.models import ImportBatchItem
from crmdesk.exporting.gather import ExportContact, iter_contacts
from crmdesk.exporting.service import export_file
from crmdesk.importing.batches import ImportOptions, run_import, undo_batch
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.model import ImportedContact, Photo
from crmdesk.records import AddressValue, ContactDraft, LabeledValue
from crmdesk.vault import Vault

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßøñ"
_THAI = "กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะาิีึืุูเแโใไ่้๊๋็์"
_HAN = "陳林黃張李王吳劉蔡楊志明淑芬大同小伟华"
_PUNCT = ",;:\\\"'&()-./"


def _word(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=8)


_words = st.one_of(_word(_LETTERS), _word(_THAI), _word(_HAN))
_phrase = st.lists(st.one_of(_words, _word(_PUNCT + _LETTERS)), min_size=1, max_size=4).map(
    " ".join
)
_optional = st.none() | _phrase
_label = st.sampled_from([None, "work", "home", "mobile", "other", "fax", "assistant desk"])
_email = st.builds(
    lambda user, host, label: LabeledValue(f"{user}@{host}.example", label),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789._+", min_size=1, max_size=10).filter(
        lambda u: not u.startswith(".") and not u.endswith(".") and ".." not in u
    ),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    _label,
)
_phone = st.builds(
    lambda prefix, rest, label: LabeledValue(f"0{prefix} {rest[:3]} {rest[3:]}", label),
    st.sampled_from(["81", "82", "86", "89", "2"]),
    st.text("0123456789", min_size=7, max_size=7),
    _label,
)
_address = st.builds(
    AddressValue,
    label=_label,
    street=_optional,
    city=_optional,
    region=st.none(),
    postal_code=st.none() | st.text("0123456789", min_size=5, max_size=5),
    country=_optional,
).filter(lambda a: not a.is_empty())
_contact = st.builds(
    lambda name, given_name, family, title, company, emails, phones, addresses, birthday, tags, notes: (  # noqa: E501
        ImportedContact(
            line=0,
            draft=ContactDraft(
                display_name=name,
                given_name=given_name,
                family_name=family,
                title=title,
                company_name=company,
                emails=tuple({e.value: e for e in emails}.values()),
                phones=tuple(phones),
                addresses=tuple(addresses),
                birthday=birthday,
                tags=tuple(sorted(set(tags), key=str.casefold)),
            ),
            notes=tuple(notes),
            urls=("https://example.com/a,b",),
            photo=Photo("image/png", b"\x89PNG\r\n\x1a\n"),
        )
    ),
    _phrase,
    _optional,
    _optional,
    _optional,
    _optional,
    st.lists(_email, max_size=3),
    st.lists(_phone, max_size=3),
    st.lists(_address, max_size=2),
    st.none() | st.dates(date(1900, 1, 1), date(2020, 12, 31)) | st.just(date(1604, 2, 29)),
    st.lists(_word(_LETTERS + _THAI), max_size=3),
    st.lists(_phrase, max_size=2),
)


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory, vault_template: tuple[Path, bytes]
) -> Iterator[tuple[Database, Database, Path]]:
    base = tmp_path_factory.mktemp("roundtrip")
    shutil.copytree(vault_template[0], base / "a")
    shutil.copytree(vault_template[0], base / "b")
    source = Database(Vault(base / "a").db_path, vault_template[1])
    target = Database(Vault(base / "b").db_path, vault_template[1])
    yield source, target, base
    source.close()
    target.close()


def _comparable(c: ExportContact) -> tuple[object, ...]:
    return (
        c.display_name,
        c.given_name,
        c.family_name,
        c.title,
        c.company_name,
        c.emails,
        c.phones,
        c.addresses,
        c.birthday_iso,
        tuple(sorted(c.tags)),
        c.notes,
        c.urls,
        c.photo,
        c.custom,
    )


def _add(db: Database, items: list[ImportedContact]) -> list[str]:
    from crmdesk import local_settings
    from crmdesk.db.models import ImportBatch
    from crmdesk.importing.batches import _Writer

    with db.write() as session:
        batch = ImportBatch(source_name="test", file_format="test")
        session.add(batch)
        session.flush()
        writer = _Writer(session, batch.id, local_settings.local_user_id(session), db.clock)
        slots = []
        for slot, item in enumerate(items):
            writer.create(slot, item)
            slots.append(slot)
        writer.flush()
        return [str(writer.index.contact_id(slot)) for slot in slots]


@pytest.mark.parametrize(("fmt", "option"), [("vcard", "3.0"), ("vcard", "4.0"), ("csv", "google")])
def test_export_then_import_gives_the_same_contacts(
    pair: tuple[Database, Database, Path], fmt: str, option: str
) -> None:
    source, target, base = pair

    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-imports: too slow
    )
    @given(st.lists(_contact, min_size=1, max_size=3))
    def check(items: list[ImportedContact]) -> None:
        if fmt == "csv":
            # Google's CSV has no photo column and one Notes column.
            items = [
                ImportedContact(0, i.draft, ("\n\n".join(i.notes),) if i.notes else (), i.urls)
                for i in items
            ]
        ids = _add(source, items)
        path = base / f"out.{fmt}"
        with source.read() as session:
            export_file(session, path, fmt, ids=ids, vcard_version=option, csv_layout="google")  # type: ignore[arg-type]
            expected = sorted((_comparable(c) for c in iter_contacts(session, ids)), key=repr)
        report = run_import(target, inspect_file(path), ImportOptions(on_duplicate="create"))
        assert not report.errors, report.errors
        assert report.batch_id
        with target.write() as session:
            new_ids = list(
                session.scalars(
                    select(ImportBatchItem.entity_id).where(
                        ImportBatchItem.batch_id == report.batch_id,
                        ImportBatchItem.entity == "contact",
                    )
                )
            )
            got = sorted((_comparable(c) for c in iter_contacts(session, new_ids)), key=repr)
            undo_batch(session, report.batch_id)
        with source.write() as session:
            contacts.delete_contacts(session, ids)
        for g, e in zip(got, expected, strict=True):
            diff = [(i, x, y) for i, (x, y) in enumerate(zip(g, e, strict=True)) if x != y]
            assert not diff, diff

    check()
