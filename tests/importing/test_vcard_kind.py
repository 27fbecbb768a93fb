"""A person whose name is also their company's name survives a vCard round trip as a person.

Readers take a card named as its company, with no given or family name, for a company
card; the export marks such a person ``KIND:individual`` and the import honours it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk import contacts
from crmdesk.exporting.gather import iter_contacts
from crmdesk.exporting.service import export_file
from crmdesk.importing.batches import ImportOptions, run_import
from crmdesk.importing.detect import inspect_file
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_person_named_like_their_company_stays_a_person(tmp_path: Path, version: str) -> None:
    source = Vault(tmp_path / "a").init(PASSPHRASE, user_name="a")
    target = Vault(tmp_path / "b").init(PASSPHRASE, user_name="b")
    try:
        with source.write() as s:
            draft = ContactDraft(
                display_name="李林",
                company_name="李林",
                emails=(LabeledValue("li@example.com", None),),
            )
            cid = contacts.add_contact(s, draft).id
        path = tmp_path / "out.vcf"
        with source.read() as s:
            export_file(s, path, "vcard", ids=[cid], vcard_version=version)  # type: ignore[arg-type]
        assert "KIND:individual" in path.read_text(encoding="utf-8")
        report = run_import(target, inspect_file(path), ImportOptions(on_duplicate="create"))
        assert report.created == 1, report
        with target.read() as s:
            ids = [c.id for c in contacts.list_contacts(s, limit=10)]
            (got,) = list(iter_contacts(s, ids))
        assert (got.display_name, got.company_name) == ("李林", "李林")
    finally:
        source.close()
        target.close()


def test_a_card_marked_as_an_organisation_is_a_company(tmp_path: Path) -> None:
    path = tmp_path / "org.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Siam Trading\r\nORG:Siam Trading\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    target = Vault(tmp_path / "b").init(PASSPHRASE, user_name="b")
    try:
        report = run_import(target, inspect_file(path), ImportOptions())
        assert (report.created, report.companies_created) == (0, 1), report
    finally:
        target.close()
