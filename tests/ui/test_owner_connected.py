"""End to end with the real TLS server: a manager's laptop, after a real sync, offers "Mine / My
team", names owners from the office directory and reassigns through the dialog; the rep's
laptop gets no scope and no reassign right; the reassignment reaches the other laptops."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.sync.conftest import (  # noqa: F401 (fixtures used by name)
    MakeLaptop,
    RunningServer,
    cheap_passphrase_kdf,
    make_laptop,
    sqlite_server,
)
from tests.sync.helpers import add_contact

from crmdesk.db.engine import Database
from crmdesk.db.models import Contact
from crmdesk.owners import Scope
from crmdesk.ui.contacts.table import ContactsPage
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine

WAIT = 15000


def _alive(db: Database, contact_id: str) -> bool:
    with db.read() as s:
        row = s.get(Contact, contact_id)
        return row is not None and row.deleted_at is None


def test_a_manager_scopes_and_reassigns_after_a_real_sync(
    sqlite_server: RunningServer,  # noqa: F811
    make_laptop: MakeLaptop,  # noqa: F811
    qtbot: QtBot,
) -> None:
    server = sqlite_server
    server.add_user("dora", "director")
    server.add_user("mali", "manager", manager="dora")
    server.add_user("rep_a", "rep", manager="mali")
    rep_b = server.add_user("rep_b", "rep", manager="mali")
    a, b, mali = (make_laptop(server, n) for n in ("rep_a", "rep_b", "mali"))
    customer = add_contact(a.db, "Fah Customer")
    a.sync.sync_once()
    b.sync.sync_once()
    mali.sync.sync_once()

    ctx = AppContext(mali.db)
    rep_ctx = AppContext(a.db)
    try:
        page = ContactsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.owner_box.choices is not None, timeout=WAIT)
        assert not page.owner_box.isHidden() and page.owner_box.scope() is Scope.TEAM
        qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT)
        page.owner_box.choose(Scope.MINE)
        qtbot.waitUntil(lambda: page.model.total == 0, timeout=WAIT)

        line = OwnerLine(ctx, "contact", customer)
        qtbot.addWidget(line)
        line.show()
        qtbot.waitUntil(lambda: line.label.text() == "Owner: rep_a", timeout=WAIT)
        qtbot.waitUntil(line.reassign_action.isEnabled, timeout=WAIT)
        line.reassign_action.trigger()
        dialog = line.reassign_action.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.people.count() == 3, timeout=WAIT)
        dialog.choose(rep_b)
        with qtbot.waitSignal(dialog.reassigned, timeout=WAIT):
            dialog.ok_button.click()
        qtbot.waitUntil(lambda: line.label.text() == "Owner: rep_b", timeout=WAIT)
        ctx.wait()

        mali.sync.sync_once()
        b.sync.sync_once()
        a.sync.sync_once()
        assert _alive(b.db, customer) and not _alive(a.db, customer)

        rep_page = ContactsPage(rep_ctx)
        qtbot.addWidget(rep_page)
        rep_page.show()
        qtbot.waitUntil(lambda: rep_page.rights.choices is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: rep_page.owner_box.choices is not None, timeout=WAIT)
        assert rep_page.owner_box.isHidden()
        assert not rep_page.reassign_action.isEnabled()
        assert "Reassign records" in rep_page.reassign_action.toolTip()
    finally:
        ctx.wait()
        rep_ctx.wait()
