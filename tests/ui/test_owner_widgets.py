"""Owner line, "Reassign to…", the scope filter and rights gating with real widgets on a real
encrypted database, in single-user mode and with a rep's and a manager's synced directory."""

from __future__ import annotations

from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui import owner_directories as dirs

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.owners import Scope
from crmdesk.records import ContactDraft
from crmdesk.rights import Right
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine
from crmdesk.ui.owner_scope import OwnerScopeBox
from crmdesk.ui.rights_gate import RightsGate, bulk_delete_rule


def _contact(db: Database, name: str = "ลูกค้า", owner: str | None = None) -> str:
    with db.write() as s:
        return contacts.add_contact(s, ContactDraft(name, owner_id=owner)).id


def _owner_of(db: Database, contact_id: str) -> str:
    with db.read() as s:
        row = s.get(Contact, contact_id)
        assert row is not None
        return row.owner_id


def _line(ctx: AppContext, qtbot: QtBot, contact_id: str) -> OwnerLine:
    line = OwnerLine(ctx, "contact", contact_id)
    qtbot.addWidget(line)
    line.show()
    qtbot.waitUntil(lambda: line.owner is not None and line.gate.choices is not None)
    return line


def _scope(ctx: AppContext, qtbot: QtBot, **kw: Right) -> OwnerScopeBox:
    box = OwnerScopeBox(ctx, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.choices is not None)
    return box


def test_single_user_mode_shows_me_as_owner_and_nothing_gets_in_the_way(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    line = _line(ctx, qtbot, _contact(db))
    assert line.label.text().startswith("Owner: ") and line.label.text().endswith(" (me)")
    assert not line.reassign_action.isVisible()  # there is no one to give it to
    box = _scope(ctx, qtbot, team_right=Right.TEAM_DASHBOARD)
    assert box.isHidden() and box.owner_ids() is None


def test_a_rep_sees_reassign_disabled_with_the_reason(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    dirs.as_rep(db)
    line = _line(ctx, qtbot, _contact(db))
    assert line.label.text() == "Owner: Rep Me (me)"
    assert line.reassign_action.isVisible() and not line.reassign_action.isEnabled()
    assert "Reassign records" in line.reassign_action.toolTip()
    assert not line.button.isEnabled() and "Reassign records" in line.button.toolTip()
    assert _scope(ctx, qtbot).isHidden()  # a rep sees only their own customers anyway


def test_a_reps_bulk_delete_is_disabled_only_past_the_threshold(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    dirs.as_rep(db)
    host = QWidget()
    qtbot.addWidget(host)
    delete = QAction("Delete…", host)
    selected = [0]
    gate = RightsGate(ctx, host)
    gate.require(
        delete,
        Right.BULK_DELETE,
        when=bulk_delete_rule(lambda: selected[0]),
        enabled=lambda: selected[0] > 0,
    )
    qtbot.waitUntil(lambda: gate.choices is not None)
    assert not delete.isEnabled()  # nothing selected
    selected[0] = 3
    gate.apply()
    assert delete.isEnabled() and "Delete in bulk" not in delete.toolTip()
    selected[0] = 11
    gate.apply()
    assert not delete.isEnabled()
    assert "more than 10" in delete.toolTip() and "Delete in bulk" in delete.toolTip()
    dirs.as_manager(db)
    with qtbot.waitSignal(gate.loaded):
        gate.reload()
    assert delete.isEnabled()


def test_a_manager_reassigns_a_contact_to_a_rep(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    dirs.as_manager(db)
    contact_id = _contact(db)
    line = _line(ctx, qtbot, contact_id)
    assert line.label.text() == "Owner: Manager Me (me)"
    assert line.reassign_action.isVisible() and line.reassign_action.isEnabled()
    line.reassign_action.trigger()
    dialog = line.reassign_action.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.people.count() == 3)
    names = [dialog.people.item(i).text() for i in range(3)]
    assert names == ["Manager Me (me)", "Rep A", "Rep B"]
    assert dialog.chosen() == dirs.REP_A  # the first person who is not the owner now
    dialog.choose(dirs.REP_B)
    with qtbot.waitSignal(dialog.reassigned):
        dialog.ok_button.click()
    assert _owner_of(db, contact_id) == dirs.REP_B
    qtbot.waitUntil(lambda: line.label.text() == "Owner: Rep B")


def test_a_refused_reassignment_says_so_in_one_line_and_changes_nothing(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_manager(db)
    contact_id = _contact(db)
    line = _line(ctx, qtbot, contact_id)
    line.reassign_action.trigger()
    dialog = line.reassign_action.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.people.count() == 3)
    dirs.as_manager(db, rights=["export"])  # a sync took the right away meanwhile
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Your role does not allow giving records to someone else."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert _owner_of(db, contact_id) == me


def test_a_manager_picks_mine_or_my_team(ctx: AppContext, db: Database, qtbot: QtBot) -> None:
    me = dirs.as_manager(db)
    box = _scope(ctx, qtbot)
    assert not box.isHidden()
    assert [box.combo.itemText(i) for i in range(box.combo.count())] == ["Mine", "My team"]
    assert box.scope() is Scope.TEAM
    assert box.owner_ids() == {me, dirs.REP_A, dirs.REP_B}
    with qtbot.waitSignal(box.scope_changed) as sent:
        box.choose(Scope.MINE)
    assert sent.args == [frozenset({me})]


def test_team_scope_needs_the_team_dashboard_right(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    me = dirs.as_manager(db, rights=["reassign"])
    box = _scope(ctx, qtbot, team_right=Right.TEAM_DASHBOARD)
    model = box.combo.model()
    assert isinstance(model, QStandardItemModel)
    team_item = model.item(box.combo.findData(Scope.TEAM.value))
    assert not team_item.isEnabled() and "Team dashboard" in team_item.toolTip()
    assert box.owner_ids() == {me}
    box.choose(Scope.TEAM)
    assert box.owner_ids() == {me}
    dirs.as_manager(db)  # the next sync grants the right
    with qtbot.waitSignal(box.loaded):
        box.reload()
    box.choose(Scope.TEAM)
    assert box.owner_ids() == {me, dirs.REP_A, dirs.REP_B}
