"""The import service functions: one file, or records already in memory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from django.db import transaction

from linghang.crm.importers.kinds import get_importer
from linghang.crm.importers.pipeline import import_table
from linghang.crm.importers.readers import ReadError, open_table, table_from_records
from linghang.crm.importers.report import ImportReport, RowError

DEFAULT_CURRENCY = "CNY"


@transaction.atomic
def run_import(
    kind: str,
    path: str | Path,
    mapping: Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    currency: str = DEFAULT_CURRENCY,
) -> ImportReport:
    """Import ``path`` (CSV or XLSX) as ``kind`` records; with ``dry_run`` store nothing."""
    get_importer(kind)  # an unknown kind is the caller's mistake, not a row error
    path = Path(path)
    try:
        with open_table(path) as table:
            return import_table(
                kind,
                table,
                source=str(path),
                mapping=dict(mapping or {}),
                dry_run=dry_run,
                currency=currency,
            )
    except ReadError as exc:
        report = ImportReport(kind=kind, source=str(path), dry_run=dry_run)
        report.errors.append(RowError(exc.line, "", exc.message))
        report.readable = False
        return report


@transaction.atomic
def import_records(
    kind: str,
    records: Iterable[Mapping[str, Any]],
    mapping: Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    currency: str = DEFAULT_CURRENCY,
    source: str = "<records>",
) -> ImportReport:
    """Import dicts (keys are column headers) exactly as a file with those columns."""
    table = table_from_records(records)
    return import_table(
        kind, table, source=source, mapping=dict(mapping or {}), dry_run=dry_run, currency=currency
    )
