"""The start-up shell: first run or unlock, the main window, locking and unlocking again."""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog

from crmdesk import local_settings
from crmdesk.changes import EVERYTHING, Changes
from crmdesk.db.engine import Database
from crmdesk.db.keys import WrongPassphrase
from crmdesk.errors import CrmError
from crmdesk.ui import i18n, prefs
from crmdesk.ui.backup_service import BackupService
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext, show_error
from crmdesk.ui.startup.idle import IdleWatcher
from crmdesk.ui.startup.unlock import UnlockDialog
from crmdesk.ui.startup.wizard import FirstRunWizard
from crmdesk.vault import NeedPassphrase, Vault

log = logging.getLogger(__name__)
DEFAULT_AUTOLOCK_MINUTES = 15
_frozen: list[bool] = []  # gc.freeze() once per process, at the first unlock
DEMO_CONTACTS = 500


def autolock_minutes(session: Any) -> float:
    value = local_settings.get_value(session, "autolock_minutes")
    try:
        return float(value) if value is not None else DEFAULT_AUTOLOCK_MINUTES
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES


class Shell(QObject):
    """Drives the whole life of the window without blocking: every dialog is opened with ``open``.

    ``dialog`` is the start-up dialog being shown (wizard or unlock), ``window`` the
    main window while unlocked. ``finished`` is emitted when the user quits.
    """

    finished = Signal()
    unlocked = Signal()

    def __init__(self, vault: Vault, settings: QSettings | None = None) -> None:
        super().__init__()
        self.vault = vault
        self.settings = settings or prefs.interface_settings(Path(vault.data_dir))
        prefs.use(self.settings)
        self.ctx: AppContext | None = None
        self.backup: BackupService | None = None
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.idle = IdleWatcher(0, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def start(self) -> None:
        """First run shows the wizard; otherwise unlock from the keyring or ask."""
        i18n.install(i18n.chosen_language(self.settings))
        if not self.vault.exists():
            wizard = FirstRunWizard(self.vault, self.settings)
            wizard.accepted.connect(lambda: self._wizard_done(wizard))
            wizard.rejected.connect(self.finished)
            self._show_dialog(wizard)
            return
        try:
            db = self.vault.unlock()
        except (
            NeedPassphrase,
            WrongPassphrase,
        ):  # nothing remembered, or a stale $CRMDESK_PASSPHRASE
            self._ask_passphrase(locked=False)
            return
        except CrmError as exc:  # e.g. the database file is missing
            show_error(exc)
            self.finished.emit()
            return
        self._open(db)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _ask_passphrase(self, *, locked: bool) -> None:
        dialog = UnlockDialog(self.vault, locked=locked)
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.rejected.connect(self.finished)
        self._show_dialog(dialog)

    def _unlocked(self, dialog: UnlockDialog) -> None:
        if dialog.database is not None:
            self._open(dialog.database)

    def _wizard_done(self, wizard: FirstRunWizard) -> None:
        if wizard.database is None:
            return
        i18n.install(i18n.chosen_language(self.settings))
        self._open(wizard.database)
        if wizard.demo_requested:
            self.fill_demo()

    def _open(self, db: Database) -> None:
        self.dialog = None
        self.ctx = AppContext(db)
        self.ctx.changed.connect(self._settings_changed)
        self.idle.set_minutes(self.ctx.run_now(autolock_minutes))
        self.backup = BackupService(self.vault, db)
        self.backup.failed.connect(self._backup_failed)
        self.backup.start(self.ctx)
        self._build_window()
        # Everything loaded so far (modules, Qt wrappers, SQLAlchemy's caches) lives as long
        # as the app: keep it out of the collector's full passes, which otherwise pause the
        # UI thread for ~120 ms while 100,000 contact rows stream in (40 ms with this).
        if not _frozen:
            gc.freeze()
            _frozen.append(True)
        self.unlocked.emit()

    def _build_window(self) -> None:
        assert self.ctx is not None
        self.window = MainWindow(self.ctx, self.settings, vault=self.vault, backup=self.backup)
        self.window.lock_requested.connect(self.lock)
        self.window.closing.connect(self._window_closed)
        self.window.language_changed.connect(self.switch_language)
        self.window.show()

    @Slot(str)
    def _backup_failed(self, message: str) -> None:
        """A scheduled backup failed: say so (it is retried at the next run)."""
        if self.window is not None:
            self.window.statusBar().showMessage(message, 15000)

    def _stop_backups(self, *, on_exit: bool) -> None:
        service, self.backup = self.backup, None
        if service is None:
            return
        if on_exit:
            service.backup_on_exit()
        service.stop()
        service.deleteLater()

    @Slot(str)
    def switch_language(self, code: str) -> None:
        """Use ``code`` ("" = the system's) now: the main window is rebuilt in that language."""
        i18n.set_language(self.settings, code)
        i18n.install(i18n.chosen_language(self.settings))
        old = self.window
        if old is None or self.ctx is None:
            return
        old.closing.disconnect(self._window_closed)
        old.close()
        old.deleteLater()
        self._build_window()

    @Slot(object)
    def _settings_changed(self, changes: Changes) -> None:
        if changes.touches("settings") and self.ctx is not None:
            self.idle.set_minutes(self.ctx.run_now(autolock_minutes))

    def fill_demo(self) -> None:
        """Add demo data in the background; every view refreshes when it is in."""
        ctx, window = self.ctx, self.window
        if ctx is None or window is None:
            return
        window.statusBar().showMessage(window.tr("Adding demo data…"))

        def generate(_session: Any) -> Any:
            from crmdesk import demo

            return demo.generate(ctx.db, contacts=DEMO_CONTACTS)

        def done(_summary: Any) -> None:
            if self.window is not None:
                self.window.statusBar().showMessage(self.window.tr("Demo data added."), 5000)
            ctx.changed.emit(EVERYTHING)

        def failed(exc: BaseException) -> None:
            log.warning("demo data failed: %s", exc)
            if self.window is not None:
                self.window.statusBar().showMessage(
                    self.window.tr("Demo data could not be added."), 8000
                )

        ctx.query(generate, done, failed)

    @Slot()
    def lock(self) -> None:
        """Close the database and the window; only the passphrase opens them again."""
        if self.ctx is None:
            return
        self.idle.stop()
        window, ctx = self.window, self.ctx
        self.window, self.ctx = None, None
        if window is not None:
            window.closing.disconnect(self._window_closed)
            window.close()
            window.deleteLater()
        ctx.wait()
        self._stop_backups(on_exit=False)
        try:
            ctx.db.close()
        except CrmError:
            log.warning("closing the database failed", exc_info=True)
        ctx.deleteLater()
        self._ask_passphrase(locked=True)

    @Slot()
    def _window_closed(self) -> None:
        self.idle.stop()
        if self.ctx is not None:
            self.ctx.wait()
            self._stop_backups(on_exit=True)
            self.ctx.db.close()
            self.ctx = None
        self.window = None
        self.finished.emit()
