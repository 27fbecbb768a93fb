"""Sync and database-in-use problems reach the user in the user's language.

Real errors: a closed port, a real TLS office server refusing a wrong password and a
revoked device, a change the real server refused and parked, a database held the way a
compaction holds it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.sync.conftest import (  # noqa: F401 - fixtures shared with the sync tests
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    free_port,
    make_laptop,
    sqlite_server,
)
from tests.sync.helpers import add_contact, add_note
from tests.ui.test_sync_ui import USER, WAIT, connect, office, sync_now  # noqa: F401

from crmdesk import team
from crmdesk.db.in_use import DatabaseInUse, exclusive_use
from crmdesk.sync import auth, merge
from crmdesk.sync.client import ServerRefused, SyncError, SyncResult
from crmdesk.sync.delete_window import Limit
from crmdesk.ui import i18n, prefs
from crmdesk.ui.backup_page import BackupPage
from crmdesk.ui.backup_service import BackupService
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.ui.startup.shell import Shell
from crmdesk.ui.startup.unlock import UnlockDialog
from crmdesk.ui.sync.connect_dialog import ConnectDialog
from crmdesk.ui.sync.messages import refusal_reason, sync_problem
from crmdesk.ui.sync.parked_page import RefusedList
from crmdesk.vault import Vault

LEFT = Qt.MouseButton.LeftButton


def check_certificate(window: MainWindow, qtbot: QtBot, url: str) -> ConnectDialog:
    dialog: ConnectDialog = window.sync.open_connect()
    qtbot.keyClicks(dialog.url, url)
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.check, LEFT)
    qtbot.waitUntil(dialog.check.isEnabled, timeout=WAIT)
    return dialog


def test_an_unreachable_server_is_reported_in_thai(window: MainWindow, qtbot: QtBot) -> None:
    i18n.install("th")
    dialog = check_certificate(window, qtbot, f"https://127.0.0.1:{free_port()}")
    assert dialog.certificate is None
    assert dialog.message.text() == (
        "ไม่สามารถติดต่อเซิร์ฟเวอร์สำนักงานได้ โปรดตรวจสอบเครือข่ายและที่อยู่ของเซิร์ฟเวอร์ "
        "การเปลี่ยนแปลงของคุณยังอยู่ในคอมพิวเตอร์เครื่องนี้"
    )


def test_an_address_without_https_is_refused_in_thai(window: MainWindow, qtbot: QtBot) -> None:
    i18n.install("th")
    dialog = check_certificate(window, qtbot, "ftp://office.example")
    assert dialog.message.text() == (
        "ที่อยู่ของเซิร์ฟเวอร์สำนักงานต้องขึ้นต้นด้วย https:// (การซิงก์ไม่ใช้การเชื่อมต่อที่ไม่เข้ารหัส)"
    )


def test_an_unknown_problem_is_shown_in_its_own_words(qtbot: QtBot) -> None:
    i18n.install("th")
    newer = ServerRefused(400, "bad_request", "'cursors' must be an object.")
    assert sync_problem(newer) == "'cursors' must be an object."
    assert sync_problem(SyncError("Something only a newer crmdesk knows.")) == (
        "Something only a newer crmdesk knows."
    )
    assert sync_problem(ServerRefused(502, "error", "The server answered 502.")) == (
        "เซิร์ฟเวอร์สำนักงานตอบกลับด้วยข้อผิดพลาด (502) โปรดลองอีกครั้งภายหลัง"
    )


def test_a_wrong_password_is_refused_in_traditional_chinese(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,  # noqa: F811
) -> None:
    i18n.install("zh_TW")
    dialog = check_certificate(window, qtbot, office.url)
    assert dialog.certificate is not None
    dialog.matches.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=WAIT)
    assert dialog.message.text() == "使用者名稱或密碼錯誤；未做任何變更。"


def test_a_revoked_device_is_told_in_thai_to_connect_again(
    window: MainWindow,
    qtbot: QtBot,
    office: RunningServer,  # noqa: F811
) -> None:
    connect(window, qtbot, office)
    with office.store.write() as conn:
        auth.revoke_device(conn, window.ctx.db.device_id)
    i18n.install("th")

    result = sync_now(window, qtbot)

    assert not isinstance(result, SyncResult)
    link = window.sync.indicator.link
    assert link.text() != "Not connected to an office server"  # the indicator speaks Thai
    assert link.toolTip() == (
        "เซิร์ฟเวอร์สำนักงานไม่ยอมรับคอมพิวเตอร์เครื่องนี้อีกต่อไป เนื่องจากสิทธิ์เข้าถึงถูกเพิกถอน "
        "โปรดเชื่อมต่อกับเซิร์ฟเวอร์สำนักงานอีกครั้ง"
    )


def test_a_change_parked_for_a_customer_given_away_shows_its_reason_in_thai(
    sqlite_server: RunningServer,  # noqa: F811
    make_laptop: MakeLaptop,  # noqa: F811
    qtbot: QtBot,
) -> None:
    server = sqlite_server
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("rep_a", "rep", manager="mali")
    rep_b = server.add_user("rep_b", "rep", manager="mali")
    rep, manager = make_laptop(server, "rep_a"), make_laptop(server, "mali")
    customer = add_contact(rep.db, "Chaiwat Customer")
    rep.sync.sync_once()
    manager.sync.sync_once()
    add_note(rep.db, customer, "Promised a discount")  # written offline
    with manager.db.write() as s:
        team.reassign(s, "contact", [customer], rep_b)
    manager.sync.sync_once()
    assert rep.sync.sync_once().parked == 1

    i18n.install("th")
    ctx = AppContext(rep.db)
    try:
        refused = RefusedList(ctx)
        qtbot.addWidget(refused)
        refused.reload()
        qtbot.waitUntil(lambda: refused.rowCount() == 1, timeout=WAIT)
        reason = refused.item(0, 2)
        assert reason is not None
        assert reason.text() == "ลูกค้าที่รายการนี้สังกัดอยู่ถูกโอนให้ผู้อื่นแล้ว จึงไม่ได้ส่งรายการนี้"
    finally:
        ctx.wait()


def test_known_refusals_are_translated_and_unknown_ones_kept(qtbot: QtBot) -> None:
    i18n.install("zh_CN")
    assert refusal_reason(merge.REASSIGN_REFUSED) == "您的角色不允许将记录转交给其他人。"
    assert refusal_reason(Limit(records=25, minutes=15).refusal) == (
        "您的角色不允许在 15 分钟内删除超过 25 条记录；请稍后再试或咨询您的经理。"
    )
    assert refusal_reason("A reason from a newer server.") == "A reason from a newer server."


def test_opening_a_database_while_it_is_compacted_says_so_in_thai(
    tmp_path: Path, qtbot: QtBot
) -> None:
    vault = Vault(tmp_path / "data")
    vault.init(PASSPHRASE, region="TH").close()
    i18n.install("th")
    dialog = UnlockDialog(vault)
    qtbot.addWidget(dialog)
    with exclusive_use(vault.db_path):  # what `crmdesk db compact` holds while it runs
        with pytest.raises(DatabaseInUse, match="restored from a backup or compacted"):
            vault.unlock(PASSPHRASE)
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, LEFT)
        qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.database is None
    assert dialog.error_label.text() == (
        "ฐานข้อมูลกำลังถูกกู้คืนจากข้อมูลสำรองหรือกำลังถูกบีบอัด โปรดลองอีกครั้งในอีกสักครู่"
    )


def test_starting_while_the_database_is_compacted_says_so_in_thai(
    tmp_path: Path, qtbot: QtBot
) -> None:
    vault = Vault(tmp_path / "data")
    vault.init(PASSPHRASE, region="TH", remember=True).close()
    settings = prefs.interface_settings(vault.data_dir)
    i18n.set_language(settings, "th")  # the shell installs the chosen language as it starts
    shell = Shell(vault, settings)
    shown: list[str] = []

    def read_and_close_the_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(50, read_and_close_the_warning)

    with exclusive_use(vault.db_path):  # what `crmdesk db compact` holds while it runs
        QTimer.singleShot(50, read_and_close_the_warning)
        with qtbot.waitSignal(shell.finished, timeout=WAIT):
            shell.start()
    assert shell.window is None
    assert shown == ["ฐานข้อมูลกำลังถูกกู้คืนจากข้อมูลสำรองหรือกำลังถูกบีบอัด โปรดลองอีกครั้งในอีกสักครู่"]


def test_restoring_while_another_window_has_the_database_open_says_so_in_thai(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = Vault(tmp_path / "data")
    db = vault.init(PASSPHRASE, region="TH")
    ctx = AppContext(db)
    service = BackupService(vault, db)
    page = BackupPage(ctx, vault, service=service)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(service.succeeded, timeout=WAIT):
        qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0 and page.refresh_button.isEnabled())
    i18n.install("th")
    # The user's answer to "Replace all current data…?" (a modal Qt box, not crmdesk's code).
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    other_window = vault.unlock(PASSPHRASE)
    try:
        page.table.selectRow(0)
        qtbot.mouseClick(page.restore_button, LEFT)
        qtbot.waitUntil(page.isEnabled, timeout=WAIT)
    finally:
        other_window.close()
        ctx.wait()
        service.stop(wait=True)
    assert page.message.text() == (
        "ฐานข้อมูลเปิดอยู่ในหน้าต่าง crmdesk อื่นหรือคำสั่งอื่น โปรดปิดก่อนแล้วลองอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง"
    )
