"""The "Connect to office server" dialog: sign-in, certificate fingerprint to compare, pinning."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.sync import tls
from crmdesk.sync.client import (
    CertificateChanged,
    NoKeyring,
    SyncClient,
    normalise_url,
    probe,
)
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, run_in_background


@dataclass(frozen=True)
class ServerCertificate:
    """What the server presented, and what this database pinned for that address before."""

    url: str
    fingerprint: str
    pinned: str | None

    @property
    def changed(self) -> bool:
        return self.pinned is not None and self.pinned != self.fingerprint


def inspect_server(db: Database, url: str) -> ServerCertificate:
    """Fetch the certificate without trusting it (network: call from a worker)."""
    url = normalise_url(url)
    _pem, found = probe(url)
    client = SyncClient(db)
    try:
        status = client.status()
    finally:
        client.close()
    pinned = status.fingerprint if status.server_url == url else None
    return ServerCertificate(url, found, pinned)


def connect_to(
    db: Database, cert: ServerCertificate, user: str, password: str, confirmed: str | None
) -> str:
    """Sign in and pin; only the certificate the user saw is accepted (network: a worker)."""
    client = SyncClient(db)
    try:
        if confirmed is not None:  # the administrator replaced the certificate
            return client.connect(cert.url, user, password, fingerprint=confirmed)
        return client.connect(
            cert.url,
            user,
            password,
            confirm=lambda shown: tls.normalise(shown) == cert.fingerprint,
        )
    finally:
        client.close()


class ConnectDialog(QDialog):
    """Trust on first use: the user compares the fingerprint with the admin's before connecting."""

    #: Connected and pinned: the pinned fingerprint (shown form).
    connected = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.certificate: ServerCertificate | None = None
        self.setWindowTitle(self.tr("Connect to Office Server"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://server:8443"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.check = QPushButton(self.tr("Check &Certificate"))
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matches = QCheckBox(self.tr("This fingerprint matches what my administrator sees"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(
            self.tr("Only if your administrator replaced it: the new fingerprint")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("C&onnect"), QDialogButtonBox.ButtonRole.AcceptRole
        )

        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.matches)
        layout.addWidget(self.warning)
        layout.addWidget(self.replacement)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.check.clicked.connect(self._check)
        self.url.textEdited.connect(self._forget_certificate)
        self.matches.toggled.connect(self._update_buttons)
        self.replacement.textChanged.connect(self._update_buttons)
        for edit in (self.user, self.password):
            edit.textChanged.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._connect)
        self._forget_certificate()

    # -- certificate ---------------------------------------------------------------
    @Slot()
    def _forget_certificate(self) -> None:
        self.certificate = None
        self.fingerprint.setText(
            self.tr("Check the certificate to see its fingerprint before connecting.")
        )
        self.matches.setChecked(False)
        self.matches.setVisible(False)
        self.warning.setVisible(False)
        self.replacement.setVisible(False)
        self.replacement.clear()
        self._update_buttons()

    @Slot()
    def _check(self) -> None:
        self._forget_certificate()
        self.message.setText(self.tr("Checking the server's certificate…"))
        self.check.setEnabled(False)
        db, url = self.ctx.db, self.url.text()
        run_in_background(
            self.ctx.pool,
            lambda: inspect_server(db, url),
            while_alive(self, self._show_certificate),
            while_alive(self, self._failed),
        )

    def _show_certificate(self, cert: Any) -> None:
        assert isinstance(cert, ServerCertificate)
        self.check.setEnabled(True)
        self.message.clear()
        self.certificate = cert
        self.fingerprint.setText(
            self.tr("Certificate fingerprint (SHA-256):\n{0}").format(tls.show(cert.fingerprint))
        )
        if cert.changed:
            assert cert.pinned is not None
            self._warn_changed(tls.show(cert.pinned), tls.show(cert.fingerprint))
        else:
            self.matches.setVisible(True)
        self._update_buttons()

    def _warn_changed(self, pinned: str, now: str) -> None:
        self.matches.setVisible(False)
        self.matches.setChecked(False)
        self.warning.setText(
            self.tr(
                "Warning: this server's certificate has changed. It was {0} and is now {1}. "
                "Someone may be intercepting the connection, so nothing was sent. Do not "
                "connect unless your administrator replaced the certificate and gave you "
                "the new fingerprint."
            ).format(pinned, now)
        )
        self.warning.setVisible(True)
        self.replacement.setVisible(True)

    def replacement_fingerprint(self) -> str | None:
        """The administrator's new fingerprint, if typed and equal to what the server shows."""
        if self.certificate is None or not self.certificate.changed:
            return None
        try:
            typed = tls.normalise(self.replacement.text())
        except CrmError:
            return None
        return typed if typed == self.certificate.fingerprint else None

    @Slot()
    def _update_buttons(self) -> None:
        cert = self.certificate
        trusted = cert is not None and (
            self.replacement_fingerprint() is not None if cert.changed else self.matches.isChecked()
        )
        filled = bool(self.user.text().strip() and self.password.text())
        self.connect_button.setEnabled(trusted and filled)

    # -- connecting ----------------------------------------------------------------
    @Slot()
    def _connect(self) -> None:
        cert = self.certificate
        if cert is None or not self.connect_button.isEnabled():
            return
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        db, user, password = self.ctx.db, self.user.text().strip(), self.password.text()
        confirmed = self.replacement_fingerprint()
        run_in_background(
            self.ctx.pool,
            lambda: connect_to(db, cert, user, password, confirmed),
            while_alive(self, self._connected),
            while_alive(self, self._failed),
        )

    def _connected(self, pinned: Any) -> None:
        self.message.setText(self.tr("Connected; the certificate is pinned."))
        self.connected.emit(tls.show(str(pinned)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.check.setEnabled(True)
        if isinstance(exc, CertificateChanged):
            self.certificate = None
            self.matches.setVisible(False)
            self.warning.setText(
                self.tr(
                    "Warning: the server's certificate is not the one you checked or pinned. "
                    "Someone may be intercepting the connection, so nothing was sent."
                )
            )
            self.warning.setVisible(True)
        if isinstance(exc, NoKeyring):
            self.message.setText(
                self.tr(
                    "This computer has no usable keyring to keep the sign-in in. Install or "
                    "unlock one (GNOME Keyring, KWallet, Windows Credential Manager or macOS "
                    "Keychain), then connect again."
                )
            )
        elif isinstance(exc, CrmError):
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Something went wrong: {0}").format(exc))
        self._update_buttons()
