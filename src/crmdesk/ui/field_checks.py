"""The field checks every contact and company form shares, and showing their messages in place."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from crmdesk import phones
from crmdesk.validation import ValidationError, is_email


def name_problem(text: str) -> str | None:
    if text.strip():
        return None
    return QCoreApplication.translate("field_checks", "A name is required.")


def email_problem(text: str) -> str | None:
    value = text.strip()
    if not value or is_email(value):
        return None
    return QCoreApplication.translate(
        "field_checks", "This is not an email address (name@example.com)."
    )


def phone_problem(text: str, region: str | None) -> str | None:
    value = text.strip()
    if not value or phones.is_valid(value, region):
        return None
    return QCoreApplication.translate(
        "field_checks", "This is not a valid phone number (add the country code, e.g. +66)."
    )


def collect(checks: Mapping[str, str | None]) -> dict[str, str]:
    """Field -> message, for the checks that found something."""
    return {field: message for field, message in checks.items() if message}


def show_problems(
    labels: Mapping[str, QLabel], found: Mapping[str, str], rest: QLabel | None = None
) -> None:
    """Each message under its field; those with no label of their own go to ``rest``."""
    for field, label in labels.items():
        message = found.get(field)
        label.setText(message or "")
        label.setVisible(bool(message))
    unplaced = [m for f, m in found.items() if f not in labels]
    if rest is not None:
        rest.setText("\n".join(unplaced))
        rest.setVisible(bool(unplaced))


def problems_of(exc: ValidationError) -> dict[str, str]:
    """The service's field-level problems as the forms show them."""
    return {p.field: p.message for p in exc.problems}
