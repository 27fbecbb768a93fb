"""What CLI handlers share: the data folder, unlocking on demand, and output helpers."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.db.engine import Database
from crmdesk.money import Money
from crmdesk.vault import Vault, default_data_dir


class CliContext:
    """The data folder given on the command line, and the database once unlocked."""

    def __init__(self, data_dir: str | None) -> None:
        self.vault = Vault(Path(data_dir).expanduser() if data_dir else default_data_dir())
        self._db: Database | None = None

    def db(self) -> Database:
        """Unlock the database (passphrase from $CRMDESK_PASSPHRASE, the keyring, or a prompt)."""
        if self._db is None:
            from crmdesk.cli.prompts import unlock

            self._db = unlock(self.vault)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and money as JSON-ready values."""
    if isinstance(value, Money):
        return {"amount": str(value.to_decimal()), "currency": value.currency, "minor": value.minor}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned table; width counts East Asian wide characters as two columns."""
    text_rows = [["" if c is None else str(c) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], display_width(cell)), 40)
    print(_line(headers, widths))
    for row in text_rows:
        print(_line(row, widths))


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    out = []
    for cell, width in zip(cells, widths, strict=False):
        shown = truncate(cell, width)
        out.append(shown + " " * (width - display_width(shown)))
    return "  ".join(out).rstrip()


def display_width(text: str) -> int:
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def truncate(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"
