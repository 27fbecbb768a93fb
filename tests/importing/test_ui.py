"""The import wizard and the duplicates dialog, driven like a user would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft, LabeledValue
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.merge_dialog import DuplicatesDialog
from crmdesk.ui.ops import AppContext

from .conftest import DATA


@pytest.fixture
def ctx(db: Database) -> Iterator[AppContext]:
    context = AppContext(db)
    yield context
    context.wait()


def _names(db: Database) -> set[str]:
    with db.read() as session:
        return {r.display_name for r in contacts.list_contacts(session)}


def test_wizard_imports_a_thai_csv_and_undoes_it(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path_edit, str(DATA / "thai-excel-cp874.csv"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    assert wizard.encoding_combo.currentText() == "cp874"
    assert "comma" in wizard.format_label.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2
    assert wizard.mapping_table.item(0, 0).text() == "ชื่อ"
    combo = wizard.mapping_table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox) and combo.currentData() == "given_name"
    qtbot.keyClicks(wizard.new_field, "line_id")
    qtbot.mouseClick(wizard.add_field_button, Qt.MouseButton.LeftButton)
    title = wizard.mapping_table.cellWidget(5, 2)
    assert isinstance(title, QComboBox)
    title.setCurrentIndex(title.findData("custom:line_id"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)
    assert wizard.summary_label.text().startswith("4 will be created, 0 updated")
    assert _names(db) == set()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.undo_button.isEnabled, timeout=10000)
    assert "4 created" in wizard.result_label.text()
    assert "สมชาย ใจดี" in _names(db)
    with db.read() as session:
        somchai = next(r for r in contacts.list_contacts(session) if r.display_name == "สมชาย ใจดี")
        assert contacts.get_contact(session, somchai.id).custom == {"line_id": "ผู้จัดการฝ่ายขาย"}
    qtbot.mouseClick(wizard.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in wizard.result_label.text(), timeout=10000)
    assert _names(db) == set()


def test_wizard_offers_choices_for_duplicates(ctx: AppContext, db: Database, qtbot: QtBot) -> None:
    with db.write() as session:
        contacts.add_contact(
            session, ContactDraft("Old Alice", emails=(LabeledValue("alice@example.com"),))
        )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.path_edit, str(DATA / "ragged.csv"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)
    assert wizard.duplicates_table.rowCount() == 1
    assert wizard.problems_table.item(0, 1).text().startswith("row has 5 fields")
    wizard.all_combo.setCurrentIndex(wizard.all_combo.findData("update"))
    wizard.all_combo.activated.emit(wizard.all_combo.currentIndex())
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.undo_button.isEnabled, timeout=10000)
    assert wizard.report is not None and wizard.report.updated == 1
    assert _names(db) == {"Alice Adams", "Carol Chen", "Dan Dare", "Eve Evans"}


def test_binary_file_is_refused_in_the_wizard(ctx: AppContext, qtbot: QtBot) -> None:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.path_edit, str(DATA / "garbage.bin"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.error_label.text()))
    assert "binary" in wizard.error_label.text()
    assert wizard.pages.currentIndex() == 0


def test_duplicates_dialog_merges_and_undoes(ctx: AppContext, db: Database, qtbot: QtBot) -> None:
    with db.write() as session:
        contacts.add_contact(session, ContactDraft("陳志明", title="經理"))
        contacts.add_contact(session, ContactDraft("陳 志明", title="Sales", given_name="志明"))
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.groups.count() == 1)
    dialog.groups.setCurrentRow(0)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    assert dialog.picks()["given_name"] == "other"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    qtbot.waitUntil(dialog.find_button.isEnabled)
    assert len(_names(db)) == 1
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in dialog.message.text())
    assert _names(db) == {"陳志明", "陳 志明"}
