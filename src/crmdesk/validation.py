"""Validation errors that name the field at fault, and the checks the services share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.errors import CrmError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class FieldProblem:
    """One field and what is wrong with it, for a field-level message in a form."""

    field: str
    message: str


class ValidationError(CrmError):
    """One or more fields are not acceptable."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


class NotFound(CrmError):
    """The record does not exist (or was deleted)."""


def is_email(text: str) -> bool:
    """A practical syntax check: one @, a dot in the domain, no spaces."""
    return len(text) <= 320 and _EMAIL.match(text) is not None


def require(problems: list[FieldProblem]) -> None:
    """Raise ValidationError when ``problems`` is not empty."""
    if problems:
        raise ValidationError(problems)
