"""to_e164's shortcut for plainly written numbers gives what phonenumbers itself gives."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk import phones

_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
#: Regions with national prefixes, carrier codes, leading zeros, shared calling codes.
_SOME = ["TH", "US", "CA", "GB", "DE", "IT", "CN", "TW", "SG", "JP", "AR", "MX", "BR", "RU"]
_ODD = [None, "ZZ", "th", "001", "XX"]
regions = st.one_of(st.sampled_from(_SOME), st.sampled_from(_REGIONS), st.sampled_from(_ODD))


@st.composite
def plain_numbers(draw: st.DrawFn) -> str:
    """Digits in groups split by spaces or hyphens, maybe after a + or a dialling prefix."""
    lead = draw(st.sampled_from(["", "", "+", "0", "00", "011", "001", "8", "810", "+0", "0 "]))
    groups = draw(st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from([" ", "-", "", "  ", " - "]), min_size=len(groups)))
    return lead + "".join(g + s for g, s in zip(groups, seps, strict=False)).rstrip(" -")


@st.composite
def written_numbers(draw: st.DrawFn) -> str:
    """A real example number of some region, written in one of the usual ways."""
    region = draw(st.sampled_from(_REGIONS))
    kind = draw(st.sampled_from(list(range(11))))
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        example = phonenumbers.example_number(region) or phonenumbers.parse("+6621234567")
    fmt = draw(
        st.sampled_from(
            [
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
    )
    text = phonenumbers.format_number(example, fmt)
    cut = draw(st.integers(0, 3))
    return text[: len(text) - cut] if draw(st.booleans()) else text + "0" * cut


@settings(max_examples=3000, deadline=None)
@given(plain_numbers(), regions)
def test_plain_numbers_read_as_phonenumbers_reads_them(text: str, region: str | None) -> None:
    assert phones.to_e164(text, region) == phones.parsed_e164(text, region)


@settings(max_examples=3000, deadline=None)
@given(written_numbers(), regions)
def test_written_numbers_read_as_phonenumbers_reads_them(text: str, region: str | None) -> None:
    assert phones.to_e164(text, region) == phones.parsed_e164(text, region)


@settings(max_examples=1000, deadline=None)
@given(st.text("0123456789 -+()./x#,;extEXT\u0e51\uff11\u00a0abcABC", max_size=30), regions)
def test_any_text_reads_as_phonenumbers_reads_it(text: str, region: str | None) -> None:
    assert phones.to_e164(text, region) == phones.parsed_e164(text.strip(), region)


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("+66 81 234 5678", "TH", "+66812345678"),
        ("081-234-5678", "TH", "+66812345678"),
        ("001 66 81 234 5678", "TH", "+66812345678"),
        ("02 123 4567", "TH", "+6621234567"),
        ("66 81 234 5678", "TH", "+66812345678"),
        ("+1 650 253 0000", None, "+16502530000"),
        ("06 1234 5678", "IT", "+390612345678"),
        ("12", "TH", None),
        ("+999 123 456", "TH", None),
        ("081 234 5678", None, None),
    ],
)
def test_common_forms(text: str, region: str | None, e164: str | None) -> None:
    assert phones.to_e164(text, region) == e164
    assert phones.parsed_e164(text, region) == e164


def test_usual_forms_take_the_shortcut() -> None:
    assert phones._plain_e164("+66 81 234 5678", "TH") == "+66812345678"
    assert phones._plain_e164("081-234-5678", "TH") == "+66812345678"
    assert phones._plain_e164("+49 30 1234567", "TH") == "+49301234567"


def test_every_regions_example_numbers_read_as_phonenumbers_reads_them() -> None:
    formats = (
        phonenumbers.PhoneNumberFormat.E164,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.NATIONAL,
    )
    for region in _REGIONS:
        for kind in range(11):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for fmt in formats:
                text = phonenumbers.format_number(example, fmt)
                for default in (region, "TH", "US", None):
                    assert phones.to_e164(text, default) == phones.parsed_e164(text, default), (
                        text,
                        default,
                    )


@settings(max_examples=2000, deadline=None)
@given(plain_numbers())
def test_viability_of_plain_numbers_is_phonenumbers_own(text: str) -> None:
    text = text.strip()
    if phones._PLAIN.fullmatch(text):
        count = sum(ch.isdigit() for ch in text)
        assert phones._viable(text, count) == phonenumbers.phonenumberutil._is_viable_phone_number(
            text
        )


@given(st.text("0123456789", max_size=6))
def test_calling_codes_are_found_as_phonenumbers_finds_them(digits: str) -> None:
    reference = phonenumbers.phonenumberutil._extract_country_code(digits)
    assert phones._extract_country_code(digits) == reference


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_REGIONS), st.text("0123456789", max_size=20))
def test_length_checks_read_the_length_alone(region: str, digits: str) -> None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    expected = phonenumbers.phonenumberutil._test_number_length(digits, metadata)
    assert phones._length_check(digits, metadata) == expected
    assert phones._length_check("9" * len(digits), metadata) == expected
