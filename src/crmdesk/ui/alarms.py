"""Alarms while the app runs: a watcher that checks off the UI thread and the alarm dialog."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from crmdesk import alarms
from crmdesk import clock as app_clock
from crmdesk.activities import ActivityRecord
from crmdesk.changes import Changes
from crmdesk.clock import Clock
from crmdesk.ui.activity_dialog import CompleteDialog, RescheduleDialog, kind_label
from crmdesk.ui.ops import AppContext

CHECK_INTERVAL_MS = 15_000
SNOOZE_CHOICES = (5, 10, 30)
_ROLE = Qt.ItemDataRole.UserRole


class AlarmDialog(QDialog):
    """The alarms that went off: snooze, open the record, complete or reschedule each."""

    open_record = Signal(str, str)

    def __init__(self, ctx: AppContext, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock
        self.child_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Alarms"))
        self.list = QListWidget()
        self.snooze_box = QComboBox()
        for minutes in SNOOZE_CHOICES:
            self.snooze_box.addItem(self.tr("{0} minutes").format(minutes), minutes)
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.open_button = QPushButton(self.tr("&Open record"))
        self.complete_button = QPushButton(self.tr("&Complete…"))
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.snooze_button.clicked.connect(self.snooze_current)
        self.open_button.clicked.connect(self.open_current)
        self.complete_button.clicked.connect(self.complete_current)
        self.reschedule_button.clicked.connect(self.reschedule_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.snooze_box)
        for button in (
            self.snooze_button,
            self.open_button,
            self.complete_button,
            self.reschedule_button,
            self.dismiss_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def describe(self, record: ActivityRecord) -> str:
        when = ""
        if record.starts_at is not None:
            start = record.starts_at.astimezone()
            same_day = start.date() == self._clock.now().astimezone().date()
            when = start.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
        who = record.contact_name or record.company_name
        if who:
            return self.tr("{time}  {kind} with {who}: {regarding}").format(
                time=when, kind=kind_label(record.kind), who=who, regarding=record.regarding
            )
        return self.tr("{time}  {kind}: {regarding}").format(
            time=when, kind=kind_label(record.kind), regarding=record.regarding
        )

    def add_alarms(self, records: list[ActivityRecord]) -> None:
        """Show these alarms too (an alarm already in the list is not repeated)."""
        shown = {self.list.item(i).data(_ROLE).id for i in range(self.list.count())}
        for record in records:
            if record.id in shown:
                continue
            item = QListWidgetItem(self.describe(record))
            item.setData(_ROLE, record)
            self.list.addItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def records(self) -> list[ActivityRecord]:
        return [self.list.item(i).data(_ROLE) for i in range(self.list.count())]

    def current(self) -> ActivityRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        record: ActivityRecord = item.data(_ROLE)
        return record

    def _remove(self, activity_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(_ROLE).id == activity_id:
                self.list.takeItem(i)
                break
        if self.list.count() == 0:
            self.accept()

    @Slot()
    def snooze_current(self) -> None:
        record = self.current()
        if record is None:
            return
        until = self._clock.now() + timedelta(minutes=int(self.snooze_box.currentData()))
        self._ctx.change(lambda s: alarms.snooze(s, record.id, until), Changes())
        self._remove(record.id)

    @Slot()
    def dismiss_current(self) -> None:
        record = self.current()
        if record is not None:
            self._remove(record.id)

    @Slot()
    def open_current(self) -> None:
        record = self.current()
        if record is None:
            return
        for entity, record_id in (
            ("contact", record.contact_id),
            ("company", record.company_id),
            ("opportunity", record.opportunity_id),
        ):
            if record_id:
                self.open_record.emit(entity, record_id)
                return

    @Slot()
    def complete_current(self) -> None:
        record = self.current()
        if record is None:
            return
        dialog = CompleteDialog(self._ctx, record.id, self, clock=self._clock)
        dialog.completed.connect(lambda done: self._remove(done.id))
        self.child_dialog = dialog
        dialog.open()

    @Slot()
    def reschedule_current(self) -> None:
        record = self.current()
        if record is None:
            return
        start = record.starts_at or self._clock.now()
        dialog = RescheduleDialog(self._ctx, record.id, start, self)
        dialog.rescheduled.connect(lambda moved: self._remove(moved.id))
        self.child_dialog = dialog
        dialog.open()


class AlarmWatcher(QObject):
    """Checks every few seconds (and once at start, for alarms missed while closed)."""

    #: Emitted with the AlarmDialog when alarms are shown.
    alarm_shown = Signal(object)
    #: Re-emitted from the dialog's "open record" (entity, id).
    open_record = Signal(str, str)

    def __init__(
        self,
        ctx: AppContext,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clock = clock or app_clock.current()
        self._parent_widget = parent
        self._checking = False
        self._tray = tray
        self.dialog: AlarmDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check now (catching alarms missed while the app was closed), then regularly."""
        self.check_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def check_now(self) -> None:
        """Look for alarms that went off, in the background."""
        if self._checking:
            return
        self._checking = True
        now = self._clock.now()
        self._ctx.change(lambda s: alarms.take_due(s, now), Changes(), self._due, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._checking = False

    def _due(self, records: list[ActivityRecord]) -> None:
        self._checking = False
        if not records:
            return
        if self.dialog is None:
            self.dialog = AlarmDialog(self._ctx, self._clock, self._parent_widget)
            self.dialog.open_record.connect(self.open_record)
        self.dialog.add_alarms(records)
        self.dialog.show()
        self.dialog.raise_()
        self._notify(records)
        self.alarm_shown.emit(self.dialog)

    @Slot()
    def _bring_up(self) -> None:
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _notify(self, records: list[ActivityRecord]) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(QIcon(icon), self)
            self._tray.messageClicked.connect(self._bring_up)
            self._tray.show()
        text = "\n".join(self.dialog.describe(r) for r in records) if self.dialog else ""
        self._tray.showMessage(self.tr("crmdesk alarm"), text)
