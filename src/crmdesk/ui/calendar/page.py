"""The Calendar page: day, week and month views of scheduled activities."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import activities, local_settings
from crmdesk import clock as app_clock
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.clock import Clock
from crmdesk.dates import DateStyle, buddhist_year, format_date
from crmdesk.ui.activity_dialog import (
    ACTIVITIES_CHANGED,
    ActivityDialog,
    CompleteDialog,
    RescheduleDialog,
)
from crmdesk.ui.calendar.base import CalendarView
from crmdesk.ui.calendar.month_view import MonthView
from crmdesk.ui.calendar.ranges import Mode, local_midnight, step, visible_days
from crmdesk.ui.calendar.time_grid import SLOT_HEIGHT, DayHeader, TimeGridView
from crmdesk.ui.ops import AppContext

_FIRST_HOUR = 8


class CalendarPage(QWidget):
    """Pick day/week/month; drag to reschedule; double-click a free slot to schedule."""

    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock or app_clock.current()
        self.mode = Mode.WEEK
        self.anchor: date = self._clock.now().date()
        self.owner_id: str | None = None
        self.date_style = DateStyle.ISO
        self.dialog: QDialog | None = None
        self._generation = 0

        self.grid = TimeGridView()
        self.month_view = MonthView()
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setWidget(self.grid)
        self.day_header = DayHeader(self.grid)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(0)
        grid_layout.addWidget(self.day_header)
        grid_layout.addWidget(self.grid_scroll, 1)
        self.grid_page = grid_page
        self.stack = QStackedWidget()
        self.stack.addWidget(grid_page)
        self.stack.addWidget(self.month_view)

        self.mode_buttons: dict[Mode, QToolButton] = {}
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        for mode, text in (
            (Mode.DAY, self.tr("&Day")),
            (Mode.WEEK, self.tr("&Week")),
            (Mode.MONTH, self.tr("&Month")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            group.addButton(button)
            bar.addWidget(button)
            self.mode_buttons[mode] = button
        self.prev_button = QToolButton()
        self.prev_button.setText(self.tr("◀"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("&Today"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Next"))
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        bar.addSpacing(12)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        for view in (self.grid, self.month_view):
            view.activity_moved.connect(self.reschedule)
            view.slot_double_clicked.connect(self.schedule_at)
            view.activity_double_clicked.connect(self._open_activity)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        ctx.changed.connect(self._on_changed)
        self.mode_buttons[self.mode].setChecked(True)
        self._apply_mode()
        self._scrolled = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self._scrolled:  # start the view at 07:30 (the range is known once laid out)
            self._scrolled = True
            self.grid_scroll.verticalScrollBar().setValue(
                self.grid.top + (_FIRST_HOUR * 2 - 1) * SLOT_HEIGHT
            )

    def current_view(self) -> CalendarView:
        return self.month_view if self.mode is Mode.MONTH else self.grid

    def days(self) -> list[date]:
        return visible_days(self.mode, self.anchor)

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self._apply_mode()

    def go(self, direction: int) -> None:
        self.anchor = step(self.mode, self.anchor, direction)
        self._apply_mode()

    @Slot()
    def go_today(self) -> None:
        self.anchor = self._clock.now().date()
        self._apply_mode()

    def show_date(self, day: date) -> None:
        self.anchor = day
        self._apply_mode()

    def _apply_mode(self) -> None:
        self.stack.setCurrentWidget(self.month_view if self.mode is Mode.MONTH else self.grid_page)
        self.month_view.month = self.anchor.month
        self._update_title()
        self.refresh()

    def _update_title(self) -> None:
        days = self.days()
        locale = self.locale()
        if self.mode is Mode.MONTH:
            self.title.setText(
                self.tr("{month} {year}").format(
                    month=locale.standaloneMonthName(self.anchor.month),
                    year=buddhist_year(self.anchor.year)
                    if self.date_style is DateStyle.DMY_BE
                    else self.anchor.year,
                )
            )
        elif self.mode is Mode.WEEK:
            self.title.setText(
                self.tr("{first} – {last}").format(
                    first=format_date(days[0], self.date_style),
                    last=format_date(days[-1], self.date_style),
                )
            )
        else:
            self.title.setText(format_date(days[0], self.date_style))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("activities", "contacts", "companies", "settings"):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Load the visible range's scheduled activities in the background."""
        days = self.days()
        start, end = local_midnight(days[0]), local_midnight(days[-1] + timedelta(days=1))
        owner = self.owner_id
        self._generation += 1
        generation = self._generation
        self._ctx.query(
            lambda s: (
                activities.list_scheduled(s, start=start, end=end, owner_id=owner),
                DateStyle.parse(local_settings.get_value(s, "date_format")),
            ),
            lambda loaded: self._show(generation, days, loaded),
        )

    def _show(
        self, generation: int, days: list[date], loaded: tuple[list[ActivityRecord], DateStyle]
    ) -> None:
        if generation != self._generation:
            return
        records, style = loaded
        if style is not self.date_style:
            self.date_style = style
            self._update_title()
        self.current_view().show_activities(days, records)
        self.day_header.update()
        self.loaded.emit()

    @Slot(str, object)
    def reschedule(self, activity_id: str, starts_at: datetime) -> None:
        self._ctx.change(
            lambda s: activities.reschedule(s, activity_id, starts_at), ACTIVITIES_CHANGED
        )

    @Slot(object)
    def schedule_at(self, starts_at: datetime) -> ActivityDialog:
        """Open the schedule dialog for a time (what double-clicking a free slot does)."""
        dialog = ActivityDialog(self._ctx, self, starts_at=starts_at, clock=self._clock)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_activity(self, record: ActivityRecord) -> None:
        for entity, record_id in (
            ("contact", record.contact_id),
            ("company", record.company_id),
            ("opportunity", record.opportunity_id),
        ):
            if record_id:
                self.open_record.emit(entity, record_id)
                return
        self._complete(record)

    def _complete(self, record: ActivityRecord) -> None:
        self.dialog = CompleteDialog(self._ctx, record.id, self, clock=self._clock)
        self.dialog.open()

    def _reschedule_dialog(self, record: ActivityRecord) -> None:
        start = record.starts_at or self._clock.now()
        self.dialog = RescheduleDialog(self._ctx, record.id, start, self)
        self.dialog.open()

    def _context_menu(self, view: CalendarView, pos: QPoint) -> None:
        record = view.record_at(pos)
        menu = QMenu(self)
        if record is None:
            when = view.datetime_at(pos)
            if when is None:
                return
            action = QAction(self.tr("&Schedule here…"), menu)
            action.triggered.connect(lambda: self.schedule_at(when))
            menu.addAction(action)
        else:
            complete = QAction(self.tr("&Complete…"), menu)
            move = QAction(self.tr("&Reschedule…"), menu)
            complete.triggered.connect(lambda: self._complete(record))
            move.triggered.connect(lambda: self._reschedule_dialog(record))
            menu.addActions([complete, move])
        menu.popup(view.mapToGlobal(pos))
