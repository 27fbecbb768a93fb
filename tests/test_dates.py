"""Date display styles, including Thai Buddhist Era years."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.clock import FakeClock
from crmdesk.dates import DateStyle, buddhist_year, format_date


def test_buddhist_era_year_is_gregorian_plus_543() -> None:
    assert buddhist_year(2026) == 2569
    assert format_date(date(2026, 11, 23), DateStyle.DMY_BE) == "23/11/2569"


def test_gregorian_styles() -> None:
    day = date(2026, 1, 5)
    assert format_date(day, "iso") == "2026-01-05"
    assert format_date(day, "dmy") == "05/01/2026"
    assert format_date(day, "mdy") == "01/05/2026"


def test_unknown_stored_style_falls_back_to_iso() -> None:
    assert format_date(date(2026, 1, 5), "nonsense") == "2026-01-05"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9000, 12, 31)))
def test_be_and_gregorian_differ_only_in_year(day: date) -> None:
    be = format_date(day, DateStyle.DMY_BE).split("/")
    ce = format_date(day, DateStyle.DMY).split("/")
    assert be[:2] == ce[:2]
    assert int(be[2]) - int(ce[2]) == 543


def test_fake_clock_moves_only_when_told() -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    clock = FakeClock(start)
    assert clock.now() == start
    clock.advance(timedelta(minutes=5))
    assert clock.now() == start + timedelta(minutes=5)
