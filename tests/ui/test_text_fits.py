"""No text is cut off in any of the four languages at the main window's default size."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from tests.ui.text_fit import cut_off_items, cut_off_text
from tests.ui.typing import type_text

from crmdesk import activities, companies, contacts, demo
from crmdesk.activities import ActivityDraft
from crmdesk.clock import SystemClock
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft
from crmdesk.ui import i18n
from crmdesk.ui.activity_dialog import ActivityDialog, CompleteDialog
from crmdesk.ui.alarms import AlarmDialog
from crmdesk.ui.contact_dialog import ContactDialog
from crmdesk.ui.duplicate_warning import DuplicateWarning, SimilarContact
from crmdesk.ui.export_dialog import ExportDialog
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.merge_dialog import DuplicatesDialog
from crmdesk.ui.ops import AppContext
from crmdesk.ui.pages import PAGES
from crmdesk.ui.startup.change_passphrase import ChangePassphraseDialog
from crmdesk.ui.startup.unlock import UnlockDialog
from crmdesk.ui.startup.wizard import FirstRunWizard
from crmdesk.ui.sync.engine import Link, SyncState
from crmdesk.vault import Vault

LANGUAGES = ("en", "th", "zh_TW", "zh_CN")
_SCRIPTS = {
    "th": QFontDatabase.WritingSystem.Thai,
    "zh_TW": QFontDatabase.WritingSystem.TraditionalChinese,
    "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
}


def _require_font(code: str) -> None:
    """Skip a language whose script no installed font draws: widths would be made up.

    A bare Linux machine has no Thai or Chinese fonts (Debian: fonts-thai-tlwg,
    fonts-noto-cjk); Qt then draws placeholder boxes, and what fits says nothing.
    """
    script = _SCRIPTS.get(code)
    if script is not None and not QFontDatabase.families(script):
        pytest.skip(f"no font for {code} is installed here (fonts-thai-tlwg, fonts-noto-cjk)")


def _settled_problems(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> list[str]:
    """What is still cut off once background loads have landed and layouts have caught up."""
    for _ in range(2):  # results land on the UI thread and may start follow-up loads
        ctx.wait(5000)
        qtbot.wait(40)
    with suppress(TimeoutError):  # reported by the caller, with the details
        qtbot.waitUntil(lambda: not cut_off_text(window), timeout=1500)
    return cut_off_text(window)


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_text_is_cut_off_at_the_default_window_size(
    code: str, db: Database, ctx: AppContext, vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    _require_font(code)
    demo.generate(db, contacts=200, seed=1)
    with db.read() as s:
        contact_id = contacts.list_contacts(s, limit=1)[0].id
        company_id = companies.list_companies(s, limit=1)[0].id
    assert i18n.install(code)
    window = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(window)
    window.show()
    assert (window.width(), window.height()) == (1200, 760)

    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        problems += [f"[{spec.key}] {p}" for p in _settled_problems(qtbot, ctx, window)]
    bar = window.lookup
    for query in ("บริษัท", "ltd", "王"):
        bar.clear()
        with qtbot.waitSignal(bar.results_shown, timeout=5000):
            type_text(qtbot, bar, query)
        problems += [f"[lookup {query}] {p}" for p in cut_off_items(bar.popup)]
    bar.clear()
    bar.popup.hide()
    for entity, record_id in (("contact", contact_id), ("company", company_id)):
        window.open_record(entity, record_id)
        problems += [f"[{entity}] {p}" for p in _settled_problems(qtbot, ctx, window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_busiest_sync_status_fits_the_status_bar(
    code: str, ctx: AppContext, vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    _require_font(code)
    assert i18n.install(code)
    window = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(window)
    window.show()
    controller = window.sync.controller
    qtbot.waitUntil(lambda: controller.state.status is not None, timeout=5000)
    status = controller.state.status
    assert status is not None
    busy = replace(
        status,
        connected=True,
        last_sync_at="2026-11-23T09:41:00+00:00",
        pending=1800,
        conflicts=12,
        parked=3,
    )
    indicator = window.sync.indicator
    controller.stop()
    controller.state_changed.disconnect(indicator.show_state)  # only the states below
    for link in (Link.ONLINE, Link.OFFLINE, Link.CERTIFICATE_CHANGED, Link.REFUSED):
        indicator.show_state(SyncState(link=link, status=busy))
        with suppress(TimeoutError):  # let the status bar lay itself out again
            qtbot.waitUntil(lambda: not cut_off_text(window.statusBar()), timeout=1000)
        assert cut_off_text(window.statusBar()) == [], link
        assert indicator.geometry().right() <= window.statusBar().width()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_text_is_cut_off_in_the_dialogs(
    code: str, ctx: AppContext, vault: Vault, settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    _require_font(code)
    assert i18n.install(code)
    window = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(window)
    window.show()
    with ctx.db.write() as session:
        person = contacts.add_contact(session, ContactDraft("ศิริพร ลิ้มเจริญ"))
        call = activities.schedule(
            session,
            ActivityDraft(
                "call",
                "โทรติดตามใบเสนอราคา",
                datetime.now(UTC) + timedelta(hours=2),
                contact_id=person.id,
            ),
        )
    match = SimilarContact("id", "สมชาย ใจดี", "บริษัท ตัวอย่าง จำกัด", "somchai@example.co.th", "email")
    dialogs: list[QWidget] = [
        FirstRunWizard(Vault(tmp_path / "new"), settings),
        UnlockDialog(vault, locked=True),
        ChangePassphraseDialog(vault, window),
        ContactDialog(ctx, window),
        DuplicateWarning([match, match], window),
        ActivityDialog(ctx, window, kind="meeting"),
        CompleteDialog(ctx, call.id, window),
        AlarmDialog(ctx, SystemClock(), window),
        DuplicatesDialog(ctx, window),
        ImportWizard(ctx, window),
        ExportDialog(ctx, window, [person.id]),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        with suppress(TimeoutError):
            qtbot.waitUntil(lambda d=dialog: not cut_off_text(d), timeout=1000)
        problems += [f"[{type(dialog).__name__}] {p}" for p in cut_off_text(dialog)]
        dialog.close()
    assert problems == [], "\n".join(problems)
