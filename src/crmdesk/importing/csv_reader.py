"""Streaming CSV reading: delimiter and quoting sniffing, numbered records, byte progress."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class CsvDialect:
    """The delimiter and quote character of a CSV file."""

    delimiter: str = ","
    quotechar: str = '"'


def sniff_dialect(sample: str) -> CsvDialect:
    """The delimiter that splits the first lines into the most, and most consistent, columns."""
    lines = sample.splitlines()[:50]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line in half
    text = "\n".join(lines)
    best, best_key = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(r) for r in rows if r]
        if not widths or max(widths) < 2:
            continue
        header = widths[0]
        consistent = sum(1 for w in widths if w == header) / len(widths)
        key = (consistent, header)
        if key > best_key:
            best, best_key = delimiter, key
    return CsvDialect(best)


def iter_records(
    raw: BinaryIO, encoding: str, dialect: CsvDialect
) -> Iterator[tuple[int, list[str]]]:
    """Yield (line the record starts on, fields) for every non-empty record of the file."""
    text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    reader = csv.reader(
        text, delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=False
    )
    previous = 0
    for row in reader:
        start = previous + 1
        previous = reader.line_num
        # Some cell holds more than whitespace (as any(cell.strip()), without a call a cell).
        if row and "".join(row).strip():
            if start == 1 and row[0].startswith("\ufeff"):
                row[0] = row[0][1:]
            yield start, row
