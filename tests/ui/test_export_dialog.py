"""File › Export…: selected contacts round-trip through the importer, rights, failures, audit."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot
from tests.sync.conftest import (  # noqa: F401 - fixtures shared with the sync tests
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    make_laptop,
    sqlite_server,
)
from tests.ui.owner_directories import as_manager, as_rep

from crmdesk import contacts
from crmdesk.db.engine import Database
from crmdesk.importing.detect import inspect_file, read_contacts
from crmdesk.importing.model import ImportedContact
from crmdesk.records import ContactDraft
from crmdesk.rights import Right
from crmdesk.sync import audit, entitlements
from crmdesk.ui.export_dialog import ExportDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.ops import AppContext
from crmdesk.ui.rights_gate import missing_right_tip
from crmdesk.vault import Vault

WAIT = 30_000
LEFT = Qt.MouseButton.LeftButton
NAMES = ("สมชาย ใจดี", "陈伟", "เกศินี ศรีสุข")
VCARD_30, CSV_GOOGLE, CSV_OUTLOOK = 0, 2, 3


def _add(db: Database, *names: str) -> None:
    with db.write() as session:
        contacts.add_contacts(session, [ContactDraft(display_name=n) for n in names])


def _read_back(path: Path) -> list[str]:
    """The names the import service reads from ``path``."""
    info = inspect_file(path)
    return sorted(
        item.draft.display_name
        for item in read_contacts(info, "TH")
        if isinstance(item, ImportedContact)
    )


def _select_names(window: MainWindow, qtbot: QtBot, names: tuple[str, ...]) -> None:
    window.show_page("contacts")
    page = window.page("contacts")
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not model.loading and model.total > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: model.is_loaded(0, model.rowCount() - 1), timeout=WAIT)
    selection = page.table.selectionModel()  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in names:
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    assert page.table.selected_count() == len(names)  # type: ignore[attr-defined]


def _open_from_menu(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    window.export.action.trigger()
    qtbot.waitUntil(lambda: window.export.dialog is not None, timeout=WAIT)
    dialog = window.export.dialog
    assert dialog is not None
    return dialog


def _export(dialog: ExportDialog, qtbot: QtBot, path: Path, fmt: int) -> None:
    dialog.format_box.setCurrentIndex(fmt)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [(VCARD_30, "chosen.vcf"), (CSV_GOOGLE, "chosen.csv"), (CSV_OUTLOOK, "outlook.csv")],
)
def test_exporting_three_selected_contacts_reads_back_with_the_same_names(
    window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path, fmt: int, name: str
) -> None:
    _add(db, *NAMES, "Not Chosen", "王伟")
    window.refresh_all()
    _select_names(window, qtbot, NAMES)
    dialog = _open_from_menu(window, qtbot)
    assert dialog.selected_radio.isChecked()
    target = tmp_path / name
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as shown:
        _export(dialog, qtbot, target, fmt)
    assert _read_back(target) == sorted(NAMES)
    assert shown.args == [f"Exported 3 contacts to {target}."]
    assert window.statusBar().currentMessage() == f"Exported 3 contacts to {target}."
    if fmt != VCARD_30:
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel


@pytest.mark.parametrize(("who", "may"), [("rep", False), ("manager", True), ("alone", True)])
def test_export_follows_the_export_right(
    ctx: AppContext,
    db: Database,
    vault: Vault,
    settings: QSettings,
    qtbot: QtBot,
    who: str,
    may: bool,
) -> None:
    if who == "rep":
        as_rep(db)
    elif who == "manager":
        as_manager(db)
    window = MainWindow(ctx, settings, vault=vault)
    qtbot.addWidget(window)
    action = window.export.action
    qtbot.waitUntil(lambda: window.export.rights.choices is not None, timeout=WAIT)
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()  # type: ignore[union-attr]
    assert action.isEnabled() is may
    if may:
        assert action.toolTip() != missing_right_tip(Right.EXPORT)
    else:
        assert action.toolTip() == missing_right_tip(Right.EXPORT)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs); needs the right to mount, as root in CI."""
    folder = tmp_path / "usb"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)


