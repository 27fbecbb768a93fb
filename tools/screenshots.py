#!/usr/bin/env python3
"""Render the main views with demo data to PNG files for review (offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out screenshots]
        [--contacts 500] [--languages en th zh_TW zh_CN]

Creates a throw-away encrypted database with demo data, then for each language
grabs every navigation page, a contact record (also edited in place), a company
record, the contact dialog, the duplicate warning, the change-passphrase dialog, the
first-run wizard and the unlock dialog at the default window size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from crmdesk import activities, companies, contacts, demo  # noqa: E402
from crmdesk.ui import i18n, prefs, theme  # noqa: E402
from crmdesk.ui.app import make_application  # noqa: E402
from crmdesk.ui.contact_dialog import ContactDialog  # noqa: E402
from crmdesk.ui.contact_view import ContactView  # noqa: E402
from crmdesk.ui.duplicate_warning import (  # noqa: E402
    DuplicateWarning,
    SimilarContact,
    similar_contacts,
)
from crmdesk.ui.main_window import MainWindow  # noqa: E402
from crmdesk.ui.ops import AppContext  # noqa: E402
from crmdesk.ui.pages import PAGES  # noqa: E402
from crmdesk.ui.startup.change_passphrase import ChangePassphraseDialog  # noqa: E402
from crmdesk.ui.startup.unlock import UnlockDialog  # noqa: E402
from crmdesk.ui.startup.wizard import FirstRunWizard  # noqa: E402
from crmdesk.vault import Vault  # noqa: E402

PASSPHRASE = "screenshots only, not secret"  # noqa: S105 (a throw-away database)


def settle(ctx: AppContext, seconds: float = 0.6) -> None:
    """Let background queries finish and their results paint."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ctx.wait(200)
        if app is not None:
            app.processEvents()
        time.sleep(0.02)


def busiest_contact(session: Any) -> str:
    """A contact with history to show: whoever the latest completed activity was with."""
    done = [a.contact_id for a in activities.history(session, limit=50) if a.contact_id]
    return done[0] if done else contacts.list_contacts(session, limit=1)[0].id


def look_alikes(session: Any, contact_id: str) -> list[SimilarContact]:
    """What entering ``contact_id`` again would be warned about."""
    record = contacts.get_contact(session, contact_id)
    return similar_contacts(session, record.to_draft(), None)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--contacts", type=int, default=500)
    parser.add_argument("--languages", nargs="+", default=list(i18n.LANGUAGES))
    parser.add_argument("--size", default="1200x760", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    prefix = "dark_" if args.dark else ""
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    if args.dark:
        app.setPalette(theme.dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "data")
        db = vault.init(PASSPHRASE, region="TH")
        demo.generate(db, contacts=args.contacts)
        ctx = AppContext(db)
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        prefs.use(settings)
        contact_id = ctx.run_now(busiest_contact)
        company_id = ctx.run_now(lambda s: companies.list_companies(s, limit=1)[0].id)
        for code in args.languages:
            i18n.install(code)
            window = MainWindow(ctx, settings, vault=vault)
            window.resize(width, height)
            window.show()
            for spec in PAGES:
                window.show_page(spec.key)
                settle(ctx)
                save(window, args.out / f"{prefix}{code}_{spec.key}.png")
            window.open_record("contact", contact_id)
            settle(ctx)
            save(window, args.out / f"{prefix}{code}_contact_record.png")
            record = window.record
            tabs = getattr(record, "tabs", None)
            if tabs is not None:
                tabs.setCurrentIndex(1)
                settle(ctx, 0.2)
                save(window, args.out / f"{prefix}{code}_contact_history.png")
            if isinstance(record, ContactView):
                record.edit_in_place()
                settle(ctx, 0.2)
                save(window, args.out / f"{prefix}{code}_contact_edit_in_place.png")
                record.header_editor.cancel()
            window.open_record("company", company_id)
            settle(ctx)
            save(window, args.out / f"{prefix}{code}_company_record.png")
            dialog = ContactDialog(ctx, window, contact_id=contact_id)
            dialog.show()
            settle(ctx)
            save(dialog, args.out / f"{prefix}{code}_contact_dialog.png")
            dialog.close()
            warning = DuplicateWarning(ctx.run_now(lambda s: look_alikes(s, contact_id)), window)
            warning.show()
            settle(ctx, 0.2)
            save(warning, args.out / f"{prefix}{code}_duplicate_warning.png")
            warning.close()
            change = ChangePassphraseDialog(vault, window)
            change.show()
            settle(ctx, 0.2)
            save(change, args.out / f"{prefix}{code}_change_passphrase.png")
            change.close()
            other = Vault(Path(tmp) / f"new-{code}")
            wizard = FirstRunWizard(other, settings)
            wizard.show()
            settle(ctx, 0.2)
            save(wizard, args.out / f"{prefix}{code}_wizard.png")
            wizard.close()
            unlock = UnlockDialog(vault, locked=True)
            unlock.show()
            settle(ctx, 0.2)
            save(unlock, args.out / f"{prefix}{code}_unlock.png")
            unlock.close()
            window.close()
            window.deleteLater()
            settle(ctx, 0.2)
        ctx.wait()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
