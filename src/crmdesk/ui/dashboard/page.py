"""The Dashboard page: four views of how sales are going, for a chosen owner scope."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk import clock as app_clock
from crmdesk import dashboard, local_settings
from crmdesk.changes import Changes
from crmdesk.clock import Clock
from crmdesk.dashboard import DashboardFigures
from crmdesk.dates import DateStyle, buddhist_year
from crmdesk.rights import Right
from crmdesk.ui.dashboard.charts import activity_chart, outcomes_chart, pipeline_chart
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_scope import OwnerScopeBox


def load_figures(
    session: Any, today: Any, owner_ids: frozenset[str] | None
) -> tuple[DashboardFigures, DateStyle]:
    style = DateStyle.parse(local_settings.get_value(session, "date_format"))
    return dashboard.figures(session, today, owner_ids=owner_ids), style


class DashboardPage(QWidget):
    """Pipeline by stage, won vs lost per month, activities per week, top open deals."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock or app_clock.current()
        self.owner_ids: frozenset[str] | None = None
        self._generation = 0
        self.figures: DashboardFigures | None = None
        # Other people's figures need the team dashboard right (disabled, with the reason).
        self.scope_box = OwnerScopeBox(ctx, team_right=Right.TEAM_DASHBOARD)
        self.scope_box.scope_changed.connect(self.set_scope)
        self.note = QLabel()
        self.pipeline_view = self._chart_view()
        self.outcomes_view = self._chart_view()
        self.activity_view = self._chart_view()
        self.top_table = QTableWidget(0, 4)
        self.top_table.setHorizontalHeaderLabels(
            [self.tr("Opportunity"), self.tr("Company"), self.tr("Stage"), self.tr("Amount")]
        )
        self.top_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_table.verticalHeader().hide()
        header = self.top_table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.top_table.cellDoubleClicked.connect(self._open_top)
        top_box = QWidget()
        top_layout = QVBoxLayout(top_box)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Top open opportunities"))
        heading.setStyleSheet("font-weight: bold;")
        top_layout.addWidget(heading)
        top_layout.addWidget(self.top_table)
        bar = QHBoxLayout()
        bar.addWidget(self.scope_box)
        bar.addWidget(self.note, 1)
        grid = QGridLayout()
        grid.addWidget(self.pipeline_view, 0, 0)
        grid.addWidget(self.outcomes_view, 0, 1)
        grid.addWidget(self.activity_view, 1, 0)
        grid.addWidget(top_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        ctx.changed.connect(self._on_changed)
        # The first figures wait for the scope, so a user without the team dashboard right
        # never sees the team's figures even for a moment.
        self._scope_known = False
        self.scope_box.loaded.connect(self._first_scope)

    @Slot()
    def _first_scope(self) -> None:
        if not self._scope_known:
            self._scope_known = True
            self.refresh()

    def _chart_view(self) -> QChartView:
        view = QChartView(QChart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(320, 220)
        return view

    @Slot(object)
    def set_scope(self, owner_ids: frozenset[str] | None) -> None:
        """Show the figures of these owners (None: everyone's this laptop holds)."""
        self.owner_ids = owner_ids
        self.refresh()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("opportunities", "activities", "settings"):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Recompute the figures in the background."""
        if not self._scope_known:
            return
        today, owner = self._clock.now().date(), self.owner_ids
        self._generation += 1
        generation = self._generation
        self._ctx.query(
            lambda s: load_figures(s, today, owner),
            while_alive(self, lambda loaded: self._show(generation, loaded)),
        )

    def _show(self, generation: int, loaded: tuple[DashboardFigures, DateStyle]) -> None:
        if generation != self._generation:
            return
        figures, style = loaded
        self.figures = figures

        def year(y: int) -> int:
            return buddhist_year(y) if style is DateStyle.DMY_BE else y

        months = [
            self.tr("{month} {year}").format(
                month=self.locale().monthName(m.month.month, QLocale.FormatType.ShortFormat),
                year=year(m.month.year),
            )
            for m in figures.outcomes
        ]
        weeks = [
            self.tr("{day}/{month}").format(day=w.week_start.day, month=w.week_start.month)
            for w in figures.weeks
        ]
        self._replace(self.pipeline_view, pipeline_chart(figures.stages, figures.currency))
        self._replace(self.outcomes_view, outcomes_chart(figures.outcomes, months))
        self._replace(self.activity_view, activity_chart(figures.weeks, weeks))
        if figures.other_currencies:
            self.note.setText(
                self.tr("Pipeline shown in {currency}; deals in {others} are not included.").format(
                    currency=figures.currency, others=", ".join(figures.other_currencies)
                )
            )
        else:
            self.note.clear()
        self.top_table.setRowCount(len(figures.top_deals))
        for row, deal in enumerate(figures.top_deals):
            cells = (deal.name, deal.company_name or "", deal.stage_name, deal.amount.format())
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, deal.id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.top_table.setItem(row, column, item)
        self.loaded.emit()

    def _replace(self, view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    @Slot(int, int)
    def _open_top(self, row: int, column: int) -> None:
        item = self.top_table.item(row, 0)
        if item is not None:
            self.open_record.emit("opportunity", str(item.data(Qt.ItemDataRole.UserRole)))
