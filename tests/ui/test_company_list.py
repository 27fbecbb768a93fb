"""The company list: the whole count at once, pages near the view, the right record opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk import companies
from crmdesk.records import CompanyDraft
from crmdesk.ui.companies.model import PAGE_SIZE
from crmdesk.ui.companies.table import CompaniesPage
from crmdesk.ui.ops import AppContext
from crmdesk.ui.paged_model import PLACEHOLDER

WAIT = 10_000


def test_company_list_counts_everything_loads_near_the_view_and_opens_the_right_one(
    ctx: AppContext, settings: object, qtbot: QtBot
) -> None:
    with ctx.db.write() as session:
        companies.add_companies(
            session, [CompanyDraft(name=f"Company {i:04d}") for i in range(3 * PAGE_SIZE + 7)]
        )
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    model = page.model
    model.max_pages = 3  # the screen may span two pages, and one is read ahead
    qtbot.waitUntil(lambda: not model.loading and model.total == 607, timeout=WAIT)
    assert model.rowCount() == 607 and "607" in page.count_label.text()
    assert model.index(606, 0).data() == PLACEHOLDER

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.index(606, 0).data() == "Company 0606", timeout=WAIT)
    assert model.index(600, 0).data() == "Company 0600"
    assert model.index(606, 2).data() == "0"
    qtbot.waitUntil(lambda: model.pages_held() <= 3, timeout=WAIT)
    assert model.index(0, 0).data() == PLACEHOLDER  # the top page was let go

    rect = page.table.visualRect(model.index(604, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_record, timeout=WAIT) as opened:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    record = ctx.run_now(lambda s: companies.get_company(s, opened.args[1]))
    assert record.name == "Company 0604"
