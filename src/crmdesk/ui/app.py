"""The desktop application's entry point: Qt application, language, theme, and the shell."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from crmdesk import __version__
from crmdesk.ui import theme
from crmdesk.ui.icons import icon
from crmdesk.ui.startup.shell import Shell
from crmdesk.vault import Vault


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with crmdesk's names, theme and icon (reused when one exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    app.setApplicationDisplayName("crmdesk")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # the shell quits; locking closes the window
    theme.apply(app)
    app.setWindowIcon(icon("app"))
    return app


def run(data_dir: str | None = None) -> int:
    """Run the desktop app on ``data_dir`` (default: the per-user data folder)."""
    app = make_application()
    vault = Vault(Path(data_dir)) if data_dir else Vault.default()
    shell = Shell(vault)
    shell.finished.connect(app.quit)
    shell.start()
    return int(app.exec())
