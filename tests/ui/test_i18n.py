"""Interface languages: the shipped catalogues load and the main window speaks them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE

from crmdesk.ui import i18n
from crmdesk.ui.startup.shell import Shell
from crmdesk.ui.startup.unlock import UnlockDialog
from crmdesk.vault import Vault


@pytest.mark.parametrize("code", ["th", "zh_TW", "zh_CN"])
def test_every_language_has_a_compiled_catalogue(code: str, qtbot: QtBot) -> None:
    assert (i18n.translations_dir() / f"crmdesk_{code}.qm").stat().st_size > 1000
    assert i18n.install(code)


def test_switching_to_traditional_chinese_translates_the_main_window(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    shell = Shell(vault, settings)
    shell.start()
    assert shell.window is not None
    assert shell.window.nav.item(1).text() == "Contacts"

    shell.switch_language("zh_TW")
    window = shell.window
    assert window is not None and window.isVisible()
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[:3] == ["今天", "聯絡人", "公司"]
    assert nav[-1] == "備份與還原"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "檔案(&F)"
    assert window.actions_.lock.text() == "立即鎖定(&L)"
    assert window.lookup.placeholderText().startswith("查詢聯絡人")
    assert settings.value("language") == "zh_TW"

    shell.lock()  # the unlock dialog speaks it too
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.windowTitle() == "解鎖 crmdesk"
    assert dialog.unlock_button.text() == "解鎖(&U)"
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10000)
    assert shell.window is not None
    shell.window.close()
    assert shell.ctx is None


def test_thai_is_remembered_for_the_next_start(
    vault: Vault, settings: QSettings, qtbot: QtBot
) -> None:
    vault.init(PASSPHRASE, remember=True).close()
    i18n.set_language(settings, "th")
    shell = Shell(vault, settings)
    shell.start()
    assert shell.window is not None
    assert shell.window.nav.item(0).text() == "วันนี้"
    assert shell.window.nav.item(1).text() == "ผู้ติดต่อ"
    shell.window.close()