def test_a_read_only_folder_gives_one_clear_line_and_no_file(
    ctx: AppContext, db: Database, qtbot: QtBot, small_disk: Path
) -> None:
    _add(db, *NAMES)
    _make_read_only(small_disk)
    dialog = ExportDialog(ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    target = small_disk / "all.vcf"
    _export(dialog, qtbot, target, VCARD_30)
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        f"The folder {small_disk} cannot be written to. Nothing was exported."
    )
    assert list(small_disk.iterdir()) == []
    assert dialog.export_button.isEnabled()  # the user may choose another folder


def test_a_full_disk_gives_one_clear_line_and_no_file(
    ctx: AppContext, db: Database, qtbot: QtBot, small_disk: Path
) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs a small file system (root)")
    _add(db, *NAMES)
    filler = small_disk / "other-files"
    with open(filler, "wb") as fh, pytest.raises(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    dialog = ExportDialog(ctx, None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    _export(dialog, qtbot, small_disk / "all.csv", CSV_GOOGLE)
    assert dialog.message.text() == "The disk is full. Nothing was exported."
    assert [p.name for p in small_disk.iterdir()] == ["other-files"]


def _audited(server: RunningServer, action: str) -> list[tuple[str, str]]:
    with server.store.read() as conn:
        return [(e.user_name, e.detail or "") for e in audit.entries(conn) if e.action == action]


def test_an_export_is_in_the_office_audit_log(
    sqlite_server: RunningServer,  # noqa: F811
    make_laptop: MakeLaptop,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    sqlite_server.add_user("dora", "director")
    sqlite_server.add_user("mali", "manager", manager="dora")
    mali = make_laptop(sqlite_server, "mali")
    _add(mali.db, *NAMES)
    mali.sync.sync_once()  # the directory and rights arrive with the first round
    ctx = AppContext(mali.db)
    try:
        dialog = ExportDialog(ctx, None, [])
        qtbot.addWidget(dialog)
        target = tmp_path / "office.csv"
        with qtbot.waitSignal(dialog.exported, timeout=WAIT) as shown:
            _export(dialog, qtbot, target, CSV_GOOGLE)
        assert shown.args == [f"Exported 3 contacts to {target}."]
        assert _audited(sqlite_server, "export") == [("mali", "office.csv: 3 contacts (csv)")]
        assert _read_back(target) == sorted(NAMES)
    finally:
        ctx.wait()


def test_a_server_refusal_deletes_the_file_and_an_unreachable_server_keeps_it(
    sqlite_server: RunningServer,  # noqa: F811
    make_laptop: MakeLaptop,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    sqlite_server.add_user("dora", "director")
    sqlite_server.add_user("rep_a", "rep", manager="dora")
    with sqlite_server.store.write() as conn:
        entitlements.set_role_rights(conn, "rep", ["export"])
    rep = make_laptop(sqlite_server, "rep_a")
    _add(rep.db, *NAMES)
    rep.sync.sync_once()  # this laptop now believes reps may export
    with sqlite_server.store.write() as conn:
        entitlements.set_role_rights(conn, "rep", [])  # the office takes it back
    ctx = AppContext(rep.db)
    try:
        dialog = ExportDialog(ctx, None, [])
        qtbot.addWidget(dialog)
        _export(dialog, qtbot, tmp_path / "refused.vcf", VCARD_30)
        assert dialog.message.text() == (
            "Your role does not allow exporting records. Nothing was exported."
        )
        assert not (tmp_path / "refused.vcf").exists()
        assert [u for u, _ in _audited(sqlite_server, "refused_export")] == ["rep_a"]

        sqlite_server.stop()
        target = tmp_path / "offline.vcf"
        with qtbot.waitSignal(dialog.exported, timeout=WAIT) as shown:
            _export(dialog, qtbot, target, VCARD_30)
        assert shown.args == [
            f"Exported 3 contacts to {target}. "
            "The office server could not be reached; it was not told."
        ]
        assert _read_back(target) == sorted(NAMES)
    finally:
        ctx.wait()
