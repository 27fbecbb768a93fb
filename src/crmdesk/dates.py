"""Showing dates in the user's chosen style, including Thai Buddhist Era years."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

BE_OFFSET = 543


class DateStyle(StrEnum):
    """The date formats offered in settings (stored under the ``date_format`` key)."""

    ISO = "iso"  # 2026-11-23
    DMY = "dmy"  # 23/11/2026
    MDY = "mdy"  # 11/23/2026
    DMY_BE = "dmy_be"  # 23/11/2569 (Thai Buddhist Era)

    @classmethod
    def parse(cls, value: str | None) -> DateStyle:
        """The stored value as a style; unknown or missing values give ISO."""
        try:
            return cls(value or cls.ISO.value)
        except ValueError:
            return cls.ISO


def buddhist_year(year: int) -> int:
    """The Thai Buddhist Era year of a Gregorian year."""
    return year + BE_OFFSET


def format_date(day: date, style: DateStyle | str = DateStyle.ISO) -> str:
    """``day`` written in ``style``; BE styles add 543 to the year."""
    if isinstance(day, datetime):
        day = day.date()
    style = DateStyle.parse(style) if isinstance(style, str) else style
    if style is DateStyle.DMY:
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    if style is DateStyle.MDY:
        return f"{day.month:02d}/{day.day:02d}/{day.year:04d}"
    if style is DateStyle.DMY_BE:
        return f"{day.day:02d}/{day.month:02d}/{buddhist_year(day.year):04d}"
    return day.isoformat()
