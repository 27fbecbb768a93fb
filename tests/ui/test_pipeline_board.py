"""The pipeline board: stage totals, dragging a card to the next stage, won and lost."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk import companies, opportunities
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.records import CompanyDraft
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pipeline import PipelinePage
from crmdesk.ui.pipeline.board import PipelineBoard, StageColumn
from crmdesk.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    db = Vault(tmp_path / "vault").init(PASSPHRASE, user_name="somchai", region="TH")
    context = AppContext(db)
    yield context
    context.wait()
    db.close()


@pytest.fixture
def deals(ctx: AppContext) -> dict[str, str]:
    with ctx.db.write() as s:
        acme = companies.add_company(s, CompanyDraft(name="Acme Siam")).id
        printers = opportunities.add_opportunity(
            s, OpportunityDraft("20 printers", Money.parse("120000", "THB"), company_id=acme)
        )
        toner = opportunities.add_opportunity(
            s, OpportunityDraft("Toner contract", Money.parse("30000", "THB"), stage_id="Lead")
        )
        usd = opportunities.add_opportunity(
            s, OpportunityDraft("Export deal", Money.parse("1000", "USD"), stage_id="Proposal")
        )
    return {"printers": printers.id, "toner": toner.id, "usd": usd.id}


def _board(ctx: AppContext, qtbot: QtBot) -> PipelineBoard:
    board = PipelineBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1200, 600)
    board.show()
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    return board


def _drop(source: StageColumn, card_index: int, target: StageColumn) -> None:
    """What Qt delivers when a card is dragged from one column and let go over another."""
    mime = source.cards.mimeData([source.cards.item(card_index)])
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    viewport = target.cards.viewport()
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), *args)
        QApplication.sendEvent(viewport, enter)
        assert enter.isAccepted()
        QApplication.sendEvent(viewport, QDragMoveEvent(QPoint(12, 12), *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(12, 12), *args))


def test_stage_headers_show_count_total_and_weighted_per_currency(
    ctx: AppContext, qtbot: QtBot, deals: dict[str, str]
) -> None:
    board = _board(ctx, qtbot)
    assert [c.stage.name for c in board.columns] == [
        "Lead",
        "Qualified",
        "Proposal",
        "Negotiation",
        "Commit",
    ]
    lead = board.column("Lead")
    assert lead.title.text() == "Lead (2)"
    assert "150,000.00 THB" in lead.summary.text()
    assert "weighted 15,000.00 THB" in lead.summary.text()  # Lead is 10 %
    assert "1,000.00 USD" in board.column("Proposal").summary.text()
    assert "THB" not in board.column("Proposal").summary.text()
    first_card = lead.cards.item(0).text()
    assert "20 printers" in first_card and "Acme Siam" in first_card


def test_dragging_a_card_to_the_next_stage_moves_the_deal(
    ctx: AppContext, qtbot: QtBot, deals: dict[str, str]
) -> None:
    board = _board(ctx, qtbot)
    lead, qualified = board.column("Lead"), board.column("Qualified")
    index = lead.card_ids().index(deals["printers"])
    with qtbot.waitSignal(board.loaded):  # the board reloads after the change
        _drop(lead, index, qualified)
    with ctx.db.read() as s:
        moved = opportunities.get_opportunity(s, deals["printers"])
    assert (moved.stage_name, moved.probability) == ("Qualified", 25)
    assert qualified.card_ids() == [deals["printers"]]
    assert deals["printers"] not in lead.card_ids()
    assert qualified.title.text() == "Qualified (1)"


def test_marking_a_deal_lost_asks_the_reason_and_takes_it_off_the_board(
    ctx: AppContext, qtbot: QtBot, deals: dict[str, str]
) -> None:
    board = _board(ctx, qtbot)
    dialog = board.close_deal(deals["toner"], won=False)
    assert "Toner contract" in dialog.findChildren(type(board.column("Lead").title))[0].text()
    dialog.reason_box.setCurrentText("")
    qtbot.keyClicks(dialog.reason_box.lineEdit(), "Competitor was cheaper")
    with qtbot.waitSignal(board.loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        lost = opportunities.get_opportunity(s, deals["toner"])
    assert (lost.status, lost.close_reason) == ("lost", "Competitor was cheaper")
    assert deals["toner"] not in board.column("Lead").card_ids()


def _rows(page: PipelinePage) -> list[str]:
    model = page.list.model
    return [model.rows[r].name for r in range(model.rowCount())]


def test_list_filters_by_status_and_stage(
    ctx: AppContext, qtbot: QtBot, deals: dict[str, str]
) -> None:
    with ctx.db.write() as s:
        opportunities.close(s, deals["usd"], won=True, reason="Price")
    page = PipelinePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.list)
    qtbot.waitUntil(lambda: _rows(page) == ["20 printers", "Toner contract"])
    view = page.list.table
    assert view.model().index(0, 3).data() == "120,000.00 THB"

    page.list.status_box.setCurrentIndex(page.list.status_box.findText("Won"))
    qtbot.waitUntil(lambda: _rows(page) == ["Export deal"])
    page.list.status_box.setCurrentIndex(page.list.status_box.findText("Open"))
    qtbot.waitUntil(lambda: len(_rows(page)) == 2)
    with ctx.db.write() as s:
        opportunities.move_stage(s, deals["toner"], "Qualified")
    page.refresh()
    qtbot.waitUntil(lambda: page.list.stage_box.findText("Qualified") > 0)
    page.list.stage_box.setCurrentIndex(page.list.stage_box.findText("Qualified"))
    qtbot.waitUntil(lambda: _rows(page) == ["Toner contract"])

    with qtbot.waitSignal(page.open_record) as opened:
        view.doubleClicked.emit(view.model().index(0, 0))
    assert opened.args == ["opportunity", deals["toner"]]


def test_forecast_tab_shows_weighted_totals_by_close_month(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.db.write() as s:
        for amount, prob in (("1000", 50), ("3000", 10)):
            opportunities.add_opportunity(
                s,
                OpportunityDraft(
                    "d",
                    Money.parse(amount, "THB"),
                    probability=prob,
                    expected_close=date(2026, 12, 10),
                ),
            )
    page = PipelinePage(ctx)
    qtbot.addWidget(page)
    table = page.forecast.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    cells = [table.item(0, c).text() for c in range(5)]
    assert cells == ["2026-12", "THB", "2", "4,000.00 THB", "800.00 THB"]


def test_move_to_stage_from_the_card_menu(
    ctx: AppContext, qtbot: QtBot, deals: dict[str, str]
) -> None:
    board = _board(ctx, qtbot)
    menu = board.card_menu(deals["toner"], board.column("Lead").stage.id)
    [move] = [a for a in menu.actions() if a.menu() is not None]
    targets = {a.text(): a for a in move.menu().actions()}  # type: ignore[union-attr]
    assert not targets["Lead"].isEnabled()
    with qtbot.waitSignal(board.loaded):
        targets["Commit"].trigger()
    assert board.column("Commit").card_ids() == [deals["toner"]]
    with ctx.db.read() as s:
        assert opportunities.get_opportunity(s, deals["toner"]).probability == 90
