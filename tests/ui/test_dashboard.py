"""The dashboard page draws the service's figures and follows the owner scope."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.ui import owner_directories as dirs

from crmdesk import activities, opportunities, team
from crmdesk.activities import ActivityDraft
from crmdesk.changes import Changes
from crmdesk.clock import FakeClock
from crmdesk.db.models import User
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.owners import Scope
from crmdesk.ui.dashboard import DashboardPage
from crmdesk.ui.dashboard.charts import bar_values, categories
from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"
NOW = datetime(2026, 11, 25, 10, 0).astimezone()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", currency="THB")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


@pytest.fixture
def data(ctx: AppContext) -> None:
    with ctx.db.write() as s:
        lek = User(name="lek", display_name="Lek")
        s.add(lek)
        s.flush()

        def deal(name: str, amount: str, stage: str, owner: str | None = None) -> str:
            draft = OpportunityDraft(
                name, Money.parse(amount, "THB"), stage_id=stage, owner_id=owner
            )
            return opportunities.add_opportunity(s, draft).id

        deal("Printers", "100000", "Lead")
        deal("Servers", "400000", "Proposal")
        deal("Lek's deal", "50000", "Proposal", owner=lek.id)
        opportunities.close(s, deal("Won one", "1", "Lead"), won=True)
        call = activities.schedule(s, ActivityDraft("call", "x"))
        activities.complete(s, call.id, "ok", when=NOW)


def _page(ctx: AppContext, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(ctx, clock=FakeClock(NOW))
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None)
    return page


def test_charts_show_pipeline_activity_and_top_deals(
    ctx: AppContext, qtbot: QtBot, data: None
) -> None:
    page = _page(ctx, qtbot)
    pipeline = page.pipeline_view.chart()
    assert pipeline.title() == "Pipeline by stage (thousand THB)"
    assert categories(pipeline) == ["Lead", "Qualified", "Proposal", "Negotiation", "Commit"]
    assert bar_values(pipeline)["Total"] == [100.0, 0.0, 450.0, 0.0, 0.0]
    assert bar_values(pipeline)["Weighted"][2] == 225.0
    assert bar_values(page.activity_view.chart())["Activities completed"][-1] == 1.0
    assert bar_values(page.outcomes_view.chart())["Won"][-1] == 1.0
    assert categories(page.outcomes_view.chart())[-1].endswith("2026")
    assert [page.top_table.item(r, 0).text() for r in range(3)] == [
        "Servers",
        "Printers",
        "Lek's deal",
    ]


def test_mine_scope_leaves_out_colleagues_deals(ctx: AppContext, qtbot: QtBot, data: None) -> None:
    with ctx.db.read() as s:
        lek = s.scalar(select(User.id).where(User.name == "lek"))
        me = team.current_user(s).id
    assert lek is not None
    dirs.store(  # Lek reports to me: what a manager's sync stores
        ctx.db, [(me, "Me", "manager", None), (lek, "Lek", "rep", me)], dirs.LEAD_RIGHTS
    )
    page = _page(ctx, qtbot)
    qtbot.waitUntil(lambda: page.scope_box.choices is not None)
    assert not page.scope_box.isHidden()
    assert page.scope_box.scope() is Scope.TEAM
    with qtbot.waitSignal(page.loaded):
        page.scope_box.choose(Scope.MINE)
    assert bar_values(page.pipeline_view.chart())["Total"][2] == 400.0
    assert page.top_table.rowCount() == 2


def test_single_user_dashboard_has_no_scope_and_counts_everything(
    ctx: AppContext, qtbot: QtBot, data: None
) -> None:
    page = _page(ctx, qtbot)
    qtbot.waitUntil(lambda: page.scope_box.choices is not None)
    assert page.scope_box.isHidden() and page.owner_ids is None
    assert page.top_table.rowCount() == 3


def test_without_the_team_dashboard_right_a_manager_sees_only_mine(
    ctx: AppContext, qtbot: QtBot, data: None
) -> None:
    with ctx.db.read() as s:
        lek = s.scalar(select(User.id).where(User.name == "lek"))
        me = team.current_user(s).id
    assert lek is not None
    dirs.store(ctx.db, [(me, "Me", "manager", None), (lek, "Lek", "rep", me)], ["reassign"])
    page = _page(ctx, qtbot)
    # the very first figures drawn are already only mine: the team's are never shown
    assert page.owner_ids == {me} and page.top_table.rowCount() == 2
    team_row = page.scope_box.combo.findData(Scope.TEAM.value)
    tip = page.scope_box.combo.itemData(team_row, Qt.ItemDataRole.ToolTipRole)
    assert "Team dashboard" in tip


def test_dashboard_follows_changes(ctx: AppContext, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    assert page.top_table.rowCount() == 0
    draft = OpportunityDraft("New deal", Money.parse("5000", "THB"))
    with qtbot.waitSignal(page.loaded):
        ctx.change(
            lambda s: opportunities.add_opportunity(s, draft),
            Changes(opportunities=True),
        )
    assert page.top_table.item(0, 0).text() == "New deal"
