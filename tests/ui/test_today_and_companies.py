"""The Today page completes activities in one click; companies list and open like contacts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import activities, companies, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.records import ContactDraft
from crmdesk.ui.activity_dialog import CompleteDialog
from crmdesk.ui.companies.dialog import CompanyDialog
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.today import TodayPage


def test_today_lists_overdue_calls_and_completes_them_with_an_outcome(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctx = window.ctx
    with ctx.db.write() as s:
        contact = contacts.add_contact(s, ContactDraft(display_name="王小明"))
        activities.schedule(
            s,
            ActivityDraft(
                kind="call",
                regarding="Quote follow-up",
                starts_at=datetime.now(UTC) - timedelta(hours=2),
                contact_id=contact.id,
            ),
        )
        activities.schedule(
            s,
            ActivityDraft(
                kind="meeting",
                regarding="Next month",
                starts_at=datetime.now(UTC) + timedelta(days=40),
                contact_id=contact.id,
            ),
        )
    window.show_page("today")
    page = window.pages["today"]
    assert isinstance(page, TodayPage)
    page.reload()
    qtbot.waitUntil(lambda: len(page.complete_buttons) == 1, timeout=5000)
    item = page.list.topLevelItem(0)
    assert item is not None and item.text(2) == "Quote follow-up" and item.text(3) == "王小明"
    assert "overdue" in page.summary.text()

    button = next(iter(page.complete_buttons.values()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CompleteDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.complete_button.isEnabled, timeout=5000)
    qtbot.keyClicks(dialog.outcome_edit, "Sent the revised quote")
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0, timeout=5000)
    assert "Nothing due" in page.summary.text()

    window.open_record("contact", contact.id)
    view = window.record
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=5000)
    assert view.history.texts()[0][2:] == ["Quote follow-up", "Sent the revised quote"]
    assert [row[3] for row in view.scheduled.texts()] == ["Next month"]


def test_company_made_in_the_dialog_opens_with_its_contacts(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.actions_.new_company.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CompanyDialog)
    qtbot.keyClicks(dialog.name_edit, "Siam Widgets")
    qtbot.keyClicks(dialog.email_edit, "bad address")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["emails[0]"].isVisible()
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "sales@siam.example")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    view = window.record
    assert isinstance(view, CompanyView)
    with window.ctx.db.write() as s:
        company_id = companies.list_companies(s)[0].id
        contacts.add_contact(s, ContactDraft(display_name="Anna Lee", company_id=company_id))
    view.reload()
    qtbot.waitUntil(lambda: view.people.topLevelItemCount() == 1, timeout=5000)
    assert view.name_label.text() == "Siam Widgets"
    with qtbot.waitSignal(window.stack.currentChanged, timeout=5000):
        view.people.activated_id.emit(view.people.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
    assert isinstance(window.record, ContactView)

    window.show_page("companies")
    page = window.pages["companies"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    assert page.model.index(0, 2).data() == "1"  # type: ignore[attr-defined]


def test_deleting_a_company_keeps_its_contacts(window: MainWindow, qtbot: QtBot) -> None:
    with window.ctx.db.write() as s:
        record = contacts.add_contact(
            s, ContactDraft(display_name="Anna Lee", company_name="Lotus Foods")
        )
    window.show_page("companies")
    page = window.pages["companies"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    assert page.model.index(0, 0).data() == "Lotus Foods"  # type: ignore[attr-defined]
    page.delete(record.company_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)  # type: ignore[attr-defined]
    assert window.ctx.run_now(contacts.count_contacts) == 1


def test_today_shows_at_most_a_page_of_buttons(window: MainWindow, qtbot: QtBot) -> None:
    from crmdesk.ui.today import MAX_ROWS

    start = datetime.now(UTC) - timedelta(days=3)
    with window.ctx.db.write() as s:
        activities.schedule_many(
            s,
            [
                ActivityDraft(kind="call", regarding=f"Call {i}", starts_at=start)
                for i in range(MAX_ROWS + 5)
            ],
        )
    page = window.page("today")
    assert isinstance(page, TodayPage)
    page.reload()
    qtbot.waitUntil(lambda: page.total == MAX_ROWS + 5, timeout=10000)
    assert page.list.topLevelItemCount() == MAX_ROWS
    assert page.more_label.isVisible()
    assert f"{MAX_ROWS + 5}" in page.more_label.text()
