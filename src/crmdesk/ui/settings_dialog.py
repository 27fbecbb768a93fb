"""The settings dialog: language, dates, currency, pipeline stages, custom fields, locking."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk import custom_fields, local_settings, pipeline
from crmdesk.changes import Changes
from crmdesk.custom_fields import FieldDefinition
from crmdesk.dates import DateStyle, format_date
from crmdesk.errors import CrmError
from crmdesk.pipeline import Stage
from crmdesk.sync import interval
from crmdesk.ui import i18n, prefs
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.validation import ValidationError

CURRENCIES = ("THB", "TWD", "CNY", "HKD", "SGD", "MYR", "USD", "EUR", "JPY")
DEFAULT_AUTOLOCK = 15
DEFAULT_BACKUP_TIME = "12:30"
_ROLE = Qt.ItemDataRole.UserRole
_ERROR_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class SettingsValues:
    """What the dialog shows and saves."""

    language: str
    date_format: str
    currency: str
    autolock_minutes: int
    backup_time: str
    stages: list[Stage]
    #: Minutes between automatic syncs with the office server; 0: only "Sync now".
    sync_minutes: int = interval.DEFAULT_MINUTES


def load_settings(session: Any) -> SettingsValues:
    def value(key: str, default: str) -> str:
        return local_settings.get_value(session, key) or default

    try:
        autolock = int(float(value("autolock_minutes", str(DEFAULT_AUTOLOCK))))
    except ValueError:
        autolock = DEFAULT_AUTOLOCK
    return SettingsValues(
        language=value("language", ""),
        date_format=DateStyle.parse(value("date_format", DateStyle.ISO.value)).value,
        currency=local_settings.default_currency(session),
        autolock_minutes=autolock,
        backup_time=value("backup_time", DEFAULT_BACKUP_TIME),
        stages=pipeline.list_stages(session),
        sync_minutes=interval.sync_interval_minutes(session),
    )


def save_settings(
    session: Any, values: SettingsValues, stages: list[tuple[str | None, str, int]]
) -> None:
    local_settings.set_value(session, "language", values.language)
    local_settings.set_value(session, "date_format", values.date_format)
    local_settings.set_value(session, "currency", values.currency)
    local_settings.set_value(session, "autolock_minutes", str(values.autolock_minutes))
    local_settings.set_value(session, "backup_time", values.backup_time)
    interval.set_sync_interval(session, values.sync_minutes)
    pipeline.save_stages(session, stages)


class StagesEditor(QWidget):
    """Pipeline stages in order, with their default win probability."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability %")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add stage"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(lambda: self.add_stage(self.tr("New stage"), 50))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_stages(self, stages: list[Stage]) -> None:
        self.table.setRowCount(0)
        for stage in stages:
            self.add_stage(stage.name, stage.probability, stage.id)

    def add_stage(self, name: str, probability: int, stage_id: str | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(_ROLE, stage_id)
        self.table.setItem(row, 0, item)
        spin = QSpinBox()
        spin.setRange(0, 100)
        spin.setValue(probability)
        self.table.setCellWidget(row, 1, spin)
        self.table.setCurrentCell(row, 0)

    def _row(self, row: int) -> tuple[str | None, str, int]:
        item = self.table.item(row, 0)
        spin = self.table.cellWidget(row, 1)
        assert isinstance(spin, QSpinBox)
        return (item.data(_ROLE) if item else None, item.text() if item else "", spin.value())

    def stages(self) -> list[tuple[str | None, str, int]]:
        """(id or None, name, probability) in order, as ``pipeline.save_stages`` takes them."""
        return [self._row(r) for r in range(self.table.rowCount())]

    @Slot()
    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_current(self, direction: int) -> None:
        row = self.table.currentRow()
        target = row + direction
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.stages()
        rows[row], rows[target] = rows[target], rows[row]
        self.table.setRowCount(0)
        for stage_id, name, probability in rows:
            self.add_stage(name, probability, stage_id)
        self.table.setCurrentCell(target, 0)


class CustomFieldsEditor(QWidget):
    """Define, reorder and remove custom fields; each change is saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entity_box = QComboBox()
        for value, text in (
            ("contact", self.tr("Contacts")),
            ("company", self.tr("Companies")),
            ("opportunity", self.tr("Opportunities")),
        ):
            self.entity_box.addItem(text, value)
        self.fields = QListWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Field name"))
        self.type_box = QComboBox()
        for value, text in (
            ("text", self.tr("Text")),
            ("number", self.tr("Number")),
            ("date", self.tr("Date")),
            ("choice", self.tr("Choice")),
            ("checkbox", self.tr("Check box")),
        ):
            self.type_box.addItem(text, value)
        self.choices_edit = QLineEdit()
        self.choices_edit.setPlaceholderText(self.tr("Choices, separated by commas"))
        self.add_button = QPushButton(self.tr("A&dd field"))
        self.remove_button = QPushButton(self.tr("Re&move field"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.error = QLabel()
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fields for:")))
        top.addWidget(self.entity_box, 1)
        order = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.fields, 1)
        middle.addLayout(order)
        new = QHBoxLayout()
        new.addWidget(self.name_edit, 2)
        new.addWidget(self.type_box, 1)
        new.addWidget(self.choices_edit, 2)
        new.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(new)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Changes to custom fields are saved at once.")))
        self.entity_box.currentIndexChanged.connect(self.reload)
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

    def entity(self) -> str:
        return str(self.entity_box.currentData())

    def names(self) -> list[str]:
        return [str(self.fields.item(i).data(_ROLE)) for i in range(self.fields.count())]

    @Slot()
    def reload(self) -> None:
        entity = self.entity()
        self._ctx.query(lambda s: custom_fields.list_fields(s, entity), self._show)

    def _show(self, fields: list[FieldDefinition]) -> None:
        current = self.fields.currentItem()
        chosen = current.data(_ROLE) if current else None
        self.fields.clear()
        for field in fields:
            item = QListWidgetItem(
                self.tr("{label} ({type})").format(label=field.label, type=field.field_type)
            )
            item.setData(_ROLE, field.name)
            self.fields.addItem(item)
            if field.name == chosen:
                self.fields.setCurrentItem(item)

    def _apply(self, work: Any) -> None:
        self.error.clear()
        self._ctx.change(work, Changes(settings=True), lambda _r: self.reload(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.setText(" ".join(p.message for p in exc.problems))
        elif isinstance(exc, CrmError):
            self.error.setText(str(exc))
        else:
            show_error(exc, self)

    @Slot()
    def add_field(self) -> None:
        entity, name = self.entity(), self.name_edit.text().strip()
        field_type = str(self.type_box.currentData())
        choices = tuple(c.strip() for c in self.choices_edit.text().split(",") if c.strip())
        if not name:
            self.error.setText(self.tr("Give the field a name."))
            return
        self._apply(
            lambda s: custom_fields.define_field(s, entity, name, field_type, choices=choices)
        )
        self.name_edit.clear()
        self.choices_edit.clear()

    @Slot()
    def remove_current(self) -> None:
        item = self.fields.currentItem()
        if item is None:
            return
        entity, name = self.entity(), str(item.data(_ROLE))
        self._apply(lambda s: custom_fields.remove_field(s, entity, name))

    def move_current(self, direction: int) -> None:
        row = self.fields.currentRow()
        names = self.names()
        target = row + direction
        if row < 0 or not 0 <= target < len(names):
            return
        names[row], names[target] = names[target], names[row]
        entity = self.entity()
        self._apply(lambda s: custom_fields.reorder_fields(s, entity, names))


class SettingsDialog(QDialog):
    """Everything a user sets for this database; OK saves in one step."""

    #: The chosen language code ("" follows the system); the shell re-installs translators.
    language_changed = Signal(str)
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded: SettingsValues | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Same as the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        sample = date(2026, 11, 23)
        self.date_box = QComboBox()
        for style, text in (
            (DateStyle.ISO, self.tr("Year-month-day ({0})")),
            (DateStyle.DMY, self.tr("Day/month/year ({0})")),
            (DateStyle.MDY, self.tr("Month/day/year ({0})")),
            (DateStyle.DMY_BE, self.tr("Day/month/Buddhist Era year ({0})")),
        ):
            self.date_box.addItem(text.format(format_date(sample, style)), style.value)
        self.currency_box = QComboBox()
        self.currency_box.setEditable(True)
        self.currency_box.addItems(list(CURRENCIES))
        self.autolock_spin = QSpinBox()
        self.autolock_spin.setRange(0, 24 * 60)
        self.autolock_spin.setSpecialValueText(self.tr("Never"))
        self.autolock_spin.setSuffix(self.tr(" min"))
        self.backup_edit = QTimeEdit()
        self.backup_edit.setDisplayFormat("HH:mm")
        self.sync_spin = QSpinBox()
        self.sync_spin.setRange(0, interval.MAX_MINUTES)
        self.sync_spin.setSpecialValueText(self.tr("Off (only Sync Now)"))
        self.sync_spin.setSuffix(self.tr(" min"))
        self.sync_spin.setToolTip(
            self.tr("How often crmdesk syncs with the office server by itself.")
        )
        self.general_error = QLabel()
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Dates:"), self.date_box)
        form.addRow(self.tr("&Currency:"), self.currency_box)
        form.addRow(self.tr("&Lock after idle:"), self.autolock_spin)
        form.addRow(self.tr("Daily &backup at:"), self.backup_edit)
        form.addRow(self.tr("Sync &automatically every:"), self.sync_spin)
        self.stages_editor = StagesEditor()
        self.fields_editor = CustomFieldsEditor(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.stages_editor, self.tr("Pipeline stages"))
        self.tabs.addTab(self.fields_editor, self.tr("Custom fields"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        ctx.query(load_settings, self._show)
        self.fields_editor.reload()

    def _show(self, values: SettingsValues) -> None:
        if not values.language:  # chosen before the database existed (wizard, last run)
            interface = str(prefs.current().value("language", "") or "")
            values = replace(values, language=interface if interface in i18n.LANGUAGES else "")
        self._loaded = values
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(values.language)))
        self.date_box.setCurrentIndex(max(0, self.date_box.findData(values.date_format)))
        self.currency_box.setCurrentText(values.currency)
        self.autolock_spin.setValue(values.autolock_minutes)
        self.backup_edit.setTime(QTime.fromString(values.backup_time, "HH:mm"))
        self.sync_spin.setValue(values.sync_minutes)
        self.stages_editor.set_stages(values.stages)
        self.ok_button.setEnabled(True)

    def values(self) -> SettingsValues:
        return SettingsValues(
            language=str(self.language_box.currentData() or ""),
            date_format=str(self.date_box.currentData()),
            currency=self.currency_box.currentText().strip().upper(),
            autolock_minutes=self.autolock_spin.value(),
            backup_time=self.backup_edit.time().toString("HH:mm"),
            stages=[],
            sync_minutes=self.sync_spin.value(),
        )

    @Slot()
    def save(self) -> None:
        values = self.values()
        self.general_error.clear()
        if len(values.currency) != 3 or not values.currency.isalpha():
            self.general_error.setText(
                self.tr("A currency is a three-letter code such as THB, TWD or USD.")
            )
            self.tabs.setCurrentIndex(0)
            return
        stages = self.stages_editor.stages()
        self.ok_button.setEnabled(False)
        self._ctx.change(
            lambda s: save_settings(s, values, stages),
            Changes(settings=True, opportunities=True),
            lambda _r: self._saved(values),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, CrmError):
            self.general_error.setText(str(exc))
        else:
            show_error(exc, self)

    def _saved(self, values: SettingsValues) -> None:
        if self._loaded is not None and values.language != self._loaded.language:
            self.language_changed.emit(values.language)  # the shell installs it and remembers
        self.saved.emit()
        self.accept()
