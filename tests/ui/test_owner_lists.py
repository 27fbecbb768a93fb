"""The contact list's owner scope, bulk delete and "Reassign to…" for a rep, a manager and in
single-user mode (real list, real encrypted database, directories as a sync stores them)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from pytestqt.qtbot import QtBot
from tests.ui import owner_directories as dirs

from crmdesk import companies, contacts
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.owners import Scope
from crmdesk.records import CompanyDraft, ContactDraft
from crmdesk.ui.companies.table import CompaniesPage
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.ops import AppContext

WAIT = 10000
OUTSIDER = "f" * 32  # shared with me, owned outside my team


def _contacts(db: Database, owners: list[str]) -> list[str]:
    with db.write() as s:
        return [
            contacts.add_contact(s, ContactDraft(f"Person {i:02d}", owner_id=o)).id
            for i, o in enumerate(owners)
        ]


def _page(ctx: AppContext, qtbot: QtBot) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.apply_changes)  # as the main window does
    page.resize(900, 400)
    page.show()
    qtbot.waitUntil(lambda: page.owner_box.choices is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: page.rights.choices is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total > 0, timeout=WAIT)
    return page


def _select(page: ContactsPage, first: int, last: int) -> None:
    page.table.clearSelection()
    model = page.model
    rows = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    page.table.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.Select)


def test_a_manager_filters_mine_or_my_team(ctx: AppContext, db: Database, qtbot: QtBot) -> None:
    me = dirs.as_manager(db)
    _contacts(db, [me, me, dirs.REP_A, OUTSIDER])
    page = _page(ctx, qtbot)
    assert not page.owner_box.isHidden()
    assert page.owner_box.scope() is Scope.TEAM
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=WAIT)
    page.owner_box.choose(Scope.MINE)
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT)
    assert page.model.state.owner_ids == {me}


def test_a_rep_may_delete_a_few_but_not_in_bulk_and_may_not_reassign(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_rep(db)
    _contacts(db, [me] * 12)
    page = _page(ctx, qtbot)
    assert page.owner_box.isHidden()
    _select(page, 0, 2)
    assert page.delete_action.isEnabled()
    _select(page, 0, 11)
    assert not page.delete_action.isEnabled()
    assert "Delete in bulk" in page.delete_action.toolTip()
    assert page.reassign_action.isVisible() and not page.reassign_action.isEnabled()
    assert "Reassign records" in page.reassign_action.toolTip()
    assert page.reassign_action in page.table.actions()  # the context menu shows why


def test_a_manager_reassigns_selected_contacts_from_the_list(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_manager(db)
    ids = _contacts(db, [me] * 12)
    page = _page(ctx, qtbot)
    _select(page, 0, 11)
    assert page.delete_action.isEnabled()  # a manager may delete in bulk
    _select(page, 0, 1)
    assert page.reassign_action.isEnabled()
    page.reassign_action.trigger()
    qtbot.waitUntil(lambda: page.reassign_action.dialog is not None, timeout=WAIT)
    dialog = page.reassign_action.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.people.count() == 3, timeout=WAIT)
    dialog.choose(dirs.REP_B)
    with qtbot.waitSignal(dialog.reassigned, timeout=WAIT) as moved:
        dialog.ok_button.click()
    assert moved.args == [2]
    with db.read() as s:
        owners = {s.get(Contact, i).owner_id for i in ids[:2]}  # type: ignore[union-attr]
    assert owners == {dirs.REP_B}


def test_single_user_list_has_no_scope_or_reassign_and_deletes_in_bulk(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    _contacts(db, [dirs.me(db)] * 12)
    page = _page(ctx, qtbot)
    assert page.owner_box.isHidden()
    assert not page.reassign_action.isVisible()
    _select(page, 0, 11)
    assert page.delete_action.isEnabled()


def _companies(db: Database, owners: list[str]) -> None:
    with db.write() as s:
        for i, owner in enumerate(owners):
            companies.add_company(s, CompanyDraft(f"Company {i:02d}", owner_id=owner))


def _companies_page(ctx: AppContext, qtbot: QtBot) -> CompaniesPage:
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitUntil(lambda: page.owner_box.choices is not None, timeout=WAIT)
    return page


def test_a_managers_company_list_follows_the_scope(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_manager(db)
    _companies(db, [me, dirs.REP_A, OUTSIDER])
    page = _companies_page(ctx, qtbot)
    assert not page.owner_box.isHidden()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT)
    page.owner_box.choose(Scope.MINE)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Company 00", timeout=WAIT)


def test_single_user_company_list_shows_everything_without_a_scope(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    _companies(db, [dirs.me(db), dirs.me(db)])
    page = _companies_page(ctx, qtbot)
    assert page.owner_box.isHidden()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=WAIT)


def test_a_manager_reassigns_the_current_company_and_a_rep_may_not(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_manager(db)
    _companies(db, [me])
    page = _companies_page(ctx, qtbot)
    qtbot.waitUntil(lambda: page.rights.choices is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Company 00", timeout=WAIT)
    assert not page.reassign_action.isEnabled()  # nothing current yet
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.reassign_action.isEnabled()
    page.reassign_action.trigger()
    qtbot.waitUntil(lambda: page.reassign_action.dialog is not None, timeout=WAIT)
    dialog = page.reassign_action.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.people.count() == 3, timeout=WAIT)
    dialog.choose(dirs.REP_A)
    with qtbot.waitSignal(dialog.reassigned, timeout=WAIT):
        dialog.ok_button.click()
    with db.read() as s:
        assert companies.count_companies(s, owner_ids=[dirs.REP_A]) == 1
    dirs.as_rep(db)
    with qtbot.waitSignal(page.rights.loaded, timeout=WAIT):
        page.rights.reload()
    assert not page.reassign_action.isEnabled()
    assert "Reassign records" in page.reassign_action.toolTip()
