"""The one import loop every kind and every entry point goes through.

read → map columns → parse each row → write in chunks → report. A row that fails
parsing never reaches the database; a chunk the database refuses is retried row by
row inside savepoints, so one bad row never costs the good ones. A dry run is the
same loop inside a transaction that is rolled back: what it reports is exactly what
a real run would store, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from time import perf_counter
from typing import Any

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from linghang.crm.importers.fields import FieldInvalid, is_blank
from linghang.crm.importers.kinds import get_importer
from linghang.crm.importers.kinds.base import ImportContext, Importer, Row, WriteOutcome
from linghang.crm.importers.mapping import ColumnMap, resolve_mapping
from linghang.crm.importers.readers import NumberedRows, ReadError, Table, UnreadableLines
from linghang.crm.importers.report import ImportReport, RowError, json_safe

CHUNK_SIZE = 2000
UNDECODABLE = "\ufffd"  # what the CSV reader puts where bytes did not decode
PREVIEW_ROWS = 10

Chunk = list[tuple[int, list[Any] | UnreadableLines]]


def import_table(
    kind: str,
    table: Table,
    *,
    source: str,
    mapping: dict[str, str | None] | None = None,
    dry_run: bool = False,
    currency: str = "CNY",
) -> ImportReport:
    """Import every row of ``table`` as ``kind`` records and report what happened."""
    importer_class = get_importer(kind)
    report = ImportReport(kind=kind, source=source, dry_run=dry_run)
    started = perf_counter()
    columns, errors = resolve_mapping(importer_class.fields, table.header, mapping)
    report.columns, report.ignored_columns = columns.columns, columns.ignored
    if errors:
        report.errors = errors
        return report
    importer = importer_class(ImportContext(currency=currency, mapped=frozenset(columns.indexes)))
    with transaction.atomic():
        for chunk in read_chunks(table.rows, report):
            import_chunk(importer, chunk, columns, report, table.encoding)
        record_outcome(report, finish_safely(importer), [])
        if dry_run:
            transaction.set_rollback(True)
    report.errors.sort(key=lambda error: error.line)
    report.seconds = perf_counter() - started
    return report


def read_chunks(rows: NumberedRows, report: ImportReport) -> Iterator[Chunk]:
    """Rows in chunks; a read error ends the file but keeps the rows read before it."""
    chunk: Chunk = []
    try:
        for item in rows:
            chunk.append(item)
            if len(chunk) >= CHUNK_SIZE:
                yield chunk
                chunk = []
    except ReadError as exc:
        report.errors.append(RowError(exc.line, "", exc.message))
    if chunk:
        yield chunk


def import_chunk(
    importer: Importer, chunk: Chunk, columns: ColumnMap, report: ImportReport, encoding: str
) -> None:
    parsed: list[Row] = []
    for line, cells in chunk:
        if isinstance(cells, UnreadableLines):
            report.errors.append(RowError(line, "", cells.message))
            continue
        if all(is_blank(cell) for cell in cells):
            continue
        if any(isinstance(cell, str) and UNDECODABLE in cell for cell in cells):
            report.errors.append(
                RowError(
                    line,
                    "",
                    _("此行含无法解码的字节（文件编码识别为 %(encoding)s）")
                    % {"encoding": encoding},
                )
            )
            continue
        row, errors = parse_row(importer, line, cells, columns)
        if errors:
            report.errors.extend(errors)
        else:
            parsed.append(row)
    outcome = write_safely(importer.write, parsed)
    record_outcome(report, outcome, parsed)


def parse_row(
    importer: Importer, line: int, cells: list[Any], columns: ColumnMap
) -> tuple[Row, list[RowError]]:
    specs = {spec.name: spec for spec in importer.fields}
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    # Left to right, so a row's errors read in the order the spreadsheet shows them.
    for name, index in sorted(columns.indexes.items(), key=lambda item: item[1]):
        cell = cells[index] if index < len(cells) else None
        values[name] = None
        if is_blank(cell):
            if specs[name].required:
                errors.append(RowError(line, name, _("必填项为空")))
            continue
        try:
            values[name] = specs[name].parse(cell)
        except FieldInvalid as exc:
            errors.append(RowError(line, name, exc.message))
    row = Row(line=line, values=values)
    if not errors:
        errors = [RowError(line, name, message) for name, message in importer.check(row)]
    return row, errors


def write_safely(write: Callable[[list[Row]], WriteOutcome], rows: list[Row]) -> WriteOutcome:
    """Call ``write`` in a savepoint; when the database refuses, isolate the bad rows."""
    if not rows:
        return WriteOutcome()
    try:
        with transaction.atomic():
            return write(rows)
    except DatabaseError as exc:
        if len(rows) == 1:
            return WriteOutcome(errors=[refused(rows[0].line, exc)])
        outcome = WriteOutcome()
        for row in rows:
            outcome.add(write_safely(write, [row]))
        return outcome


def finish_safely(importer: Importer) -> WriteOutcome:
    try:
        with transaction.atomic():
            return importer.finish()
    except DatabaseError as exc:
        return WriteOutcome(errors=[refused(0, exc)])


def refused(line: int, exc: DatabaseError) -> RowError:
    return RowError(line, "", _("数据库拒绝保存：%(error)s") % {"error": exc})


def record_outcome(report: ImportReport, outcome: WriteOutcome, rows: list[Row]) -> None:
    report.created += outcome.created
    report.updated += outcome.updated
    report.unchanged += outcome.unchanged
    for model, count in outcome.created_by_model.items():
        report.created_by_model[model] = report.created_by_model.get(model, 0) + count
    report.errors.extend(outcome.errors)
    refused = {error.line for error in outcome.errors}
    stored = [row for row in rows if row.line not in refused]
    report.ok_rows += len(stored)
    for row in stored[: max(0, PREVIEW_ROWS - len(report.preview))]:
        report.preview.append(
            {"line": row.line} | {name: json_safe(value) for name, value in row.values.items()}
        )
