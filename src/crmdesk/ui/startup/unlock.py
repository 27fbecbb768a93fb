"""The unlock dialog: asks for the passphrase and lets the user retry after a wrong one."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db.engine import Database
from crmdesk.db.in_use import DatabaseInUse
from crmdesk.db.keys import WrongPassphrase
from crmdesk.errors import CrmError
from crmdesk.ui.startup.fields import error_label, show_error
from crmdesk.ui.startup.working import PassphraseWork, WorkingIndicator
from crmdesk.ui.sync.messages import database_in_use
from crmdesk.vault import Vault


class UnlockDialog(QDialog):
    """Ask for the passphrase; on success ``database`` holds the open database."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, locked: bool = False
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.database: Database | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Unlock crmdesk"))
        message = (
            self.tr("crmdesk was locked. Enter your passphrase to continue.")
            if locked
            else self.tr("Enter your passphrase to open your contacts.")
        )
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.error_label = error_label()
        self.remember_check = QCheckBox(self.tr("&Remember on this computer"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.remember_check)
        self.working = WorkingIndicator()
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.work = PassphraseWork(
            self, self.working, [self.passphrase_edit, self.remember_check, self.buttons]
        )

    @Slot()
    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            show_error(self.error_label, self.tr("Please enter your passphrase."))
            return
        show_error(self.error_label, None)
        vault, remember = self._vault, self.remember_check.isChecked()

        def open_database() -> Database:
            db = vault.unlock(passphrase)
            if remember:
                try:
                    vault.remember(passphrase)
                except BaseException:
                    db.close()
                    raise
            return db

        self.work.start(
            self.tr("Checking the passphrase…"), open_database, self._opened, self._failed
        )

    def _opened(self, db: Database) -> None:
        self.database = db
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self.attempts += 1
            message = self.tr("That passphrase is not right. Check Caps Lock and try again.")
        elif isinstance(exc, DatabaseInUse):
            message = database_in_use(exc)
        elif isinstance(exc, CrmError):
            message = str(exc)
        else:
            message = self.tr("The database could not be opened: {0}").format(exc)
        show_error(self.error_label, message)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def reject(self) -> None:
        if not self.work.running:  # the database may be opening: let that finish first
            super().reject()
