"""The pipeline board: one column per stage, deal cards dragged between stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk import opportunities, pipeline
from crmdesk.changes import Changes
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityRecord, StageTotal
from crmdesk.pipeline import Stage
from crmdesk.ui.guard import LatestAnswer
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pipeline.card_delegate import CardDelegate
from crmdesk.ui.pipeline.close_dialog import OPPORTUNITIES_CHANGED, CloseDialog
from crmdesk.ui.reassign_dialog import ReassignAction
from crmdesk.ui.rights_gate import RightsGate

CARD_MIME = "application/x-crmdesk-opportunity"
_ID_ROLE = Qt.ItemDataRole.UserRole
_MAX_CARDS = 500


@dataclass(frozen=True)
class BoardData:
    """What the board shows: stages, their open deals and totals."""

    stages: list[Stage]
    deals: dict[str, list[OpportunityRecord]]
    totals: list[StageTotal]


def load_board(session: Any, owner_ids: frozenset[str] | None = None) -> BoardData:
    """Read the whole board in one background query."""
    stages = pipeline.list_stages(session)
    deals: dict[str, list[OpportunityRecord]] = {s.id: [] for s in stages}
    for stage in stages:
        deals[stage.id] = opportunities.list_opportunities(
            session,
            status="open",
            stage_id=stage.id,
            owner_ids=owner_ids,
            limit=_MAX_CARDS,
        )
    totals = opportunities.pipeline_totals(session, owner_ids=owner_ids)
    return BoardData(stages, deals, totals)


class CardList(QListWidget):
    """The cards of one stage; accepts cards dropped from other stages."""

    card_dropped = Signal(str, str)  # opportunity id, this stage's id

    def __init__(self, stage_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-measure cards when widths change
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt)
        return [CARD_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt)
        data = QMimeData()
        if items:
            data.setData(CARD_MIME, QByteArray(str(items[0].data(_ID_ROLE)).encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt)
        if event.mimeData().hasFormat(CARD_MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt)
        if event.mimeData().hasFormat(CARD_MIME) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt)
        if not event.mimeData().hasFormat(CARD_MIME) or event.source() is self:
            event.ignore()
            return
        opportunity_id = bytes(event.mimeData().data(CARD_MIME).data()).decode()
        event.setDropAction(Qt.DropAction.CopyAction)  # the board reloads; Qt must not delete
        event.accept()
        self.card_dropped.emit(opportunity_id, self.stage_id)


class StageColumn(QFrame):
    """A stage header (count, totals per currency) over its cards."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cards = CardList(stage.id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.cards, 1)
        self.setMinimumWidth(220)

    def show_deals(self, deals: list[OpportunityRecord], totals: list[StageTotal]) -> None:
        count = sum(t.count for t in totals)
        self.title.setText(self.tr("{stage} ({count})").format(stage=self.stage.name, count=count))
        lines = [
            self.tr("{total}\nweighted {weighted}").format(
                total=Money(t.total_minor, t.currency).format(),
                weighted=Money(t.weighted_minor, t.currency).format(),
            )
            for t in totals
        ]
        self.summary.setText("\n".join(lines) or self.tr("No open deals"))
        self.cards.clear()
        for deal in deals:
            lines = [deal.name]
            if deal.company_name:
                lines.append(deal.company_name)
            lines.append(
                self.tr("{amount} · {probability}%").format(
                    amount=deal.amount.format(), probability=deal.probability
                )
            )
            item = QListWidgetItem("\n".join(lines))
            item.setData(_ID_ROLE, deal.id)
            item.setToolTip(deal.name)
            self.cards.addItem(item)

    def card_ids(self) -> list[str]:
        return [str(self.cards.item(i).data(_ID_ROLE)) for i in range(self.cards.count())]


