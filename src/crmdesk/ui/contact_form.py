"""The contact fields both editors share (the dialog and the record header): checks, points."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit

from crmdesk.records import ContactRecord, LabeledValue
from crmdesk.ui.field_checks import collect, email_problem, name_problem, phone_problem

#: labels given to the first and second email / phone a form shows, when new
EMAIL_LABELS = ("work", "home")
PHONE_LABELS = ("work", "mobile")


def contact_problems(
    name: str, emails: Sequence[str], numbers: Sequence[str], region: str | None
) -> dict[str, str]:
    """Field -> message for a name and the emails and numbers as typed (in form order)."""
    checks = {"display_name": name_problem(name)}
    for i, text in enumerate(emails):
        checks[f"emails[{i}]"] = email_problem(text)
    for i, text in enumerate(numbers):
        checks[f"phones[{i}]"] = phone_problem(text, region)
    return collect(checks)


def form_problems(
    name: QLineEdit, emails: Sequence[QLineEdit], numbers: Sequence[QLineEdit], region: str | None
) -> dict[str, str]:
    """``contact_problems`` for a form's edit boxes."""
    return contact_problems(
        name.text(), [e.text() for e in emails], [e.text() for e in numbers], region
    )


def _typed(
    texts: Sequence[str], kept_labels: Sequence[str | None], defaults: Sequence[str]
) -> list[LabeledValue]:
    found = []
    for i, text in enumerate(texts):
        if text.strip():
            label = kept_labels[i] if i < len(kept_labels) else None
            found.append(LabeledValue(text.strip(), label or defaults[i % len(defaults)]))
    return found


def edited_points(
    emails: Sequence[str], numbers: Sequence[str], kept: ContactRecord | None
) -> tuple[tuple[LabeledValue, ...], tuple[LabeledValue, ...]]:
    """Emails and phones as typed in a form's slots (keeping their labels), followed by those
    of ``kept`` that the form has no slot for."""
    kept_emails = list(kept.emails) if kept else []
    kept_phones = [LabeledValue(p.number, p.label) for p in kept.phones] if kept else []
    typed_emails = _typed(emails, [e.label for e in kept_emails], EMAIL_LABELS)
    typed_phones = _typed(numbers, [p.label for p in kept_phones], PHONE_LABELS)
    return (
        tuple(typed_emails + kept_emails[len(emails) :]),
        tuple(typed_phones + kept_phones[len(numbers) :]),
    )
