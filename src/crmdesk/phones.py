"""Phone numbers: parsing to E.164 with ``phonenumbers`` and formatting for display."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers


@lru_cache(maxsize=16384)
def to_e164(number: str, region: str | None) -> str | None:
    """E.164 form (``+66812345678``) of a number, or None when it cannot be understood.

    Cached (a few MB at most): bulk adds validate a whole batch before saving it,
    and each number is then parsed only once.
    """
    text = number.strip()
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def is_valid(number: str, region: str | None) -> bool:
    """True when the number is a valid number for its region."""
    try:
        parsed = phonenumbers.parse(number.strip(), region or None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def display(e164: str | None, raw: str, region: str | None) -> str:
    """National format for numbers of the user's region, international for the rest."""
    if not e164:
        return raw
    parsed = phonenumbers.parse(e164, None)
    same_region = region and phonenumbers.region_code_for_number(parsed) == region
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if same_region
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(parsed, fmt)


def query_forms(query: str, region: str | None) -> list[str]:
    """Digit strings a phone-like search query should match in the index."""
    from crmdesk.text import digits

    forms = [digits(query)]
    e164 = to_e164(query, region)
    if e164:
        forms.append(digits(e164))
    return [f for i, f in enumerate(forms) if f and f not in forms[:i]]
