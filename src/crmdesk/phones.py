"""Phone numbers: parsing to E.164 with ``phonenumbers`` and formatting for display."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import phonenumberutil as pnu
from phonenumbers.phonemetadata import PhoneMetadata

#: Numbers written with ASCII digits, spaces and hyphens only, maybe after one ``+``
#: (``+66 81-234 5678``, ``081 234 5678``): most numbers in files, and ones
#: ``phonenumbers.parse`` reads without its generic steps (see ``_plain_e164``).
_PLAIN = re.compile(r"\+?[0-9](?:[0-9 \-]*[0-9])?")
#: Calling codes by their digits: ``_extract_country_code`` on ASCII digits.
_CALLING_CODES = {str(code): code for code in pnu.COUNTRY_CODE_TO_REGION_CODE}
_NOT_CHECKED = (
    pnu.ValidationResult.TOO_SHORT,
    pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    pnu.ValidationResult.INVALID_LENGTH,
)
_POSSIBLE = (pnu.ValidationResult.IS_POSSIBLE, pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)


#: ``_test_number_length`` results by the metadata's id and the number's length: for
#: any type but a particular one it reads the length alone. Metadata objects live as
#: long as ``phonenumbers`` (which holds them), so their ids stay theirs.
_LENGTHS: dict[tuple[int, int], int] = {}
#: Each calling code's metadata, as ``is_possible_number`` finds it.
_CODE_METADATA: dict[int, PhoneMetadata | None] = {}


def _length_check(national: str, metadata: PhoneMetadata) -> int:
    """``_test_number_length(national, metadata)``, worked out once per length."""
    key = (id(metadata), len(national))
    found = _LENGTHS.get(key)
    if found is None:
        found = _LENGTHS[key] = pnu._test_number_length(national, metadata)
    return found


def _metadata_of(country_code: int) -> PhoneMetadata | None:
    """The metadata ``is_possible_number`` reads for a (valid) calling code."""
    if country_code not in _CODE_METADATA:
        _CODE_METADATA[country_code] = PhoneMetadata.metadata_for_region_or_calling_code(
            country_code, pnu.region_code_for_country_code(country_code)
        )
    return _CODE_METADATA[country_code]


class _Unsure:
    """``_plain_e164`` leaves the number to ``phonenumbers.parse``."""


_UNSURE = _Unsure()


@lru_cache(maxsize=16384)
def to_e164(number: str, region: str | None) -> str | None:
    """E.164 form (``+66812345678``) of a number, or None when it cannot be understood.

    Cached (a few MB at most): bulk adds validate a whole batch before saving it,
    and each number is then parsed only once.
    """
    text = number.strip()
    if not text:
        return None
    if _PLAIN.fullmatch(text):
        found = _plain_e164(text, region or None)
        if not isinstance(found, _Unsure):
            return found
    return parsed_e164(text, region)


def parsed_e164(text: str, region: str | None) -> str | None:
    """``to_e164`` by ``phonenumbers``' public calls alone: the reference for ``_plain_e164``."""
    try:
        parsed = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _plain_e164(text: str, region: str | None) -> str | _Unsure | None:
    """``parsed_e164`` of a ``_PLAIN`` number, by ``parse``'s own steps less the generic ones.

    ``parse`` spends most of its time on work that changes nothing for such text:
    it is its own possible number (it starts with ``+`` or a digit, ends with a
    digit, holds no ``;`` or ``/``), holds no extension (every extension form needs
    a letter, ``#``, ``,``, ``;`` or ``~``), and normalises to its ASCII digits
    (letters would be needed for a vanity number). What is left is ``parse``'s
    region-specific steps, made with its own functions and metadata, in its order;
    ``is_possible_number`` and E.164 formatting follow. A test compares the result
    with ``parsed_e164`` for many shapes and regions.
    """
    digits = text.replace(" ", "").replace("-", "")
    plus = text[0] == "+"
    if len(text) > pnu._MAX_INPUT_STRING_LENGTH or not _viable(text, len(digits) - plus):
        return None
    if not pnu._check_region_for_parsing(text, region):
        return None
    metadata = None if region is None else PhoneMetadata.metadata_for_region(region.upper(), None)
    # _maybe_extract_country_code
    country_code = 0
    national = ""
    if plus:
        full = digits[1:]
        if len(full) <= pnu._MIN_LENGTH_FOR_NSN:
            return None
        country_code, national = _extract_country_code(full)
        if country_code == 0:
            return _UNSURE  # parse tries again without the plus sign
    else:
        idd = "NonMatch"
        if metadata is not None and metadata.international_prefix is not None:
            idd = metadata.international_prefix
        stripped, full = pnu._parse_prefix_as_idd(re.compile(idd), digits)
        if stripped:
            if len(full) <= pnu._MIN_LENGTH_FOR_NSN:
                return None
            country_code, national = _extract_country_code(full)
            if country_code == 0:
                return None
        elif metadata is not None:
            own = str(metadata.country_code)
            if full.startswith(own):
                general = metadata.general_desc
                _, rest, _ = pnu._maybe_strip_national_prefix_carrier_code(
                    full[len(own) :], metadata
                )
                if (
                    not pnu._match_national_number(full, general, False)
                    and pnu._match_national_number(rest, general, False)
                ) or _length_check(full, metadata) == pnu.ValidationResult.TOO_LONG:
                    country_code, national = metadata.country_code or 0, rest
    # parse, after the country code
    if country_code != 0:
        number_region = pnu.region_code_for_country_code(country_code)
        if number_region != region:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(
                country_code, number_region
            )
    else:
        national = digits
        if metadata is None or metadata.country_code is None:
            return _UNSURE  # not reached: a number without + needs a region
        country_code = metadata.country_code
    if len(national) < pnu._MIN_LENGTH_FOR_NSN:
        return None
    if metadata is not None:
        _, rest, _ = pnu._maybe_strip_national_prefix_carrier_code(national, metadata)
        if _length_check(rest, metadata) not in _NOT_CHECKED:
            national = rest
    if not pnu._MIN_LENGTH_FOR_NSN <= len(national) <= pnu._MAX_LENGTH_FOR_NSN:
        return None
    # The national significant number of ASCII digits is those digits: leading
    # zeros are kept as italian_leading_zero and number_of_leading_zeros.
    # is_possible_number
    if not pnu._has_valid_country_calling_code(country_code):
        return None
    own_metadata = _metadata_of(country_code)
    if own_metadata is None:
        return _UNSURE  # not reached: the calling code is known
    if _length_check(national, own_metadata) not in _POSSIBLE:
        return None
    return f"+{country_code}{national}"


def _viable(text: str, digit_count: int) -> bool:
    """``_is_viable_phone_number`` of a ``_PLAIN`` number with ``digit_count`` digits.

    Its pattern takes two digits alone, or three or more digits with any of its
    punctuation (spaces and hyphens among it) between them, after any plus signs.
    """
    return digit_count >= 3 or (len(text) == 2 and digit_count == 2)


def _extract_country_code(number: str) -> tuple[int, str]:
    """``_extract_country_code`` of ASCII digits: a look-up of their first one to three."""
    if not number or number[0] == "0":
        return 0, number
    for size in range(1, min(len(number), pnu._MAX_LENGTH_COUNTRY_CODE) + 1):
        code = _CALLING_CODES.get(number[:size])
        if code is not None:
            return code, number[size:]
    return 0, number


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
