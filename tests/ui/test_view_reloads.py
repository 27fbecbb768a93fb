"""A record view reloaded while its first load is still out shows the newer answer.

Answers come back from the thread pool in any order. Seen in the full suite: a company
view's first load (no contacts yet) arrived after the reload that found its new
contact, and the view showed no contacts.
"""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from crmdesk import companies, contacts
from crmdesk.records import CompanyDraft, ContactDraft
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow

_ROUNDS = 25


def test_a_company_view_shows_its_newest_load(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    with ctx.db.write() as s:
        company_id = companies.add_company(s, CompanyDraft(name="Siam Widgets")).id
    shown: list[int] = []
    for n in range(_ROUNDS):
        view = CompanyView(ctx, company_id)  # its first load goes out now
        qtbot.addWidget(view)
        with ctx.db.write() as s:
            contacts.add_contact(s, ContactDraft(display_name=f"Person {n}", company_id=company_id))
        view.reload()
        assert ctx.wait(10_000)
        qtbot.wait(5)  # answers are delivered on the UI thread
        shown.append(view.people.topLevelItemCount())
    assert shown == list(range(1, _ROUNDS + 1))


def test_a_contact_view_shows_its_newest_load(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    with ctx.db.write() as s:
        contact_id = contacts.add_contact(s, ContactDraft(display_name="Anna Lee")).id
    titles: list[str | None] = []
    for n in range(_ROUNDS):
        view = ContactView(ctx, contact_id)
        qtbot.addWidget(view)
        with ctx.db.write() as s:
            draft = contacts.get_contact(s, contact_id).to_draft()
            contacts.update_contact(s, contact_id, replace(draft, title=f"T{n}"))
        view.reload()
        assert ctx.wait(10_000)
        qtbot.wait(5)
        assert view.bundle is not None
        titles.append(view.bundle.record.title)
    assert titles == [f"T{n}" for n in range(_ROUNDS)]
