"""What the contact list shows: sort order, filters and visible columns, remembered per computer."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QSettings

from crmdesk.contacts import ContactFilter

#: Column keys in display order; the model names them.
COLUMNS: tuple[str, ...] = ("name", "company", "title", "email", "phone", "city", "updated")
SORTABLE: dict[str, str] = {"name": "name", "company": "company", "updated": "updated"}
DEFAULT_HIDDEN: frozenset[str] = frozenset({"title"})


@dataclass(frozen=True)
class ContactListState:
    """Sort, filters and hidden columns of the contact list (a value; change with ``replace``)."""

    sort: str = "name"
    descending: bool = False
    tag: str | None = None
    #: Contacts of any of these owners (me, my team...); None shows every owner's.
    owner_ids: frozenset[str] | None = None
    lookup: str | None = None
    hidden: frozenset[str] = field(default=DEFAULT_HIDDEN)

    def contact_filter(self) -> ContactFilter:
        owners = None if self.owner_ids is None else tuple(sorted(self.owner_ids))
        return ContactFilter(tag=self.tag, owner_ids=owners)

    def with_column(self, column: str, visible: bool) -> ContactListState:
        hidden = self.hidden - {column} if visible else self.hidden | {column}
        if hidden >= set(COLUMNS):
            return self  # keep at least one column
        return replace(self, hidden=frozenset(hidden))

    def save(self, settings: QSettings) -> None:
        settings.setValue("contacts/sort", self.sort)
        settings.setValue("contacts/descending", self.descending)
        settings.setValue("contacts/hidden", ",".join(sorted(self.hidden)))

    @classmethod
    def load(cls, settings: QSettings) -> ContactListState:
        sort = str(settings.value("contacts/sort", "name"))
        hidden_text = settings.value("contacts/hidden", None)
        hidden = (
            DEFAULT_HIDDEN
            if hidden_text is None
            else frozenset(c for c in str(hidden_text).split(",") if c in COLUMNS)
        )
        return cls(
            sort=sort if sort in SORTABLE.values() else "name",
            descending=str(settings.value("contacts/descending", "false")).lower() == "true",
            hidden=hidden,
        )
