"""The first-run wizard: passphrase, remember on this computer, language, region, backup time."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk import local_settings
from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.ui import i18n
from crmdesk.ui.startup.fields import (
    error_label,
    passphrase_message,
    show_error,
    strength_text,
)
from crmdesk.ui.startup.working import PassphraseWork, WorkingIndicator
from crmdesk.vault import Vault, system_region

#: Phone regions offered first; the system's region is added when missing.
REGIONS = ("TH", "TW", "HK", "CN", "SG", "MY", "VN", "JP", "KR", "US", "GB", "AU", "DE", "FR")


class FirstRunWizard(QDialog):
    """Create the encrypted database; afterwards ``database`` holds it, open."""

    def __init__(self, vault: Vault, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._settings = settings
        self.database: Database | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.strength_label.setMinimumWidth(360)  # else word wrap squeezes it to a sliver
        self.passphrase_error = error_label()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_error = error_label()
        self.remember_check = QCheckBox()

        self.language_box = QComboBox()
        self.language_box.addItem("", "")  # "same as the system", named in _retranslate
        for code, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        saved = str(settings.value("language", "") or "")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(saved)))

        self.region_box = QComboBox()
        regions = list(REGIONS)
        here = system_region()
        if here and here not in regions:
            regions.insert(0, here)
        for code in regions:
            self.region_box.addItem(code, code)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(here or "TH")))

        self.backup_time = QTimeEdit(QTime(12, 30))
        self.backup_time.setDisplayFormat("HH:mm")
        self.demo_check = QCheckBox()

        self.row_labels = [QLabel() for _ in range(5)]
        for label, buddy in zip(
            self.row_labels,
            (
                self.passphrase_edit,
                self.confirm_edit,
                self.language_box,
                self.region_box,
                self.backup_time,
            ),
            strict=True,
        ):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.row_labels[0], self.passphrase_edit)
        form.addRow("", self.strength_label)
        form.addRow("", self.passphrase_error)
        form.addRow(self.row_labels[1], self.confirm_edit)
        form.addRow("", self.confirm_error)
        form.addRow("", self.remember_check)
        form.addRow(self.row_labels[2], self.language_box)
        form.addRow(self.row_labels[3], self.region_box)
        form.addRow(self.row_labels[4], self.backup_time)
        form.addRow("", self.demo_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.working = WorkingIndicator()
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.work = PassphraseWork(
            self,
            self.working,
            [
                self.passphrase_edit,
                self.confirm_edit,
                self.remember_check,
                self.language_box,
                self.region_box,
                self.backup_time,
                self.demo_check,
                self.buttons,
            ],
        )
        self.passphrase_edit.textChanged.connect(
            lambda text: self.strength_label.setText(strength_text(text))
        )
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.setMinimumWidth(580)
        self._retranslate()

    @Slot()
    def _language_chosen(self) -> None:
        """Speak the chosen language at once, so the rest of the wizard reads in it."""
        i18n.install(self.language or i18n.system_language())
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to crmdesk"))
        self.intro.setText(
            self.tr(
                "Your contacts are kept in an encrypted database on this computer. "
                "Choose a passphrase to protect it. Without it the data cannot be read, "
                "so keep it somewhere safe."
            )
        )
        self.strength_label.setText(strength_text(self.passphrase_edit.text()))
        self.remember_check.setText(self.tr("&Remember on this computer (no passphrase needed)"))
        self.language_box.setItemText(0, self.tr("Same as the system"))
        self.demo_check.setText(self.tr("Fill with &demo data to try things out"))
        for label, text in zip(
            self.row_labels,
            (
                self.tr("&Passphrase:"),
                self.tr("&Confirm passphrase:"),
                self.tr("&Language:"),
                self.tr("Phone &region:"),
                self.tr("Daily &backup at:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.create_button.setText(self.tr("C&reate database"))
        self.cancel_button.setText(self.tr("Cancel"))

    @property
    def language(self) -> str:
        return str(self.language_box.currentData() or "")

    @property
    def demo_requested(self) -> bool:
        return self.demo_check.isChecked()

    @Slot()
    def _create(self) -> None:
        passphrase = self.passphrase_edit.text()
        problem = passphrase_message(passphrase)
        show_error(self.passphrase_error, problem)
        mismatch = passphrase != self.confirm_edit.text()
        show_error(self.confirm_error, self.tr("The two passphrases differ.") if mismatch else None)
        if problem or mismatch:
            (self.passphrase_edit if problem else self.confirm_edit).setFocus()
            return
        vault, remember = self._vault, self.remember_check.isChecked()
        region = str(self.region_box.currentData())
        backup_time = self.backup_time.time().toString("HH:mm")
        language = self.language

        def create() -> Database:
            db = vault.init(passphrase, remember=remember, region=region)
            try:
                with db.write() as session:
                    local_settings.set_value(session, "backup_time", backup_time)
                    local_settings.set_value(session, "autolock_minutes", "15")
                    if language:
                        local_settings.set_value(session, "language", language)
            except BaseException:
                db.close()
                raise
            return db

        self.work.start(
            self.tr("Creating the encrypted database…"), create, self._created, self._failed
        )

    def _created(self, db: Database) -> None:
        i18n.set_language(self._settings, self.language)
        self.database = db
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        message = (
            str(exc)
            if isinstance(exc, CrmError)
            else self.tr("The database could not be created: {0}").format(exc)
        )
        show_error(self.passphrase_error, message)
        self.passphrase_edit.setFocus()

    def reject(self) -> None:
        if not self.work.running:  # the database is being written: let that finish first
            super().reject()
