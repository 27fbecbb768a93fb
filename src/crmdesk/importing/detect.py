"""Looking at a file before importing it: format, encoding, CSV dialect, header, preset, preview."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from crmdesk.errors import CrmError
from crmdesk.importing import csv_reader, presets, vcard
from crmdesk.importing.cleanup import ContactParts
from crmdesk.importing.encodings import EncodingGuess, guess_encoding
from crmdesk.importing.mapping import ColumnMapping, RowConverter
from crmdesk.importing.model import ReadItem, RowProblem
from crmdesk.importing.wire import ContactRow, from_row

FileFormat = Literal["vcard", "csv"]
_SAMPLE = 256 * 1024
Progress = Callable[[int, int], None]


class UnreadableFile(CrmError):
    """The file is not a contact file crmdesk can read (binary, empty, unknown format)."""


@dataclass(frozen=True)
class FileInfo:
    """What crmdesk found out about a file, shown to the user before the import."""

    path: Path
    format: FileFormat
    encoding: EncodingGuess
    dialect: csv_reader.CsvDialect = field(default_factory=csv_reader.CsvDialect)
    header: tuple[str, ...] = ()
    preset: str | None = None
    mapping: ColumnMapping = field(default_factory=lambda: ColumnMapping({}))
    preview: tuple[tuple[str, ...], ...] = ()
    size: int = 0

    def with_encoding(self, encoding: str) -> FileInfo:
        """The same file read with the encoding the user chose."""
        return inspect_file(self.path, self.format, encoding)

    def with_mapping(self, mapping: ColumnMapping) -> FileInfo:
        return replace(self, mapping=mapping)


def _looks_binary(sample: bytes, encoding: str) -> bool:
    if encoding.startswith("utf-16"):
        return False
    if b"\x00" in sample:
        return True
    text = sample.decode(encoding, errors="replace")
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t\f"))
    return bad > max(4, len(text) // 50)


def _decode_sample(sample: bytes, encoding: str) -> str:
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)


def inspect_file(path: Path, file_format: str = "auto", encoding: str | None = None) -> FileInfo:
    """Detect format, encoding, dialect and layout; UnreadableFile when it is no contact file."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            sample = f.read(_SAMPLE)
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFile(f"Cannot open {path}: {exc.strerror or exc}") from exc
    if not sample.strip():
        raise UnreadableFile(f"{path.name} is empty.")
    guess = EncodingGuess(encoding, True) if encoding else guess_encoding(sample)
    if _looks_binary(sample, guess.encoding):
        raise UnreadableFile(
            f"{path.name} is not a text file (binary data); "
            "crmdesk imports vCard (.vcf) and CSV files."
        )
    text = _decode_sample(sample, guess.encoding).lstrip("\ufeff")
    if file_format == "vcard" or (file_format == "auto" and vcard.is_vcard(text)):
        if not vcard.is_vcard(text):
            raise UnreadableFile(f"{path.name} contains no vCard (no BEGIN:VCARD line).")
        return FileInfo(path, "vcard", guess, size=size)
    if file_format == "auto" and text.lstrip()[:1] in ("<", "{", "["):
        raise UnreadableFile(
            f"{path.name} looks like XML or JSON; crmdesk imports vCard (.vcf) and CSV files."
        )
    dialect = csv_reader.sniff_dialect(text)
    rows: list[tuple[str, ...]] = []
    with path.open("rb") as f:
        for _, row in csv_reader.iter_records(f, guess.encoding, dialect):
            rows.append(tuple(row))
            if len(rows) > 10:
                break
    if not rows or len(rows[0]) < 2:
        raise UnreadableFile(
            f"{path.name} is neither a vCard nor a CSV file with a header row of several columns."
        )
    header = tuple(h.strip() for h in rows[0])
    preset = presets.recognise(header)
    mapping = presets.preset_mapping(preset, header) if preset else presets.guess_mapping(header)
    return FileInfo(path, "csv", guess, dialect, header, preset, mapping, tuple(rows[1:]), size)


def read_parts(
    info: FileInfo, progress: Progress | None = None
) -> Iterator[tuple[int, ContactParts] | RowProblem]:
    """Stream the file's contacts as parts (not yet checked), reporting bytes read."""
    with info.path.open("rb") as raw:
        if info.format == "vcard":
            text = io.TextIOWrapper(raw, encoding=info.encoding.encoding, errors="replace")

            def numbered() -> Iterator[tuple[int, str]]:
                for n, line in enumerate(text, 1):
                    if progress and n % 500 == 0:
                        progress(raw.tell(), info.size)
                    yield n, line.rstrip("\r\n").lstrip("\ufeff")

            yield from vcard.read_vcards(numbered())
        else:
            records = csv_reader.iter_records(raw, info.encoding.encoding, info.dialect)
            header = next(records, None)
            if header is None:
                return
            converter = RowConverter(header[1], info.mapping)
            width = len(header[1])
            for n, (line, row) in enumerate(records):
                if progress and n % 500 == 0:
                    progress(raw.tell(), info.size)
                if len(row) > width and any(c.strip() for c in row[width:]):
                    yield RowProblem(
                        line, f"row has {len(row)} fields but the header has {width}; skipped"
                    )
                    continue
                yield line, converter.convert(line, row)
    if progress:
        progress(info.size, info.size)


def read_contacts(
    info: FileInfo, region: str | None, progress: Progress | None = None
) -> Iterator[ReadItem]:
    """Stream the file's checked contacts and its problems, in file order."""
    for item in read_rows(info, region, progress):
        yield item if isinstance(item, RowProblem) else from_row(item)


def read_rows(
    info: FileInfo, region: str | None, progress: Progress | None = None
) -> Iterator[ContactRow | RowProblem]:
    """``read_contacts`` with each contact as its tuple (``wire.to_row``), as a reader sends it."""
    source = f"import:{info.path.name}"
    for item in read_parts(info, progress):
        if isinstance(item, RowProblem):
            yield item
            continue
        line, parts = item
        row = parts.finish_row(source, region)
        if row is None:
            yield RowProblem(line, "row has no name, email, phone or other data; skipped")
        else:
            yield row
