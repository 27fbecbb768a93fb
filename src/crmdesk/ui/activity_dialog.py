"""Dialogs to schedule, complete and reschedule calls, meetings and to-dos."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk import activities
from crmdesk import clock as app_clock
from crmdesk.activities import ActivityDraft, ActivityRecord
from crmdesk.changes import Changes
from crmdesk.clock import Clock
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.record_picker import RecordPicker
from crmdesk.validation import ValidationError

SCHEDULABLE: tuple[str, ...] = ("call", "meeting", "todo")
ACTIVITIES_CHANGED = Changes(activities=True)
_ERROR_STYLE = "color: #c62828;"


def to_local(day: QDate, at: QTime) -> datetime:
    """A date and time from the editors as an aware local datetime."""
    return datetime.combine(
        date(day.year(), day.month(), day.day()), time(at.hour(), at.minute())
    ).astimezone()


def next_half_hour(now: datetime) -> datetime:
    """The next :00 or :30 after ``now`` (where a new appointment usually starts)."""
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=30 - base.minute % 30)


def kind_label(kind: str) -> str:
    """The user's word for an activity type."""
    labels = {
        "call": QCoreApplication.translate("activities", "Call"),
        "meeting": QCoreApplication.translate("activities", "Meeting"),
        "todo": QCoreApplication.translate("activities", "To-do"),
        "email": QCoreApplication.translate("activities", "E-mail"),
        "letter": QCoreApplication.translate("activities", "Letter"),
        "note": QCoreApplication.translate("activities", "Note"),
    }
    return labels.get(kind, kind)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ActivityDialog(QDialog):
    """Schedule a call, meeting or to-do, optionally linked to a contact, company or deal."""

    saved = Signal(object)  # the scheduled ActivityRecord

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str = "call",
        regarding: str = "",
        starts_at: datetime | None = None,
        duration_minutes: int = 30,
        contact_id: str | None = None,
        company_id: str | None = None,
        opportunity_id: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Schedule activity"))
        start = (starts_at or next_half_hour((clock or app_clock.current()).now())).astimezone()

        self.kind_box = QComboBox()
        for value in SCHEDULABLE:
            self.kind_box.addItem(kind_label(value), value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.regarding_edit = QLineEdit(regarding)
        self.regarding_edit.setPlaceholderText(self.tr("What is it about?"))
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(duration_minutes)
        self.all_day_check = QCheckBox(self.tr("All day"))
        self.all_day_check.toggled.connect(self._all_day_toggled)
        self.priority_box = QComboBox()
        for value, text in (
            ("low", self.tr("Low")),
            ("medium", self.tr("Medium")),
            ("high", self.tr("High")),
        ):
            self.priority_box.addItem(text, value)
        self.priority_box.setCurrentIndex(1)
        self.alarm_check = QCheckBox(self.tr("On"))
        self.alarm_spin = QSpinBox()
        self.alarm_spin.setRange(0, 7 * 24 * 60)
        self.alarm_spin.setSuffix(self.tr(" min before"))
        self.alarm_spin.setValue(15)
        self.alarm_check.setChecked(True)
        self.alarm_check.toggled.connect(self.alarm_spin.setEnabled)
        self.details_edit = QPlainTextEdit()
        self.details_edit.setMaximumHeight(80)
        self.contact_picker = RecordPicker(ctx, "contact")
        self.company_picker = RecordPicker(ctx, "company")
        self.opportunity_picker = RecordPicker(ctx, "opportunity")
        self.contact_picker.set_record(contact_id)
        self.company_picker.set_record(company_id)
        self.opportunity_picker.set_record(opportunity_id)

        self.errors = {
            name: _error_label()
            for name in (
                "kind",
                "regarding",
                "starts_at",
                "ends_at",
                "priority",
                "alarm_minutes",
                "contact_id",
                "company_id",
                "opportunity_id",
                "form",
            )
        }
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.kind_box)
        form.addRow(self.tr("&Regarding:"), self.regarding_edit)
        form.addRow("", self.errors["regarding"])
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addWidget(self.all_day_check)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.date_edit)
        form.addRow(when_label, when)
        form.addRow("", self.errors["starts_at"])
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        form.addRow("", self.errors["ends_at"])
        form.addRow(self.tr("&Priority:"), self.priority_box)
        alarm = QHBoxLayout()
        alarm.addWidget(self.alarm_check)
        alarm.addWidget(self.alarm_spin)
        alarm.addStretch(1)
        alarm_label = QLabel(self.tr("A&larm:"))
        alarm_label.setBuddy(self.alarm_check)
        form.addRow(alarm_label, alarm)
        form.addRow("", self.errors["alarm_minutes"])
        form.addRow(self.tr("&Contact:"), self.contact_picker)
        form.addRow("", self.errors["contact_id"])
        form.addRow(self.tr("C&ompany:"), self.company_picker)
        form.addRow("", self.errors["company_id"])
        form.addRow(self.tr("O&pportunity:"), self.opportunity_picker)
        form.addRow("", self.errors["opportunity_id"])
        form.addRow(self.tr("De&tails:"), self.details_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(buttons)

    @Slot(bool)
    def _all_day_toggled(self, on: bool) -> None:
        self.time_edit.setEnabled(not on)
        self.duration_spin.setEnabled(not on)

    def draft(self) -> ActivityDraft:
        """What the form says, as a service draft."""
        all_day = self.all_day_check.isChecked()
        if all_day:
            starts = to_local(self.date_edit.date(), QTime(0, 0))
            ends = starts + timedelta(days=1)
        else:
            starts = to_local(self.date_edit.date(), self.time_edit.time())
            ends = starts + timedelta(minutes=self.duration_spin.value())
        return ActivityDraft(
            kind=str(self.kind_box.currentData()),
            regarding=self.regarding_edit.text(),
            starts_at=starts,
            ends_at=ends,
            all_day=all_day,
            priority=str(self.priority_box.currentData()),
            alarm_minutes=self.alarm_spin.value() if self.alarm_check.isChecked() else None,
            details=self.details_edit.toPlainText().strip() or None,
            contact_id=self.contact_picker.record_id(),
            company_id=self.company_picker.record_id(),
            opportunity_id=self.opportunity_picker.record_id(),
        )

    def show_problem(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors["form"])
        label.setText(message)
        label.show()

    def _clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    @Slot()
    def save(self) -> None:
        """Check the form, then schedule in the background; close when stored."""
        self._clear_problems()
        draft = self.draft()
        if not draft.regarding.strip():
            self.show_problem("regarding", self.tr("Say what the activity is about."))
            self.regarding_edit.setFocus()
            return
        self.save_button.setEnabled(False)
        self._ctx.change(
            lambda s: activities.schedule(s, draft),
            ACTIVITIES_CHANGED,
            self._saved,
            self._failed,
        )

    def _saved(self, record: ActivityRecord) -> None:
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for problem in exc.problems:
                self.show_problem(problem.field, problem.message)
        else:
            show_error(exc, self)


class CompleteDialog(QDialog):
    """Ask what came of an activity, mark it done, and offer to schedule the next step."""

    completed = Signal(object)  # the completed ActivityRecord
    follow_up_opened = Signal(object)  # the ActivityDialog for the next step

    def __init__(
        self,
        ctx: AppContext,
        activity_id: str,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock or app_clock.current()
        self._activity_id = activity_id
        self.follow_up: ActivityDialog | None = None
        self.setWindowTitle(self.tr("Complete activity"))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setPlaceholderText(self.tr("What happened? (e.g. left a message)"))
        self.follow_up_check = QCheckBox(self.tr("Schedule a &follow-up"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.complete_button = buttons.addButton(
            self.tr("&Complete"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome_edit)
        layout.addWidget(outcome_label)
        layout.addWidget(self.outcome_edit)
        layout.addWidget(self.follow_up_check)
        layout.addWidget(buttons)
        self.complete_button.setEnabled(False)
        ctx.query(lambda s: activities.get_activity(s, activity_id), self._loaded)

    def _loaded(self, record: ActivityRecord) -> None:
        self._record = record
        who = record.contact_name or record.company_name
        if who:
            text = self.tr("{kind} with {who}: {regarding}").format(
                kind=kind_label(record.kind), who=who, regarding=record.regarding
            )
        else:
            text = self.tr("{kind}: {regarding}").format(
                kind=kind_label(record.kind), regarding=record.regarding
            )
        self.title_label.setText(text)
        self.complete_button.setEnabled(True)

    @Slot()
    def complete(self) -> None:
        outcome = self.outcome_edit.toPlainText()
        when = self._clock.now()
        activity_id = self._activity_id
        self.complete_button.setEnabled(False)
        self._ctx.change(
            lambda s: activities.complete(s, activity_id, outcome, when=when),
            ACTIVITIES_CHANGED,
            self._done,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.complete_button.setEnabled(True)
        show_error(exc, self)

    def _done(self, record: ActivityRecord) -> None:
        self.completed.emit(record)
        if self.follow_up_check.isChecked():
            self.follow_up = ActivityDialog(
                self._ctx,
                self.parentWidget(),
                kind=record.kind if record.kind in SCHEDULABLE else "call",
                regarding=self.tr("Follow-up: {0}").format(record.regarding),
                contact_id=record.contact_id,
                company_id=record.company_id,
                opportunity_id=record.opportunity_id,
                clock=self._clock,
            )
            self.follow_up.open()
            self.follow_up_opened.emit(self.follow_up)
        self.accept()


class RescheduleDialog(QDialog):
    """Move a scheduled activity to another date and time (its length is kept)."""

    rescheduled = Signal(object)  # the moved ActivityRecord

    def __init__(
        self,
        ctx: AppContext,
        activity_id: str,
        starts_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._activity_id = activity_id
        self.setWindowTitle(self.tr("Reschedule"))
        start = starts_at.astimezone()
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Time:"), self.time_edit)
        form.addRow(buttons)

    @Slot()
    def save(self) -> None:
        when = to_local(self.date_edit.date(), self.time_edit.time())
        activity_id = self._activity_id
        self._ctx.change(
            lambda s: activities.reschedule(s, activity_id, when),
            ACTIVITIES_CHANGED,
            self._done,
            lambda exc: show_error(exc, self),
        )

    def _done(self, record: ActivityRecord) -> None:
        self.rescheduled.emit(record)
        self.accept()


def schedule_activity(
    ctx: AppContext,
    parent: QWidget | None = None,
    *,
    kind: str = "call",
    contact_id: str | None = None,
    company_id: str | None = None,
    opportunity_id: str | None = None,
    starts_at: datetime | None = None,
    clock: Clock | None = None,
) -> ActivityDialog:
    """Open the schedule dialog (non-blocking) and return it, e.g. for a toolbar action."""
    dialog = ActivityDialog(
        ctx,
        parent,
        kind=kind,
        contact_id=contact_id,
        company_id=company_id,
        opportunity_id=opportunity_id,
        starts_at=starts_at,
        clock=clock,
    )
    dialog.open()
    return dialog


def complete_activity(
    ctx: AppContext, parent: QWidget | None, activity_id: str, *, clock: Clock | None = None
) -> CompleteDialog:
    """Open the complete dialog (non-blocking) for one activity and return it."""
    dialog = CompleteDialog(ctx, activity_id, parent, clock=clock)
    dialog.open()
    return dialog
