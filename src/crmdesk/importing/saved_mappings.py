"""Column mappings the user saved by name, for the next import of a file with the same layout."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import SavedMapping
from crmdesk.errors import CrmError
from crmdesk.importing.mapping import ColumnMapping
from crmdesk.importing.presets import PRESET_NAMES, preset_mapping


def save_mapping(session: Session, name: str, mapping: ColumnMapping) -> None:
    """Save (or replace) a mapping under a name."""
    name = name.strip()
    if not name:
        raise CrmError("A mapping needs a name.")
    stored = ColumnMapping(dict(mapping.targets), name).to_json()
    row = session.scalar(select(SavedMapping).where(SavedMapping.name == name))
    if row is None:
        session.add(SavedMapping(name=name, definition=stored))
    else:
        row.definition = stored
    session.flush()


def list_mappings(session: Session) -> list[str]:
    return list(session.scalars(select(SavedMapping.name).order_by(SavedMapping.name)))


def load_mapping(session: Session, name: str, header: tuple[str, ...] = ()) -> ColumnMapping:
    """A saved mapping, or a preset by its key or name (google, outlook, act, goldmine)."""
    row = session.scalar(select(SavedMapping).where(SavedMapping.name == name))
    if row is not None:
        return ColumnMapping.from_json(row.definition)
    for key, label in PRESET_NAMES.items():
        if name.lower() in (key, label.lower()):
            return preset_mapping(key, header)
    known = ", ".join([*list_mappings(session), *PRESET_NAMES])
    raise CrmError(f"No mapping named '{name}'. Known: {known}.")
