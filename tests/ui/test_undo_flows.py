"""Undo of an import or merge when records changed since: the prompt, keep them, undo the rest.

Also the import wizard's error count when there are more errors than it lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.text_fit import cut_off_text

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.importing.report import DETAIL_CAP
from crmdesk.records import ContactDraft
from crmdesk.ui import i18n
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.merge_dialog import DuplicatesDialog
from crmdesk.ui.ops import AppContext
from crmdesk.ui.undo_prompt import SHOWN, ChangedRecord, KeepChangedPrompt

CLICK = Qt.MouseButton.LeftButton


def _names(db: Database) -> set[str]:
    with db.read() as session:
        return {r.display_name for r in contacts.list_contacts(session)}


def _rename(db: Database, name: str, new_name: str) -> None:
    """The user edits a contact (in another window) after the import or merge."""
    with db.write() as session:
        record = next(r for r in contacts.list_contacts(session) if r.display_name == name)
        draft = contacts.get_contact(session, record.id).to_draft()
        contacts.update_contact(session, record.id, _renamed(draft, new_name))


def _renamed(draft: ContactDraft, name: str) -> ContactDraft:
    from dataclasses import replace

    return replace(draft, display_name=name)


def _import(wizard: ImportWizard, qtbot: QtBot, path: Path) -> None:
    qtbot.keyClicks(wizard.path_edit, str(path))
    qtbot.mouseClick(wizard.next_button, CLICK)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    qtbot.mouseClick(wizard.next_button, CLICK)
    assert wizard.pages.currentIndex() == 2
    qtbot.mouseClick(wizard.next_button, CLICK)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)


def test_refused_import_undo_lists_the_changed_contact_and_keeps_it(
    ctx: AppContext, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    i18n.install("en")  # as the app does at start: English plural forms
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email\nAnong Wattana,anong@example.co.th\nBoonmee Sri,boonmee@example.co.th\n"
        "Chai Dee,chai@example.co.th\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _import(wizard, qtbot, csv)
    qtbot.mouseClick(wizard.next_button, CLICK)
    qtbot.waitUntil(wizard.undo_button.isEnabled, timeout=10000)
    assert _names(db) == {"Anong Wattana", "Boonmee Sri", "Chai Dee"}
    _rename(db, "Boonmee Sri", "Boonmee Srisuk")

    qtbot.mouseClick(wizard.undo_button, CLICK)
    qtbot.waitUntil(lambda: wizard.prompt is not None and wizard.prompt.isVisible())
    prompt = wizard.prompt
    assert prompt is not None
    assert prompt.shown_names() == ["Boonmee Srisuk — edited after the import"]
    assert "1 record from this import was changed" in prompt.message.text()
    assert _names(db) == {"Anong Wattana", "Boonmee Srisuk", "Chai Dee"}  # nothing undone yet

    qtbot.mouseClick(prompt.keep_button, CLICK)
    qtbot.waitUntil(lambda: "1 changed records kept" in wizard.result_label.text(), timeout=10000)
    assert "2 records removed" in wizard.result_label.text()
    assert _names(db) == {"Boonmee Srisuk"}
    assert not wizard.undo_button.isEnabled()


def test_cancelling_the_prompt_undoes_nothing(
    ctx: AppContext, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email\nDara Kham,dara@example.co.th\nEk Chai,ek@example.co.th\n", encoding="utf-8"
    )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _import(wizard, qtbot, csv)
    qtbot.mouseClick(wizard.next_button, CLICK)
    qtbot.waitUntil(wizard.undo_button.isEnabled, timeout=10000)
    _rename(db, "Ek Chai", "Ek Chaiyo")
    qtbot.mouseClick(wizard.undo_button, CLICK)
    qtbot.waitUntil(lambda: wizard.prompt is not None and wizard.prompt.isVisible())
    assert wizard.prompt is not None
    qtbot.mouseClick(wizard.prompt.cancel_button, CLICK)
    assert not wizard.prompt.isVisible()
    assert wizard.undo_button.isEnabled()
    ctx.wait()
    assert _names(db) == {"Dara Kham", "Ek Chaiyo"}


def test_merge_undo_over_an_edited_survivor_brings_the_other_back(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    with db.write() as session:
        contacts.add_contact(session, ContactDraft("Kanya Meesuk", title="Buyer"))
        contacts.add_contact(session, ContactDraft("Kanya  Meesuk", title="Owner"))
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.find_button, CLICK)
    qtbot.waitUntil(lambda: dialog.groups.count() == 1)
    dialog.groups.setCurrentRow(0)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    assert dialog.pair is not None
    kept = dialog.pair[0].display_name
    qtbot.mouseClick(dialog.merge_button, CLICK)
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    qtbot.waitUntil(dialog.find_button.isEnabled)
    assert _names(db) == {kept}
    _rename(db, kept, "Kanya Meesuk-Lee")

    qtbot.mouseClick(dialog.undo_button, CLICK)
    qtbot.waitUntil(lambda: dialog.prompt is not None and dialog.prompt.isVisible())
    prompt = dialog.prompt
    assert prompt is not None
    assert prompt.shown_names() == ["Kanya Meesuk-Lee — edited after the merge"]
    assert len(_names(db)) == 1

    qtbot.mouseClick(prompt.keep_button, CLICK)
    qtbot.waitUntil(lambda: "undone" in dialog.message.text(), timeout=10000)
    assert "kept as it is now" in dialog.message.text()
    other = ({"Kanya Meesuk", "Kanya  Meesuk"} - {kept}).pop()
    assert _names(db) == {"Kanya Meesuk-Lee", other}


def test_the_prompt_names_a_few_and_counts_the_rest(qtbot: QtBot) -> None:
    records = [ChangedRecord(f"Contact {i:02d}", "has deals") for i in range(SHOWN + 12)]
    prompt = KeepChangedPrompt("Undo this import", "Changed:", records)
    qtbot.addWidget(prompt)
    assert len(prompt.shown_names()) == SHOWN
    assert prompt.shown_names()[0] == "Contact 00 — has deals"
    assert prompt.more.text() == "and 12 more"


def test_the_wizard_counts_every_error_and_says_the_list_is_shortened(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = DETAIL_CAP + 25
    csv = tmp_path / "mostly-empty.csv"
    good = "".join(f"Fon {i},fon{i}@example.co.th\n" for i in range(30))
    csv.write_text("Name,Email\n" + good + "Gun,gun@example.co.th,extra\n" * bad, encoding="utf-8")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _import(wizard, qtbot, csv)
    assert wizard.report is not None and wizard.report.error_count == bad
    assert f"{bad} rows have errors" in wizard.summary_label.text()
    assert wizard.problems_table.rowCount() == DETAIL_CAP
    assert wizard.shortened_label.isVisible()
    assert wizard.shortened_label.text() == (
        f"Only the first {DETAIL_CAP} of the {bad} errors are listed."
    )
    qtbot.mouseClick(wizard.next_button, CLICK)
    qtbot.waitUntil(wizard.undo_button.isEnabled, timeout=10000)
    assert f"{bad} errors" in wizard.result_label.text()


@pytest.mark.parametrize("code", ["en", "th", "zh_TW", "zh_CN"])
def test_the_prompt_fits_in_every_language(code: str, qtbot: QtBot) -> None:
    from crmdesk.ui.undo_prompt import reason_text

    assert i18n.install(code)
    why = reason_text("edited after the import, has activities, has deals")
    records = [ChangedRecord(f"บริษัท สยามเทรดดิ้ง จำกัด {i}", why) for i in range(SHOWN + 3)]
    prompt = KeepChangedPrompt("Undo this import", "Changed:", records)
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.wait(20)
    assert cut_off_text(prompt.keep_button.parentWidget()) == []
    assert cut_off_text(prompt) == []
