"""Opening a deal from a contact's Opportunities tab shows its record, linked to its company."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crmdesk import contacts, opportunities
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.records import ContactDraft
from crmdesk.ui.companies.view import CompanyView
from crmdesk.ui.contact_view import ContactView
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.opportunity_view import OpportunityView


def test_deal_opens_from_the_contact_and_links_to_its_company(
    window: MainWindow, qtbot: QtBot
) -> None:
    with window.ctx.db.write() as s:
        person = contacts.add_contact(
            s, ContactDraft(display_name="陳美玲", company_name="宏達貿易股份有限公司")
        )
        opportunities.add_opportunity(
            s,
            OpportunityDraft(
                name="年度合約",
                amount=Money.parse("120000", "TWD"),
                contact_id=person.id,
                company_id=person.company_id,
                probability=40,
            ),
        )
    window.open_record("contact", person.id)
    view = window.record
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.deals.topLevelItemCount() == 1, timeout=5000)
    item = view.deals.topLevelItem(0)
    assert item is not None and item.text(0) == "年度合約"
    view.deals.itemActivated.emit(item, 0)

    deal = window.record
    assert isinstance(deal, OpportunityView)
    qtbot.waitUntil(lambda: deal.bundle is not None, timeout=5000)
    assert deal.name_label.text() == "年度合約"
    assert "120,000" in deal.amount_label.text() and "40%" in deal.amount_label.text()
    deal.company_label.linkActivated.emit(f"company:{person.company_id}")
    assert isinstance(window.record, CompanyView)