class PipelineBoard(QWidget):
    """Kanban board of open deals by stage. Drag a card to another stage to move it."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.owner_ids: frozenset[str] | None = None
        self._answers = LatestAnswer(self)
        self.columns: list[StageColumn] = []
        self.close_dialog: CloseDialog | None = None
        self._deals: dict[str, OpportunityRecord] = {}
        # Reassign to… in every card's menu (needs the right; hidden in single-user mode).
        self._menu_deal: str | None = None
        self.rights = RightsGate(ctx, self)
        self.reassign_action = ReassignAction(
            ctx,
            self,
            "opportunity",
            self.rights,
            with_ids=lambda fn: fn([self._menu_deal] if self._menu_deal else []),
            count=lambda: int(self._menu_deal is not None),
        )
        self._row = QHBoxLayout()
        inner = QWidget()
        inner.setLayout(self._row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.changed.connect(self._on_changed)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("opportunities", "settings", "companies"):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        owners = self.owner_ids
        self._ctx.query(lambda s: load_board(s, owners), self._answers.callback(self._show))

    def set_owners(self, owner_ids: frozenset[str] | None) -> None:
        """Show only deals of these owners (None: everyone's)."""
        self.owner_ids = owner_ids
        self.refresh()

    def _show(self, data: BoardData) -> None:
        if [c.stage for c in self.columns] != data.stages:
            for column in self.columns:
                self._row.removeWidget(column)
                column.deleteLater()
            self.columns = []
            for stage in data.stages:
                column = StageColumn(stage)
                column.cards.card_dropped.connect(self.move_card)
                column.cards.itemDoubleClicked.connect(self._open_item)
                column.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                column.cards.customContextMenuRequested.connect(
                    lambda pos, cards=column.cards: self._card_menu(cards, pos)
                )
                self._row.addWidget(column)
                self.columns.append(column)
        self._deals = {d.id: d for deals in data.deals.values() for d in deals}
        for column in self.columns:
            totals = [t for t in data.totals if t.stage_id == column.stage.id]
            column.show_deals(data.deals.get(column.stage.id, []), totals)
        self.loaded.emit()

    def column(self, stage_name: str) -> StageColumn:
        return next(c for c in self.columns if c.stage.name == stage_name)

    @Slot(str, str)
    def move_card(self, opportunity_id: str, stage_id: str) -> None:
        """Move a deal to a stage (what a drop does)."""
        self._ctx.change(
            lambda s: opportunities.move_stage(s, opportunity_id, stage_id),
            OPPORTUNITIES_CHANGED,
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_record.emit("opportunity", str(item.data(_ID_ROLE)))

    def _card_menu(self, cards: CardList, pos: QPoint) -> None:
        item = cards.itemAt(pos)
        if item is None:
            return
        menu = self.card_menu(str(item.data(_ID_ROLE)), cards.stage_id)
        menu.popup(cards.viewport().mapToGlobal(pos))

    def card_menu(self, deal_id: str, stage_id: str) -> QMenu:
        """A card's actions: open, move to another stage (the keyboard way to drag), won, lost,
        reassign."""
        menu = QMenu(self)
        open_action = QAction(self.tr("&Open"), menu)
        open_action.triggered.connect(lambda: self.open_record.emit("opportunity", deal_id))
        menu.addAction(open_action)
        move_menu = menu.addMenu(self.tr("&Move to stage"))
        for column in self.columns:
            action = QAction(column.stage.name, move_menu)
            action.setEnabled(column.stage.id != stage_id)
            action.triggered.connect(
                lambda _c=False, target=column.stage.id: self.move_card(deal_id, target)
            )
            move_menu.addAction(action)
        won_action = QAction(self.tr("Mark as &won…"), menu)
        lost_action = QAction(self.tr("Mark as &lost…"), menu)
        won_action.triggered.connect(lambda: self.close_deal(deal_id, won=True))
        lost_action.triggered.connect(lambda: self.close_deal(deal_id, won=False))
        menu.addSeparator()
        menu.addActions([won_action, lost_action])
        self._menu_deal = deal_id
        self.rights.apply()
        menu.addSeparator()
        menu.addAction(self.reassign_action)
        menu.setToolTipsVisible(True)  # a disabled entry says which right it needs
        return menu

    def close_deal(self, opportunity_id: str, *, won: bool) -> CloseDialog:
        """Ask for the reason, then mark the deal won or lost."""
        deal = self._deals.get(opportunity_id)
        name = deal.name if deal else ""
        self.close_dialog = CloseDialog(self._ctx, opportunity_id, name, won=won, parent=self)
        self.close_dialog.open()
        return self.close_dialog
