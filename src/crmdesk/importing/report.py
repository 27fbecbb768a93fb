"""What an import (or its dry run) did: counts, duplicates found, problems with line numbers."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

from crmdesk.importing.model import RowProblem

DuplicateAction = Literal["skip", "update", "create", "merge"]
ACTIONS: tuple[DuplicateAction, ...] = ("skip", "update", "create", "merge")


@dataclass(frozen=True)
class DuplicateFound:
    """A row that matches an existing contact, and what the import does with it."""

    line: int
    name: str
    existing_id: str
    reason: str
    action: DuplicateAction


#: How many errors, warnings and duplicates a report lists (each is counted in full):
#: a 100k-row file of duplicates must not hold 100k report lines in memory.
DETAIL_CAP = 1000


@dataclass
class ImportReport:
    """The outcome of an import or of its dry run.

    ``errors``, ``warnings`` and ``duplicates`` list the first ``DETAIL_CAP`` of each;
    the ``*_count`` fields count them all.
    """

    file: str
    file_format: str
    encoding: str
    dry_run: bool
    batch_id: str | None = None
    created: int = 0
    updated: int = 0
    skipped: int = 0
    companies_created: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    duplicates: list[DuplicateFound] = field(default_factory=list)
    cancelled: bool = False
    error_count: int = 0
    warning_count: int = 0
    duplicate_count: int = 0

    def add_error(self, problem: RowProblem) -> None:
        self.error_count += 1
        if len(self.errors) < DETAIL_CAP:
            self.errors.append(problem)

    def add_warning(self, problem: RowProblem) -> None:
        self.warning_count += 1
        if len(self.warnings) < DETAIL_CAP:
            self.warnings.append(problem)

    def add_duplicate(self, found: DuplicateFound) -> None:
        self.duplicate_count += 1
        if len(self.duplicates) < DETAIL_CAP:
            self.duplicates.append(found)

    @property
    def rows_read(self) -> int:
        return self.created + self.updated + self.skipped + self.companies_created

    def to_json(self) -> str:
        data = asdict(self)
        data["rows_read"] = self.rows_read
        return json.dumps(data, ensure_ascii=False, indent=2)
