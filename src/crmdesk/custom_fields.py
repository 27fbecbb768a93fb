"""Custom fields: user-defined typed fields on contacts, companies and opportunities."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from sqlalchemy import delete, insert, literal, select
from sqlalchemy.orm import Session

from crmdesk import local_settings, ownership
from crmdesk.db.models import CustomField, CustomValue, SearchDirty
from crmdesk.db.types import utcnow
from crmdesk.errors import CrmError
from crmdesk.validation import FieldProblem, NotFound, ValidationError

FieldType = Literal["text", "number", "date", "choice", "checkbox"]
FIELD_TYPES: tuple[str, ...] = ("text", "number", "date", "choice", "checkbox")
ENTITIES: tuple[str, ...] = ("contact", "company", "opportunity")


@dataclass(frozen=True)
class FieldDefinition:
    """A custom field as the settings screen shows it."""

    id: str
    entity: str
    name: str
    label: str
    field_type: str
    choices: tuple[str, ...]
    position: int


def _definition(row: CustomField) -> FieldDefinition:
    return FieldDefinition(
        id=row.id,
        entity=row.entity,
        name=row.name,
        label=row.label,
        field_type=row.field_type,
        choices=tuple(json.loads(row.choices or "[]")),
        position=row.position,
    )


def define_field(
    session: Session,
    entity: str,
    name: str,
    field_type: str,
    *,
    label: str | None = None,
    choices: tuple[str, ...] = (),
) -> FieldDefinition:
    """Add a custom field; the name is its key in lookups and the CLI."""
    if entity not in ENTITIES:
        raise CrmError(f"Custom fields can be put on {', '.join(ENTITIES)}, not '{entity}'.")
    if field_type not in FIELD_TYPES:
        raise CrmError(f"Field type must be one of {', '.join(FIELD_TYPES)}.")
    if not name.strip():
        raise ValidationError([FieldProblem("name", "A field name is required.")])
    if field_type == "choice" and not choices:
        raise ValidationError([FieldProblem("choices", "A choice field needs choices.")])
    existing = session.scalar(
        select(CustomField).where(CustomField.entity == entity, CustomField.name == name.strip())
    )
    if existing is not None and existing.deleted_at is None:
        raise ValidationError([FieldProblem("name", f"There is already a field '{name}'.")])
    position = len(list_fields(session, entity))
    if existing is not None:
        existing.deleted_at = None
        existing.field_type = field_type
        existing.label = label or name
        existing.choices = json.dumps(list(choices), ensure_ascii=False)
        existing.position = position
        row = existing
        session.flush()
        _reindex_values(session, row)
    else:
        row = CustomField(
            entity=entity,
            name=name.strip(),
            label=label or name.strip(),
            field_type=field_type,
            choices=json.dumps(list(choices), ensure_ascii=False),
            position=position,
        )
        session.add(row)
    session.flush()
    return _definition(row)


def list_fields(session: Session, entity: str) -> list[FieldDefinition]:
    """The entity's custom fields in display order."""
    rows = session.scalars(
        select(CustomField)
        .where(CustomField.entity == entity, CustomField.deleted_at.is_(None))
        .order_by(CustomField.position, CustomField.name)
    )
    return [_definition(r) for r in rows]


def reorder_fields(session: Session, entity: str, names: list[str]) -> None:
    """Put the fields in the given order."""
    by_name = {
        r.name: r
        for r in session.scalars(
            select(CustomField).where(
                CustomField.entity == entity, CustomField.deleted_at.is_(None)
            )
        )
    }
    for position, name in enumerate(names):
        if name in by_name and by_name[name].position != position:
            by_name[name].position = position


def remove_field(session: Session, entity: str, name: str) -> None:
    """Remove a field (its values are kept until the field is purged, so it can come back)."""
    row = _field(session, entity, name)
    row.deleted_at = utcnow()
    session.flush()
    _reindex_values(session, row)


def _reindex_values(session: Session, row: CustomField) -> None:
    """Mark for rebuilding the search documents that show (or showed) this field's values.

    The index triggers watch values, not field definitions, so removing, reviving or
    retyping a field would otherwise leave stale text in search.
    """
    session.execute(
        insert(SearchDirty)
        .prefix_with("OR IGNORE")
        .from_select(
            ["entity", "entity_id"],
            select(literal(row.entity), CustomValue.entity_id).where(
                CustomValue.field_id == row.id
            ),
        )
    )


def _field(session: Session, entity: str, name: str) -> CustomField:
    row = session.scalar(
        select(CustomField).where(
            CustomField.entity == entity,
            CustomField.name == name,
            CustomField.deleted_at.is_(None),
        )
    )
    if row is None:
        raise NotFound(f"No custom field '{name}' on {entity}.")
    return row


def canonical(field_type: str, choices: tuple[str, ...], value: str) -> str:
    """The stored text of a value, or ValidationError when it does not fit the type."""
    text = value.strip()
    if field_type == "number":
        try:
            return str(Decimal(text.replace(",", "")))
        except InvalidOperation as exc:
            raise ValueError(f"'{value}' is not a number.") from exc
    if field_type == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError as exc:
            raise ValueError(f"'{value}' is not a date (YYYY-MM-DD).") from exc
    if field_type == "checkbox":
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "y", "on", "x"):
            return "1"
        if lowered in ("0", "false", "no", "n", "off", ""):
            return "0"
        raise ValueError(f"'{value}' is not yes or no.")
    if field_type == "choice" and text not in choices:
        raise ValueError(f"'{value}' is not one of: {', '.join(choices)}.")
    return text


def set_value(session: Session, entity: str, entity_id: str, name: str, value: str | None) -> None:
    """Set (or with None, clear) one custom field of one record."""
    row = _field(session, entity, name)
    existing = session.scalar(
        select(CustomValue).where(
            CustomValue.field_id == row.id, CustomValue.entity_id == entity_id
        )
    )
    if value is None or (value.strip() == "" and row.field_type != "checkbox"):
        if existing is not None:
            session.execute(delete(CustomValue).where(CustomValue.id == existing.id))
        return
    try:
        stored = canonical(row.field_type, _definition(row).choices, value)
    except ValueError as exc:
        raise ValidationError([FieldProblem(name, str(exc))]) from exc
    if existing is None:
        session.add(
            CustomValue(
                field_id=row.id,
                entity_id=entity_id,
                value=stored,
                owner_id=ownership.owner_of(session, entity, entity_id)
                or local_settings.local_user_id(session),
            )
        )
    elif existing.value != stored:
        existing.value = stored
    session.flush()


def values_of(session: Session, entity: str, entity_id: str) -> dict[str, str | None]:
    """The record's custom values by field name (fields without a value are absent)."""
    rows = session.execute(
        select(CustomField.name, CustomValue.value)
        .join(CustomValue, CustomValue.field_id == CustomField.id)
        .where(
            CustomField.entity == entity,
            CustomField.deleted_at.is_(None),
            CustomValue.entity_id == entity_id,
        )
        .order_by(CustomField.position)
    )
    return {name: value for name, value in rows}
