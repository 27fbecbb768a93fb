"""Changing the passphrase: the key is rewrapped off the UI thread (two Argon2id runs)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db.keys import WrongPassphrase
from crmdesk.errors import CrmError
from crmdesk.ui.startup.fields import (
    error_label,
    passphrase_message,
    show_error,
    strength_text,
)
from crmdesk.ui.startup.working import PassphraseWork, WorkingIndicator
from crmdesk.vault import Vault


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice; ``changed`` is True once the new one is in force."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old_edit = _password_edit()
        self.old_error = error_label()
        self.new_edit = _password_edit()
        self.strength_label = QLabel(strength_text(""))
        self.strength_label.setWordWrap(True)
        self.new_error = error_label()
        self.confirm_edit = _password_edit()
        self.confirm_error = error_label()
        self.new_edit.textChanged.connect(lambda t: self.strength_label.setText(strength_text(t)))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("C&urrent passphrase:"), self.old_edit)
        form.addRow("", self.old_error)
        form.addRow(self.tr("&New passphrase:"), self.new_edit)
        form.addRow("", self.strength_label)
        form.addRow("", self.new_error)
        form.addRow(self.tr("&Confirm new passphrase:"), self.confirm_edit)
        form.addRow("", self.confirm_error)
        note = QLabel(
            self.tr(
                "Only the key file is rewritten; your data stays as it is. Backups made "
                "before now still open with the old passphrase."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change_button.setText(self.tr("C&hange"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        self.working = WorkingIndicator()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.work = PassphraseWork(
            self, self.working, [self.old_edit, self.new_edit, self.confirm_edit, self.buttons]
        )

    @Slot()
    def _change(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        missing = self.tr("Please enter your current passphrase.") if not old else None
        problem = passphrase_message(new)
        mismatch = (
            self.tr("The two passphrases differ.") if new != self.confirm_edit.text() else None
        )
        show_error(self.old_error, missing)
        show_error(self.new_error, problem)
        show_error(self.confirm_error, mismatch)
        if missing or problem or mismatch:
            return
        vault = self._vault
        self.work.start(
            self.tr("Changing the passphrase…"),
            lambda: vault.change_passphrase(old, new),
            self._done,
            self._failed,
        )

    def _done(self, _result: object) -> None:
        self.changed = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            show_error(
                self.old_error,
                self.tr("That passphrase is not right. Check Caps Lock and try again."),
            )
            self.old_edit.selectAll()
            self.old_edit.setFocus()
        elif isinstance(exc, CrmError):
            show_error(self.new_error, str(exc))
        else:
            show_error(
                self.new_error, self.tr("The passphrase could not be changed: {0}").format(exc)
            )

    def reject(self) -> None:
        if not self.work.running:  # never leave while the key file is being rewritten
            super().reject()
