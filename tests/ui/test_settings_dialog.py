"""The settings dialog stores preferences, pipeline stages and custom fields."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from pytestqt.qtbot import QtBot

from crmdesk import custom_fields, local_settings, opportunities, pipeline
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.ui import prefs
from crmdesk.ui.ops import AppContext
from crmdesk.ui.settings_dialog import SettingsDialog
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", currency="THB")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


@pytest.fixture(autouse=True)
def interface(tmp_path: Path) -> Iterator[QSettings]:
    """This test's own interface preferences (where the shell keeps the language)."""
    previous = prefs._current
    settings = prefs.interface_settings(tmp_path / "interface")
    prefs.use(settings)
    yield settings
    prefs._current = previous


def _dialog(ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    return dialog


def _setting(ctx: AppContext, key: str) -> str | None:
    with ctx.db.read() as s:
        return local_settings.get_value(s, key)


def test_defaults_are_shown(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(ctx, qtbot)
    assert dialog.currency_box.currentText() == "THB"
    assert dialog.backup_edit.time() == QTime(12, 30)
    assert dialog.autolock_spin.value() == 15
    assert dialog.language_box.currentData() == ""
    table = dialog.stages_editor.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Lead",
        "Qualified",
        "Proposal",
        "Negotiation",
        "Commit",
    ]


def test_general_preferences_are_saved(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(ctx, qtbot)
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("繁體中文"))
    be = dialog.date_box.findData("dmy_be")
    assert "23/11/2569" in dialog.date_box.itemText(be)  # the example shows BE years
    dialog.date_box.setCurrentIndex(be)
    dialog.currency_box.setCurrentText("")
    qtbot.keyClicks(dialog.currency_box.lineEdit(), "twd")
    dialog.autolock_spin.setValue(5)
    dialog.backup_edit.setTime(QTime(13, 15))
    with qtbot.waitSignal(dialog.language_changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["zh_TW"]
    assert not dialog.isVisible()
    assert _setting(ctx, "language") == "zh_TW"
    assert _setting(ctx, "date_format") == "dmy_be"
    assert _setting(ctx, "currency") == "TWD"
    assert _setting(ctx, "autolock_minutes") == "5"
    assert _setting(ctx, "backup_time") == "13:15"


def test_language_chosen_before_the_database_is_shown(
    ctx: AppContext, qtbot: QtBot, interface: QSettings
) -> None:
    interface.setValue("language", "th")  # chosen in the first-run wizard
    dialog = _dialog(ctx, qtbot)
    assert dialog.language_box.currentText() == "ไทย"


def test_bad_currency_is_refused_with_a_message(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(ctx, qtbot)
    dialog.currency_box.setCurrentText("baht")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "three-letter" in dialog.general_error.text()
    ctx.wait()
    assert _setting(ctx, "currency") == "THB"


def test_pipeline_stages_are_renamed_reordered_added_and_removed(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _dialog(ctx, qtbot)
    editor = dialog.stages_editor
    editor.table.item(0, 0).setText("Prospect")
    editor.table.setCurrentCell(4, 0)  # Commit
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.table.setCurrentCell(3, 0)  # Negotiation
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.table.item(4, 0).setText("Verbal yes")
    editor.table.cellWidget(4, 1).setValue(95)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        stages = [(st.name, st.probability) for st in pipeline.list_stages(s)]
    assert stages == [
        ("Prospect", 10),
        ("Qualified", 25),
        ("Negotiation", 75),
        ("Proposal", 50),
        ("Verbal yes", 95),
    ]


def test_removing_a_stage_with_open_deals_is_explained(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.db.write() as s:
        opportunities.add_opportunity(
            s, OpportunityDraft("Printers", Money.parse("1", "THB"), stage_id="Commit")
        )
    dialog = _dialog(ctx, qtbot)
    dialog.stages_editor.table.setCurrentCell(4, 0)
    qtbot.mouseClick(dialog.stages_editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Commit" in dialog.general_error.text())
    assert dialog.isVisible()
    with ctx.db.read() as s:
        assert len(pipeline.list_stages(s)) == 5


def test_custom_fields_are_defined_reordered_and_removed(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _dialog(ctx, qtbot)
    editor = dialog.fields_editor
    dialog.tabs.setCurrentWidget(editor)

    def add(name: str, kind: str, choices: str = "") -> None:
        qtbot.keyClicks(editor.name_edit, name)
        editor.type_box.setCurrentIndex(editor.type_box.findData(kind))
        qtbot.keyClicks(editor.choices_edit, choices)
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)

    add("Region", "choice")  # a choice field without choices
    qtbot.waitUntil(lambda: "choices" in editor.error.text())
    add("Region", "choice", "North, South")
    qtbot.waitUntil(lambda: editor.names() == ["Region"])
    add("Fleet size", "number")
    qtbot.waitUntil(lambda: editor.names() == ["Region", "Fleet size"])
    editor.fields.setCurrentRow(1)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.names() == ["Fleet size", "Region"])
    editor.fields.setCurrentRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.names() == ["Fleet size"])
    with ctx.db.read() as s:
        [field] = custom_fields.list_fields(s, "contact")
    assert (field.name, field.field_type) == ("Fleet size", "number")

    editor.entity_box.setCurrentIndex(editor.entity_box.findData("company"))
    qtbot.waitUntil(lambda: editor.names() == [])
