"""The main window's pages: which exist, how each is built, and a placeholder for missing ones."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.ui.ops import AppContext
from crmdesk.vault import Vault

log = logging.getLogger(__name__)
PageFactory = Callable[[AppContext, QWidget | None], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """One navigation entry: key, icon purpose, and where its widget class lives."""

    key: str
    icon: str
    module: str
    class_name: str
    needs_vault: bool = False  # the page takes (ctx, vault, parent)

    def title(self) -> str:
        return {
            "today": QCoreApplication.translate("pages", "Today"),
            "contacts": QCoreApplication.translate("pages", "Contacts"),
            "companies": QCoreApplication.translate("pages", "Companies"),
            "calendar": QCoreApplication.translate("pages", "Calendar"),
            "opportunities": QCoreApplication.translate("pages", "Opportunities"),
            "dashboard": QCoreApplication.translate("pages", "Dashboard"),
            "backup": QCoreApplication.translate("pages", "Backup & Restore"),
        }[self.key]


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "today", "crmdesk.ui.today", "TodayPage"),
    PageSpec("contacts", "contacts", "crmdesk.ui.contacts.table", "ContactsPage"),
    PageSpec("companies", "companies", "crmdesk.ui.companies.table", "CompaniesPage"),
    PageSpec("calendar", "calendar", "crmdesk.ui.calendar", "CalendarPage"),
    PageSpec("opportunities", "opportunities", "crmdesk.ui.pipeline", "PipelinePage"),
    PageSpec("dashboard", "dashboard", "crmdesk.ui.dashboard", "DashboardPage"),
    PageSpec("backup", "backup", "crmdesk.ui.backup_page", "BackupPage", needs_vault=True),
)


def load_class(module: str, class_name: str) -> type | None:
    """The class, or None when its module is not written yet (or fails to import)."""
    try:
        found = getattr(importlib.import_module(module), class_name, None)
    except Exception:  # a page under construction must not stop the app
        log.warning("could not import %s", module, exc_info=True)
        return None
    return found if isinstance(found, type) else None


class PlaceholderPage(QWidget):
    """Shown where a page's module does not exist yet."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("%1 is not available in this build yet.").replace("%1", title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)


def build_page(
    spec: PageSpec,
    ctx: AppContext,
    parent: QWidget | None,
    vault: Vault | None = None,
    backup: object | None = None,
) -> QWidget:
    """The page's widget; the backup page shares the app's running backup service."""
    cls = load_class(spec.module, spec.class_name)
    if cls is None or (spec.needs_vault and vault is None):
        return PlaceholderPage(spec.title(), parent)
    if not spec.needs_vault:
        widget: QWidget = cls(ctx, parent)
    elif spec.key == "backup" and backup is not None:
        widget = cls(ctx, vault, parent, service=backup)
    else:
        widget = cls(ctx, vault, parent)
    return widget
