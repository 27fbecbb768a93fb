"""Saved lookups: named queries (dynamic groups) of contacts or companies, stored as JSON.

A lookup is a list of conditions ``FIELD OP VALUE`` joined with AND, plus an
optional search text. Fields are the entity's built-in fields below or the names
of its custom fields; each field has a kind (text, number, date,
checkbox, ...) that decides which operators it takes and how values compare.
Text compares case- and accent-insensitively (through ``crm_fold``); dates are
``YYYY-MM-DD`` days (timestamps by their UTC day); numbers compare as numbers.
Each test is translated to SQL that an index can serve where one exists (the
search index's folded names, e-mail and E.164 phone indexes, tag and custom
value indexes).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import phonenumbers
from sqlalchemy import (
    ColumnElement,
    Float,
    and_,
    cast,
    false,
    func,
    not_,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from crmdesk import contacts, custom_fields, local_settings, phones
from crmdesk.companies import CompanyRow
from crmdesk.db import search_index
from crmdesk.db.models import (
    Address,
    Company,
    Contact,
    CustomValue,
    Email,
    Phone,
    RecordTag,
    SavedLookup,
    SearchDoc,
    Tag,
    User,
)
from crmdesk.errors import CrmError
from crmdesk.phones import to_e164
from crmdesk.records import ContactRow
from crmdesk.text import digits, fold, looks_like_phone
from crmdesk.validation import FieldProblem, NotFound, ValidationError

LOOKUP_ENTITIES: tuple[str, ...] = ("contact", "company")
_PLURAL = {"contact": "contacts", "company": "companies"}
FORMAT = 1

#: Canonical operator names, and the spellings the CLI and old definitions may use.
OPERATORS: tuple[str, ...] = (
    "equals",
    "contains",
    "starts_with",
    "lt",
    "gt",
    "between",
    "empty",
    "not_empty",
)
_ALIASES = {
    "=": "equals",
    "==": "equals",
    "eq": "equals",
    "is": "equals",
    "has": "contains",
    "~": "contains",
    "starts": "starts_with",
    "starts-with": "starts_with",
    "prefix": "starts_with",
    "<": "lt",
    "before": "lt",
    "less": "lt",
    ">": "gt",
    "after": "gt",
    "more": "gt",
    "is_empty": "empty",
    "is-empty": "empty",
    "blank": "empty",
    "not-empty": "not_empty",
    "filled": "not_empty",
}
_NO_VALUE = ("empty", "not_empty")
_MAX_CHAR = "\U0010ffff"

#: Which operators each kind of field accepts.
_KIND_OPS: dict[str, tuple[str, ...]] = {
    "text": OPERATORS,
    "choice": ("equals", "contains", "starts_with", "empty", "not_empty"),
    "number": ("equals", "lt", "gt", "between", "empty", "not_empty"),
    "date": ("equals", "lt", "gt", "between", "empty", "not_empty"),
    "checkbox": ("equals", "empty", "not_empty"),
    "phone": ("equals", "contains", "starts_with", "empty", "not_empty"),
}


@dataclass(frozen=True)
class Condition:
    """One ``FIELD OP VALUE`` test; ``between`` uses ``value`` and ``value2``."""

    field: str
    op: str
    value: str | None = None
    value2: str | None = None


@dataclass(frozen=True)
class LookupDefinition:
    """What a saved lookup finds: every condition holds, and the search text matches."""

    conditions: tuple[Condition, ...] = ()
    text: str | None = None
    entity: str = "contact"

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "entity": self.entity,
                "text": self.text,
                "conditions": [
                    {k: v for k, v in vars(c).items() if v is not None} for c in self.conditions
                ],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> LookupDefinition:
        try:
            data = json.loads(raw)
            conditions = tuple(
                Condition(
                    str(c["field"]),
                    str(c["op"]),
                    None if c.get("value") is None else str(c["value"]),
                    None if c.get("value2") is None else str(c["value2"]),
                )
                for c in data.get("conditions", [])
            )
            return cls(conditions, data.get("text") or None, str(data.get("entity", "contact")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CrmError("This saved lookup is damaged and cannot be read.") from exc


@dataclass(frozen=True)
class LookupSummary:
    """A saved lookup as the lookup menu lists it."""

    name: str
    entity: str
    definition: LookupDefinition
    owner_id: str
    conditions: tuple[str, ...] = field(default=())


def normalise_op(op: str) -> str:
    """The canonical name of an operator, or CrmError listing the known ones."""
    key = op.strip().lower()
    key = _ALIASES.get(key, key).replace("-", "_")
    if key not in OPERATORS:
        raise CrmError(f"Unknown comparison '{op}'. Use one of: {', '.join(OPERATORS)}.")
    return key


def describe(c: Condition) -> str:
    """``city equals Bangkok`` — one condition as a line of text."""
    parts = [c.field, c.op]
    parts += [v for v in (c.value, c.value2) if v is not None]
    return " ".join(parts)


# --- Built-in contact fields -------------------------------------------------------------

Builder = Callable[[str, str | None, str | None], ColumnElement[bool]]


def _folded_test(folded: Any, op: str, va: str, vb: str | None) -> ColumnElement[bool]:
    """A test of an already folded text expression against folded values."""
    if op == "equals":
        return cast_bool(folded == va)
    if op == "contains":
        return cast_bool(func.instr(folded, va) > 0)
    if op == "starts_with":  # a range, so an index on the column serves it
        return and_(folded >= va, folded < va + _MAX_CHAR)
    if op == "lt":
        return cast_bool(folded < va)
    if op == "gt":
        return cast_bool(folded > va)
    return and_(folded >= va, folded <= (vb or ""))


def cast_bool(expr: Any) -> ColumnElement[bool]:
    """Type a comparison for mypy (SQLAlchemy's operators are loosely typed)."""
    return expr  # type: ignore[no-any-return]


def _text_test(column: Any, op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
    """A case- and accent-insensitive test of a text column (op is not empty/not_empty)."""
    return _folded_test(func.crm_fold(column), op, fold(a), fold(b) if b is not None else None)


def _blank(column: Any) -> ColumnElement[bool]:
    return or_(column.is_(None), column == "")


def _scalar_text(column: Any) -> Builder:
    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        if op == "empty":
            return _blank(column)
        if op == "not_empty":
            return not_(_blank(column))
        return _text_test(column, op, a, b)

    return build


def _any_row(record_id: Any, column: Any, link: Any, value_test: Callable[..., Any]) -> Builder:
    """A field held in child rows (emails, phones, addresses): true when some row matches.

    ``IN (SELECT link ...)`` lets SQLite start from the child table's own index
    instead of probing it once per record.
    """

    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        filled = select(link).where(link.is_not(None), column.is_not(None), column != "")
        if op == "empty":
            return cast_bool(record_id.not_in(filled))
        if op == "not_empty":
            return cast_bool(record_id.in_(filled))
        return cast_bool(record_id.in_(select(link).where(link.is_not(None), value_test(op, a, b))))

    return build


def _email_test(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
    if op == "equals":  # uses the index on lower(address)
        return cast_bool(Email.address_key == (a or "").strip().lower())
    return _text_test(Email.address, op, a, b)


def _phone_test(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
    """``a`` is the number as typed; ``b`` the digits of its E.164 form in the user's region.

    Numbers are compared through their E.164 form (plain SQL on an indexed column);
    only numbers that could not be understood fall back to their typed digits.
    """
    wanted = [d for d in dict.fromkeys((digits(a), b or "")) if d]
    raw = func.crm_digits(Phone.number)
    if op == "equals":
        by_e164: ColumnElement[bool] = Phone.e164.in_(["+" + d for d in wanted])
        by_raw: ColumnElement[bool] = raw.in_(wanted)
    elif op == "starts_with":
        by_e164 = or_(*(_folded_test(Phone.e164, op, "+" + w, None) for w in wanted))
        by_raw = or_(*(func.substr(raw, 1, len(w)) == w for w in wanted))
    else:
        by_e164 = or_(*(func.instr(Phone.e164, w) > 0 for w in wanted))
        by_raw = or_(*(func.instr(raw, w) > 0 for w in wanted))
    return or_(by_e164, and_(Phone.e164.is_(None), by_raw))


def _company_field(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
    live = select(Company.id).where(Company.deleted_at.is_(None))
    if op == "empty":
        return or_(Contact.company_id.is_(None), Contact.company_id.not_in(live))
    if op == "not_empty":
        return Contact.company_id.in_(live)
    return Contact.company_id.in_(live.where(_text_test(Company.name, op, a, b)))


def _tag_field(entity: str, record_id: Any) -> Builder:
    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        tagged = (
            select(RecordTag.entity_id)
            .join(Tag, Tag.id == RecordTag.tag_id)
            .where(RecordTag.entity == entity, Tag.deleted_at.is_(None))
        )
        if op == "empty":
            return cast_bool(record_id.not_in(tagged))
        if op == "not_empty":
            return cast_bool(record_id.in_(tagged))
        if op == "equals":  # uses the unique index on the folded tag name
            return cast_bool(record_id.in_(tagged.where(Tag.name_key == fold(a))))
        return cast_bool(record_id.in_(tagged.where(_text_test(Tag.name, op, a, b))))

    return build


def _owner_field(owner_id: Any) -> Builder:
    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        if op in _NO_VALUE:
            return false() if op == "empty" else true()
        users = select(User.id).where(
            or_(
                User.id == (a or ""),
                _text_test(User.name, op, a, b),
                _text_test(User.display_name, op, a, b),
            )
        )
        return cast_bool(owner_id.in_(users))

    return build


def _name_field(entity: str, record_id: Any, name: Any) -> Builder:
    """The name, tested on the search index's folded, indexed ``name_key``.

    ``where_clause`` brings the index up to date first. A contact's given and
    family names are fields of their own.
    """

    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        if op in _NO_VALUE:
            return _scalar_text(name)(op, a, b)
        va, vb = fold(a), fold(b) if b is not None else None
        docs = select(SearchDoc.entity_id).where(
            SearchDoc.entity == entity, _folded_test(SearchDoc.name_key, op, va, vb)
        )
        return cast_bool(record_id.in_(docs))

    return build


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _day_bounds(column: Any, op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
    """A UTC timestamp column tested against whole UTC days."""
    start = _midnight(_day(a))
    if op == "equals":
        return and_(column >= start, column < start + timedelta(days=1))
    if op == "lt":
        return _compare(column, "lt", start, None)
    if op == "gt":
        return _compare(column, "gt", start + timedelta(days=1) - timedelta(microseconds=1), None)
    end = _midnight(_day(b)) + timedelta(days=1)
    return and_(column >= start, column < end)


def _timestamp(column: Any) -> Builder:
    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        if op in _NO_VALUE:
            return _compare(column, op, None, None)
        return _day_bounds(column, op, a, b)

    return build


def _date_column(column: Any) -> Builder:
    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        if op in _NO_VALUE:
            return _compare(column, op, None, None)
        return _compare(column, op, _day(a), _day(b) if b else None)

    return build


def _compare(column: Any, op: str, a: Any, b: Any) -> ColumnElement[bool]:
    """``column OP a`` (``between`` a and b inclusive; ``empty`` is NULL)."""
    tests: dict[str, Callable[[], ColumnElement[bool]]] = {
        "equals": lambda: column == a,
        "lt": lambda: column < a,
        "gt": lambda: column > a,
        "between": lambda: and_(column >= a, column <= b),
        "empty": lambda: column.is_(None),
        "not_empty": lambda: column.is_not(None),
    }
    return tests[op]()


#: Built-in contact fields: name -> (kind, SQL builder).
def _party_fields(entity: str, table: Any, link: str) -> dict[str, tuple[str, Builder]]:
    """Fields contacts and companies share; ``link`` names the child tables' key column."""
    return {
        "name": ("text", _name_field(entity, table.id, getattr(table, _NAME_COLUMN[entity]))),
        "city": (
            "text",
            _any_row(
                table.id,
                Address.city,
                getattr(Address, link),
                lambda op, a, b: _text_test(Address.city, op, a, b),
            ),
        ),
        "email": ("text", _any_row(table.id, Email.address, getattr(Email, link), _email_test)),
        "phone": ("phone", _any_row(table.id, Phone.number, getattr(Phone, link), _phone_test)),
        "tag": ("text", _tag_field(entity, table.id)),
        "owner": ("text", _owner_field(table.owner_id)),
        "created": ("date", _timestamp(table.created_at)),
        "updated": ("date", _timestamp(table.updated_at)),
    }


_NAME_COLUMN = {"contact": "display_name", "company": "name"}

#: Built-in contact fields: name -> (kind, SQL builder).
CONTACT_FIELDS: dict[str, tuple[str, Builder]] = {
    **_party_fields("contact", Contact, "contact_id"),
    "given": ("text", _scalar_text(Contact.given_name)),
    "family": ("text", _scalar_text(Contact.family_name)),
    "company": ("text", _company_field),
    "title": ("text", _scalar_text(Contact.title)),
    "source": ("text", _scalar_text(Contact.source)),
    "birthday": ("date", _date_column(Contact.birthday)),
}

#: Built-in company fields.
COMPANY_FIELDS: dict[str, tuple[str, Builder]] = {
    **_party_fields("company", Company, "company_id"),
    "industry": ("text", _scalar_text(Company.industry)),
    "website": ("text", _scalar_text(Company.website)),
}

#: The built-in fields of each entity lookups can find.
ENTITY_FIELDS: dict[str, dict[str, tuple[str, Builder]]] = {
    "contact": CONTACT_FIELDS,
    "company": COMPANY_FIELDS,
}
_TABLE: dict[str, Any] = {"contact": Contact, "company": Company}


# --- Custom fields ----------------------------------------------------------------------


def _custom_builder(fd: custom_fields.FieldDefinition, record_id: Any) -> Builder:
    """Tests of one custom field of the records whose id column is ``record_id``.

    Each test is ``id IN (SELECT entity_id FROM custom_values WHERE field_id = ...)``,
    served by the (field_id, entity_id) unique index.
    """

    def having(*conditions: Any) -> ColumnElement[bool]:
        values = select(CustomValue.entity_id).where(CustomValue.field_id == fd.id, *conditions)
        return cast_bool(record_id.in_(values))

    def build(op: str, a: str | None, b: str | None) -> ColumnElement[bool]:
        filled = having(CustomValue.value.is_not(None), CustomValue.value != "")
        if op == "empty":
            return not_(filled)
        if op == "not_empty":
            return filled
        if fd.field_type == "checkbox":
            ticked = having(CustomValue.value == "1")
            return ticked if a == "1" else not_(ticked)
        if fd.field_type == "number":
            # Comparing, not storing: a float is exact enough to order user numbers.
            number = cast(CustomValue.value, Float)
            return having(_compare(number, op, float(a or 0), float(b) if b else None))
        if fd.field_type == "date":
            return having(_compare(CustomValue.value, op, a, b))
        return having(_text_test(CustomValue.value, op, a, b))

    return build


# --- Checking and translating -----------------------------------------------------------


def _day(value: str | None) -> date:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError as exc:
        raise CrmError(f"'{value}' is not a date (YYYY-MM-DD).") from exc


def _resolve(session: Session, entity: str, name: str) -> tuple[str, Builder, Any]:
    """The kind, SQL builder and custom field definition (or None) of a field name."""
    key = name.strip()
    builtin = ENTITY_FIELDS[entity]
    if key.lower() in builtin:
        kind, builder = builtin[key.lower()]
        return kind, builder, None
    if key.startswith("custom:"):
        key = key[len("custom:") :]
    for fd in custom_fields.list_fields(session, entity):
        if fd.name == key or fd.name.lower() == key.lower():
            return fd.field_type, _custom_builder(fd, _TABLE[entity].id), fd
    known = ", ".join([*builtin, *(f.name for f in custom_fields.list_fields(session, entity))])
    raise ValidationError(
        [FieldProblem(name, f"No field '{name}' on {_PLURAL[entity]}. Fields: {known}.")]
    )


def _canonical_values(kind: str, fd: Any, c: Condition, op: str) -> tuple[str | None, str | None]:
    """The condition's values in the form the SQL compares, or a message saying what is wrong."""
    if op in _NO_VALUE:
        return None, None
    if c.value is None or (op == "between" and c.value2 is None):
        need = "two values" if op == "between" else "a value"
        raise ValidationError([FieldProblem(c.field, f"'{op}' needs {need}.")])
    values = [c.value, c.value2] if op == "between" else [c.value]
    out: list[str] = []
    for v in values:
        assert v is not None
        if kind == "number":
            try:
                out.append(str(Decimal(v.strip().replace(",", ""))))
            except InvalidOperation as exc:
                raise ValidationError([FieldProblem(c.field, f"'{v}' is not a number.")]) from exc
        elif kind == "date":
            try:
                out.append(date.fromisoformat(v.strip()).isoformat())
            except ValueError as exc:
                raise ValidationError(
                    [FieldProblem(c.field, f"'{v}' is not a date (YYYY-MM-DD).")]
                ) from exc
        elif kind == "checkbox":
            try:
                out.append(custom_fields.canonical("checkbox", (), v))
            except ValueError as exc:
                raise ValidationError([FieldProblem(c.field, str(exc))]) from exc
        elif kind == "choice" and op == "equals" and fd is not None and v not in fd.choices:
            raise ValidationError(
                [FieldProblem(c.field, f"'{v}' is not one of: {', '.join(fd.choices)}.")]
            )
        else:
            if not v.strip():
                raise ValidationError([FieldProblem(c.field, "The value is empty.")])
            out.append(v)
    return out[0], out[1] if len(out) > 1 else None


def check(session: Session, definition: LookupDefinition) -> LookupDefinition:
    """The definition with operators spelled canonically; ValidationError when it cannot run."""
    if definition.entity not in LOOKUP_ENTITIES:
        raise CrmError(f"Lookups can find contacts or companies, not '{definition.entity}'.")
    if not definition.conditions and not (definition.text or "").strip():
        raise ValidationError(
            [FieldProblem("conditions", "A lookup needs at least one condition.")]
        )
    clean: list[Condition] = []
    for c in definition.conditions:
        op = normalise_op(c.op)
        kind, _, fd = _resolve(session, definition.entity, c.field)
        if op not in _KIND_OPS[kind]:
            allowed = ", ".join(_KIND_OPS[kind])
            raise ValidationError(
                [FieldProblem(c.field, f"A {kind} field takes: {allowed}; not '{c.op}'.")]
            )
        _canonical_values(kind, fd, c, op)
        value = None if op in _NO_VALUE else c.value
        clean.append(Condition(c.field.strip(), op, value, c.value2 if op == "between" else None))
    text_value = (definition.text or "").strip() or None
    return LookupDefinition(tuple(clean), text_value, definition.entity)


def where_clause(session: Session, definition: LookupDefinition) -> ColumnElement[bool]:
    """The SQL condition on the entity's table the definition stands for (live records only)."""
    definition = check(session, definition)
    conn = session.connection()
    if search_index.has_dirty(conn):  # name and text tests read the search index
        search_index.refresh(conn)
    table = _TABLE[definition.entity]
    parts: list[ColumnElement[bool]] = [table.deleted_at.is_(None)]
    for c in definition.conditions:
        kind, builder, fd = _resolve(session, definition.entity, c.field)
        a, b = _canonical_values(kind, fd, c, c.op)
        if kind == "phone" and a is not None:
            b = _international_digits(a, local_settings.default_region(session))
        parts.append(builder(c.op, a, b))
    if definition.text:
        parts.append(_text_match(session, definition.entity, definition.text))
    return and_(*parts)


def _international_digits(number: str, region: str | None) -> str | None:
    """Digits of a (possibly partial) national number in international form.

    ``0812345678`` in TH gives ``66812345678``; a fragment such as ``0812`` gives
    ``66812`` (trunk prefix 0 swapped for the country code) so it still matches the
    start of stored E.164 numbers.
    """
    e164 = to_e164(number, region)
    if e164:
        return digits(e164)
    raw = digits(number)
    code = phonenumbers.country_code_for_region(region) if region else 0
    if code and raw.startswith("0") and len(raw) > 1:
        return f"{code}{raw[1:]}"
    return None


def _text_match(session: Session, entity: str, query: str) -> ColumnElement[bool]:
    """Records the lookup bar would find for the text (any rank, no limit).

    Three or more characters go through the trigram index on the whole document;
    shorter ones scan the compact ``keys`` column, as ``search.search`` does.
    """
    forms = [fold(query)]
    if looks_like_phone(query):
        forms += phones.query_forms(query, local_settings.default_region(session))
    selects = []
    params: dict[str, str] = {"entity": entity}
    for i, form in enumerate(dict.fromkeys(f for f in forms if f)):
        if len(form) >= 3:
            params[f"m{i}"] = search_index.match_expression(form)
            params[f"f{i}"] = form
            selects.append(
                "SELECT d.entity_id FROM search_fts JOIN search_docs d "
                f"ON d.docid = search_fts.rowid WHERE search_fts MATCH :m{i} "
                f"AND instr(d.body, :f{i}) > 0 AND d.entity = :entity"
            )
        else:
            params[f"f{i}"] = form
            selects.append(
                "SELECT entity_id FROM search_docs "
                f"WHERE entity = :entity AND instr(keys, :f{i}) > 0"
            )
    if not selects:
        return false()
    ids = text(" UNION ".join(selects)).bindparams(**params)
    return cast_bool(_TABLE[entity].id.in_(ids))


# --- Saved lookups ----------------------------------------------------------------------


def _row(session: Session, name: str) -> SavedLookup:
    row = session.scalar(select(SavedLookup).where(SavedLookup.name == name.strip()))
    if row is None:
        raise NotFound(f"No saved lookup named '{name}'.")
    return row


def save_lookup(
    session: Session, name: str, definition: LookupDefinition, *, replace: bool = False
) -> LookupSummary:
    """Store a lookup under a name; with ``replace`` an existing one of that name is overwritten."""
    if not name.strip():
        raise ValidationError([FieldProblem("name", "A lookup needs a name.")])
    clean = check(session, definition)
    row = session.scalar(select(SavedLookup).where(SavedLookup.name == name.strip()))
    if row is not None and not replace:
        raise ValidationError([FieldProblem("name", f"There is already a lookup '{name}'.")])
    if row is None:
        row = SavedLookup(
            name=name.strip(),
            entity=clean.entity,
            definition=clean.to_json(),
            owner_id=local_settings.local_user_id(session),
        )
        session.add(row)
    else:
        row.entity = clean.entity
        row.definition = clean.to_json()
    session.flush()
    return _summary(row)


def _summary(row: SavedLookup) -> LookupSummary:
    definition = LookupDefinition.from_json(row.definition)
    return LookupSummary(
        row.name,
        row.entity,
        definition,
        row.owner_id,
        tuple(describe(c) for c in definition.conditions),
    )


def get_lookup(session: Session, name: str) -> LookupSummary:
    return _summary(_row(session, name))


def list_lookups(session: Session, entity: str | None = None) -> list[LookupSummary]:
    """Every saved lookup by name."""
    query = select(SavedLookup).order_by(SavedLookup.name)
    if entity:
        query = query.where(SavedLookup.entity == entity)
    return [_summary(r) for r in session.scalars(query)]


def delete_lookup(session: Session, name: str) -> None:
    session.delete(_row(session, name))
    session.flush()


def count_lookup(session: Session, name: str) -> int:
    """How many records the saved lookup finds now."""
    definition = get_lookup(session, name).definition
    where = where_clause(session, definition)
    table = _TABLE[definition.entity]
    return int(session.scalar(select(func.count()).select_from(table).where(where)) or 0)


def _page(session: Session, definition: LookupDefinition, offset: int, limit: int) -> list[str]:
    """Ids of one page of what the definition finds, in name order."""
    where = where_clause(session, definition)
    table = _TABLE[definition.entity]
    query = select(table.id).where(where).order_by(table.sort_key, table.id)
    return list(session.scalars(query.offset(offset).limit(limit)))


def run_definition(
    session: Session, definition: LookupDefinition, offset: int = 0, limit: int = 200
) -> list[ContactRow]:
    """One page, by name, of the contacts an (unsaved) contact definition finds."""
    if definition.entity != "contact":
        raise CrmError("This lookup finds companies, not contacts.")
    page = tuple(_page(session, definition, offset, limit))
    if not page:
        return []
    return contacts.list_contacts(session, limit=len(page), flt=contacts.ContactFilter(ids=page))


def run_company_definition(
    session: Session, definition: LookupDefinition, offset: int = 0, limit: int = 200
) -> list[CompanyRow]:
    """One page, by name, of the companies an (unsaved) company definition finds."""
    if definition.entity != "company":
        raise CrmError("This lookup finds contacts, not companies.")
    page = _page(session, definition, offset, limit)
    if not page:
        return []
    people = (
        select(func.count())
        .where(Contact.company_id == Company.id, Contact.deleted_at.is_(None))
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Company.id,
            Company.name,
            Company.industry,
            people,
            Company.owner_id,
            Company.updated_at,
        )
        .where(Company.id.in_(page))
        .order_by(Company.sort_key, Company.id)
    )
    return [CompanyRow(*row) for row in rows]


def run_lookup(session: Session, name: str, offset: int = 0, limit: int = 200) -> list[ContactRow]:
    """One page, by name, of the contacts the saved lookup finds now."""
    return run_definition(session, get_lookup(session, name).definition, offset, limit)


def run_company_lookup(
    session: Session, name: str, offset: int = 0, limit: int = 200
) -> list[CompanyRow]:
    """One page, by name, of the companies the saved company lookup finds now."""
    return run_company_definition(session, get_lookup(session, name).definition, offset, limit)
