"""Contact, company and opportunity records show their owner and offer "Reassign to…"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.ui import owner_directories as dirs

from crmdesk import companies, contacts, opportunities
from crmdesk.db.engine import Database
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.records import CompanyDraft, ContactDraft
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.opportunity_view import OpportunityView
from crmdesk.ui.ops import AppContext
from crmdesk.ui.owner_line import OwnerLine


def _records(db: Database, owner: str | None) -> dict[str, str]:
    with db.write() as s:
        company = companies.add_company(s, CompanyDraft("บริษัท สยาม", owner_id=owner)).id
        contact = contacts.add_contact(s, ContactDraft("Anong", owner_id=owner)).id
        deal = opportunities.add_opportunity(
            s, OpportunityDraft("Deal", Money.parse("10", "THB"), owner_id=owner)
        ).id
    return {"company": company, "contact": contact, "opportunity": deal}


def _view(ctx: AppContext, qtbot: QtBot, entity: str, record_id: str) -> OwnerLine:
    cls = {"contact": ContactView, "company": CompanyView, "opportunity": OpportunityView}[entity]
    view: QWidget = cls(ctx, record_id)
    qtbot.addWidget(view)
    view.show()
    line = view.findChild(OwnerLine)
    assert line is not None and line.isVisible()
    qtbot.waitUntil(lambda: line.owner is not None and line.gate.choices is not None)
    return line


@pytest.mark.parametrize("entity", ["contact", "company", "opportunity"])
def test_a_manager_sees_the_reps_name_and_may_reassign(
    ctx: AppContext, db: Database, qtbot: QtBot, entity: str
) -> None:
    dirs.as_manager(db)
    line = _view(ctx, qtbot, entity, _records(db, dirs.REP_A)[entity])
    assert line.label.text() == "Owner: Rep A"
    assert line.button.isVisible() and line.button.isEnabled()


@pytest.mark.parametrize("entity", ["contact", "company", "opportunity"])
def test_a_rep_sees_themselves_and_reassign_disabled(
    ctx: AppContext, db: Database, qtbot: QtBot, entity: str
) -> None:
    dirs.as_rep(db)
    line = _view(ctx, qtbot, entity, _records(db, None)[entity])
    assert line.label.text() == "Owner: Rep Me (me)"
    assert line.button.isVisible() and not line.button.isEnabled()
    assert "Reassign records" in line.button.toolTip()


def test_single_user_record_shows_me_without_a_reassign_button(
    ctx: AppContext, db: Database, qtbot: QtBot
) -> None:
    line = _view(ctx, qtbot, "contact", _records(db, None)["contact"])
    assert line.label.text().endswith("(me)")
    assert not line.button.isVisible()
