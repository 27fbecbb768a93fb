"""The company record's header is edited in place like the contact's, with the same checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import companies
from crmdesk.records import CompanyDraft, LabeledValue
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.main_window import MainWindow


def _open(window: MainWindow, qtbot: QtBot) -> CompanyView:
    with window.ctx.db.write() as s:
        company = companies.add_company(
            s,
            CompanyDraft(
                name="Siam Printing Co., Ltd.",
                phones=(LabeledValue("02 123 4567", "work"), LabeledValue("02 765 4321", "fax")),
            ),
        )
    window.open_record("company", company.id)
    view = window.record
    assert isinstance(view, CompanyView)
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=5000)
    return view


def test_company_name_website_and_phone_are_edited_in_place(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _open(window, qtbot)
    qtbot.mouseClick(view.edit_here_button, Qt.MouseButton.LeftButton)
    editor = view.header_editor
    assert editor.isVisible() and not view.header.isVisible()
    assert editor.phone_edit.text() == "02 123 4567"
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Siam Print & Pack")
    qtbot.keyClicks(editor.website_edit, "siamprint.co.th")
    editor.phone_edit.clear()
    qtbot.keyClicks(editor.phone_edit, "02 555 0000")
    qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(view.header.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: view.name_label.text() == "Siam Print & Pack", timeout=5000)
    assert "siamprint.co.th" in view.details_label.text()
    record = view.bundle.record  # type: ignore[union-attr]
    assert [(p.number, p.label) for p in record.phones] == [
        ("02 555 0000", "work"),
        ("02 765 4321", "fax"),  # the number the header has no box for is kept
    ]


def test_a_bad_company_phone_in_place_is_shown_under_the_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _open(window, qtbot)
    qtbot.mouseClick(view.edit_here_button, Qt.MouseButton.LeftButton)
    editor = view.header_editor
    editor.phone_edit.clear()
    qtbot.keyClicks(editor.phone_edit, "12")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["phones[0]"].isVisible() and editor.isVisible()
    qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Escape)
    assert view.header.isVisible()
    window.ctx.wait()
    with window.ctx.db.read() as s:
        assert companies.get_company(s, view.company_id).phones[0].number == "02 123 4567"
