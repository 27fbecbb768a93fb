"""``crmdesk import FILE`` and ``crmdesk import undo BATCH_ID``: contacts from vCard and CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crmdesk.cli.context import CliContext, print_table
from crmdesk.errors import CrmError
from crmdesk.importing.batches import ImportOptions, list_batches, run_import, undo_batch
from crmdesk.importing.detect import inspect_file
from crmdesk.importing.report import ACTIONS, ImportReport
from crmdesk.importing.saved_mappings import load_mapping
from crmdesk.importing.undo import LaterChanges


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import contacts from a vCard or CSV file ('import undo BATCH_ID' undoes one)",
        description="Import contacts from a vCard (.vcf) or CSV file as one batch. "
        "'crmdesk import undo BATCH_ID' undoes a batch; 'crmdesk import batches' lists them.",
    )
    p.add_argument("file", help="the file to import, or 'undo' / 'batches'")
    p.add_argument("batch_id", nargs="?", help="with 'undo': the batch to undo")
    p.add_argument("--format", choices=("auto", "vcard", "csv"), default="auto")
    p.add_argument("--encoding", help="read the file in this encoding instead of guessing")
    p.add_argument("--mapping", metavar="NAME", help="a saved column mapping or preset (CSV)")
    p.add_argument("--dry-run", action="store_true", help="only report what would happen")
    p.add_argument("--json", action="store_true", help="print a machine-readable report")
    p.add_argument(
        "--keep-changed",
        action="store_true",
        help="with 'undo': keep the records changed since the import and undo the rest "
        "(without it, an undo that would throw such work away does nothing and exits 1)",
    )
    p.add_argument(
        "--on-duplicate",
        choices=ACTIONS,
        default="skip",
        help="what to do with rows matching an existing contact (default: skip)",
    )
    p.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.file == "undo" and args.batch_id:
        return _undo(args, ctx)
    if args.file == "batches" and not Path("batches").exists():
        with ctx.db().read() as session:
            batches = list_batches(session)
        print_table(
            ["BATCH", "FILE", "CREATED", "UPDATED", "SKIPPED", "ERRORS", "UNDONE"],
            [
                (
                    b.id,
                    b.source_name,
                    b.created,
                    b.updated,
                    b.skipped,
                    b.errors,
                    "yes" if b.undone else "",
                )
                for b in batches
            ],
        )
        return 0
    if args.batch_id:
        raise CrmError("Give one file to import (or 'undo BATCH_ID').")
    info = inspect_file(Path(args.file), args.format, args.encoding)
    db = ctx.db()
    if args.mapping:
        if info.format != "csv":
            raise CrmError("--mapping applies to CSV files only.")
        with db.read() as session:
            info = info.with_mapping(load_mapping(session, args.mapping, info.header))
    if not info.encoding.sure and not args.json:
        choices = ", ".join(info.encoding.alternatives)
        print(
            f"Note: the encoding looks like {info.encoding.encoding} but could also be {choices}; "
            "use --encoding to choose.",
            file=sys.stderr,
        )
    report = run_import(
        db, info, ImportOptions(on_duplicate=args.on_duplicate, dry_run=args.dry_run)
    )
    if args.json:
        print(report.to_json())
    else:
        _print_report(report)
    return 2 if report.rows_read == 0 and report.error_count else 0


def _undo(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        with ctx.db().write() as session:
            result = undo_batch(session, args.batch_id, keep_changed=args.keep_changed)
    except LaterChanges as exc:
        print(
            f"Nothing was undone: {len(exc.records)} record(s) from import batch "
            f"{args.batch_id} were changed after the import:",
            file=sys.stderr,
        )
        for r in exc.records:
            print(f"  {r.entity} {r.id} {r.name}: {r.reason}", file=sys.stderr)
        print(
            f"Keep them and undo the rest with: crmdesk import undo {args.batch_id} --keep-changed",
            file=sys.stderr,
        )
        return 1
    print(
        f"Undid import batch {args.batch_id}: removed {result.removed}, "
        f"put back {result.restored}, kept {len(result.kept)} changed since the import."
    )
    for r in result.kept:
        print(f"  kept {r.entity} {r.id} {r.name}: {r.reason}")
    return 0


def _print_report(report: ImportReport) -> None:
    verb = "Would import" if report.dry_run else "Imported"
    print(
        f"{verb} {report.file} ({report.file_format}, {report.encoding}): "
        f"created {report.created}, updated {report.updated}, skipped {report.skipped}, "
        f"companies {report.companies_created}, errors {report.error_count}."
    )
    for d in report.duplicates:
        print(f"  line {d.line}: {d.name} matches an existing contact ({d.reason}): {d.action}")
    for e in report.errors:
        print(f"  line {e.line}: error: {e.reason}")
    for w in report.warnings:
        print(f"  line {w.line}: note: {w.reason}")
    listed = len(report.duplicates) + len(report.errors) + len(report.warnings)
    counted = report.duplicate_count + report.error_count + report.warning_count
    if listed < counted:
        print(f"  ({counted - listed} more duplicates, errors and notes not listed)")
    if report.batch_id:
        print(f"Batch {report.batch_id}; undo with: crmdesk import undo {report.batch_id}")
