"""Parsing command-line values (dates, times, amounts) with messages a user understands."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from exc


def local_datetime(text: str) -> datetime:
    """``2026-11-24 14:30`` (local time) or ISO with offset, as an aware datetime."""
    try:
        value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date and time (YYYY-MM-DD HH:MM)"
        ) from exc
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is negative")
    return value
