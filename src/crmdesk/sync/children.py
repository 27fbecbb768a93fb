"""Which customer a child record hangs on, so the server files it under that customer's owner.

Issue 7: activities, deals, notes, contact details, tags and custom values carry the owner key
of the customer they belong to. The server never takes that key from the client: it looks the
customer up in its own records, so a child made offline on a customer who was given to someone
else meanwhile follows the customer (or is refused, when the sender may no longer see it). The
order of the links is the client's rule (``crmdesk.ownership.customer_owner``) and the tree a
reassignment moves (``crmdesk.team._tree``): the contact first, then the company, then the deal.
"""

from __future__ import annotations

from typing import Any, Final

_PARTY: Final = (("contact_id", "contacts"), ("company_id", "companies"))
#: (column, table of the record it names) in order of precedence, per child table.
_LINKS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "emails": _PARTY,
    "phones": _PARTY,
    "addresses": _PARTY,
    "contact_urls": (("contact_id", "contacts"),),
    "activities": (*_PARTY, ("opportunity_id", "opportunities")),
    "opportunities": _PARTY,
}
#: Tables attached to any record by ``(entity, entity_id)``.
_ATTACHED: Final = frozenset({"notes", "record_tags"})
_TABLE_OF: Final = {
    "contact": "contacts",
    "company": "companies",
    "opportunity": "opportunities",
    "activity": "activities",
}
#: The tables whose records children hang on (customers, and activities for their notes).
PARENT_TABLES: Final = frozenset(_TABLE_OF.values())
#: A custom value names only its record's id: a contact, a company or a deal.
_VALUE_TABLES: Final = ("contacts", "companies", "opportunities")
#: Children that can be given to someone on their own once made (a deal): only their
#: insert takes the customer's owner; later owner changes are reassignments.
_OWN_OWNER_AFTER_INSERT: Final = frozenset({"opportunities"})


def link_columns(entity: str) -> tuple[str, ...]:
    """The columns of an ``entity`` row naming the record it hangs on, first one first."""
    if entity in _ATTACHED or entity == "custom_values":
        return ("entity_id",)
    return tuple(column for column, _ in _LINKS.get(entity, ()))


#: Every child table.
CHILD_TABLES: Final = (*_LINKS, *sorted(_ATTACHED), "custom_values")


def is_child(entity: str) -> bool:
    """Whether records of ``entity`` take their owner from a customer."""
    return entity in _LINKS or entity in _ATTACHED or entity == "custom_values"


def owner_follows_customer(entity: str, inserting: bool) -> bool:
    """Whether the server sets this record's owner from its customer (never the client)."""
    return is_child(entity) and (inserting or entity not in _OWN_OWNER_AFTER_INSERT)


def customer_keys(entity: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    """The (table, id) of the records ``data`` may hang on, the first that exists wins."""
    if entity in _ATTACHED:
        table = _TABLE_OF.get(str(data.get("entity")))
        row_id = data.get("entity_id")
        return [(table, str(row_id))] if table and row_id else []
    if entity == "custom_values":
        row_id = data.get("entity_id")
        return [(table, str(row_id)) for table in _VALUE_TABLES] if row_id else []
    return [(table, str(data[col])) for col, table in _LINKS.get(entity, ()) if data.get(col)]
