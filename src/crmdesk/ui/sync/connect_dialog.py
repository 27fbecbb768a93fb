"""The "Connect to office server" dialog: sign-in, fingerprint to compare, pinning, first seed.

Connecting runs in a worker. A laptop that worked alone then prepares its records for the
office server (sync/seed.py: one outbox insert per record, half a minute at 100k contacts);
the dialog shows how far that got. Closing the dialog meanwhile stops the preparation after
the chunk being written: the database is connected, and the next sync round finishes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.db.engine import Database
from crmdesk.errors import CrmError
from crmdesk.sync import tls
from crmdesk.sync.client import (
    CertificateChanged,
    LocalDatabaseFailed,
    NoKeyring,
    Offline,
    SyncClient,
    normalise_url,
    probe,
)
from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import AppContext, run_in_background
from crmdesk.ui.sync.messages import sync_problem


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
    try:
        _pem, found = probe(url)
    except CrmError as exc:
        if isinstance(exc.__cause__, OSError):  # refused, timed out, no TLS: not reachable
            raise Offline(str(exc)) from exc
        raise
    client = SyncClient(db)
    try:
        status = client.status()
    finally:
        client.close()
    pinned = status.fingerprint if status.server_url == url else None
    return ServerCertificate(url, found, pinned)


@dataclass(frozen=True)
class Connected:
    """A connect that went through: the pinned fingerprint, and whether the seed finished."""

    fingerprint: str
    prepared: bool


class _Stopped(Exception):
    """The user closed the dialog while the records were being prepared."""


def connect_to(
    db: Database,
    cert: ServerCertificate,
    user: str,
    password: str,
    confirmed: str | None,
    progress: Callable[[int, int], None] | None = None,
    stop: threading.Event | None = None,
) -> Connected:
    """Sign in, pin and prepare the records; only the certificate the user saw is accepted.

    Network and a long write: call from a worker. ``progress(done, total)`` after each chunk
    of the seed; once ``stop`` is set the seed stops after its current chunk (committed, so
    the next sync round goes on from there) and ``prepared`` is False.
    """

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if stop is not None and stop.is_set():
            raise _Stopped

    client = SyncClient(db)
    try:
        if confirmed is not None:  # the administrator replaced the certificate
            found = client.connect(cert.url, user, password, fingerprint=confirmed, progress=report)
        else:
            found = client.connect(
                cert.url,
                user,
                password,
                confirm=lambda shown: tls.normalise(shown) == cert.fingerprint,
                progress=report,
            )
    except _Stopped:
        return Connected(cert.fingerprint, prepared=False)
    finally:
        client.close()
    return Connected(found, prepared=True)


class _Progress(QObject):
    """Carries the seed's progress from the worker to the UI thread (a queued signal)."""

    advanced = Signal(int, int)


class ConnectDialog(QDialog):
    """Trust on first use: the user compares the fingerprint with the admin's before connecting."""

    #: Connected and pinned: the pinned fingerprint (shown form).
    connected = Signal(str)
    # Connected, but preparing the records stopped (closed, or a busy database): the next
    # sync round finishes it.
    connected_unprepared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.certificate: ServerCertificate | None = None
        self._stop: threading.Event | None = None
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
        self.preparing = QProgressBar()
        self.preparing.setVisible(False)
        self.preparing_hint = QLabel(
            self.tr("You can close this window: the next sync finishes preparing your records.")
        )
        self.preparing_hint.setWordWrap(True)
        self.preparing_hint.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("C&onnect"), QDialogButtonBox.ButtonRole.AcceptRole
        )

        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self._column = layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.matches)
        layout.addWidget(self.warning)
        layout.addWidget(self.replacement)
        layout.addWidget(self.message)
        layout.addWidget(self.preparing)
        layout.addWidget(self.preparing_hint)
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
        self.check.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        db, user, password = self.ctx.db, self.user.text().strip(), self.password.text()
        confirmed = self.replacement_fingerprint()
        relay, stop = _Progress(), threading.Event()
        relay.advanced.connect(self._show_progress)  # dropped once the dialog is gone
        self._stop = stop
        run_in_background(
            self.ctx.pool,
            lambda: connect_to(db, cert, user, password, confirmed, relay.advanced.emit, stop),
            while_alive(self, self._connected),
            while_alive(self, self._failed),
        )

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        locale = self.locale()
        self.message.setText(
            self.tr("Preparing your records for the office server… {0} of {1}").format(
                locale.toString(done), locale.toString(total)
            )
        )
        self.preparing.setRange(0, max(total, 1))
        self.preparing.setValue(done if total else 1)
        if not self.preparing.isVisible():
            self.preparing.setVisible(True)
            self.preparing_hint.setVisible(True)
            self._grow()

    def _grow(self) -> None:
        """Grow (never shrink) so newly shown or longer wrapped text has room."""
        layout = self._column
        layout.activate()
        width = max(self.width(), self.sizeHint().width())
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        if width > self.width() or height > self.height():
            self.resize(width, max(height, self.height()))

    def stop_preparing(self) -> None:
        """Stop a running seed after its current chunk (the dialog or the app is closing)."""
        if self._stop is not None:
            self._stop.set()

    def done(self, result: int) -> None:
        """Closing while connecting: the preparation stops; the next sync round finishes it."""
        self.stop_preparing()
        super().done(result)

    def _connected(self, outcome: Any) -> None:
        assert isinstance(outcome, Connected)
        self._stop = None
        self.check.setEnabled(True)
        self.preparing_hint.setVisible(False)
        if not outcome.prepared:
            self.connected_unprepared.emit()
            return
        if self.preparing.isVisible():
            self.preparing.setValue(self.preparing.maximum())
        self.message.setText(self.tr("Connected; the certificate is pinned."))
        self.connected.emit(tls.show(outcome.fingerprint))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._stop = None
        self.check.setEnabled(True)
        self.preparing.setVisible(False)
        self.preparing_hint.setVisible(False)
        if isinstance(exc, LocalDatabaseFailed) and exc.connected:
            self.connected_unprepared.emit()
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
        elif isinstance(exc, LocalDatabaseFailed) and exc.connected:
            self.message.setText(
                self.tr(
                    "Connected, but preparing your records for the office server stopped "
                    "because this computer's database was busy or full. Nothing is lost: the "
                    "next sync goes on from where it stopped."
                )
            )
        elif isinstance(exc, LocalDatabaseFailed):
            self.message.setText(
                self.tr(
                    "Connecting stopped because this computer's database was busy or full; "
                    "nothing was changed. Connect again once other crmdesk windows or imports "
                    "are done or disk space is freed."
                )
            )
        elif isinstance(exc, CrmError):
            self.message.setText(sync_problem(exc))
        else:
            self.message.setText(self.tr("Something went wrong: {0}").format(exc))
        self._update_buttons()
        self._grow()
