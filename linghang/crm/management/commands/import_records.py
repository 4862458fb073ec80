"""``linghang import KIND FILE`` — CRM records from CSV/XLSX; ``crm-dataset DIR`` for the set."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from linghang.crm.importers import (
    KINDS,
    ImportReport,
    import_crm_dataset,
    parse_map_args,
    run_import,
)
from linghang.crm.importers.fields import FieldInvalid
from linghang.crm.importers.vocab import currency

DATASET_KIND = "crm-dataset"
ERRORS_SHOWN = 20


class Command(BaseCommand):
    help = "Import CRM records (accounts, contacts, leads, deals, products, teams) from CSV/XLSX."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("kind", choices=[*KINDS, DATASET_KIND])
        parser.add_argument("path", help="a CSV/XLSX file, or the data set's directory")
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="FIELD=COLUMN",
            help="read FIELD from COLUMN (FIELD= skips the field)",
        )
        parser.add_argument(
            "--currency",
            default="CNY",
            help="currency of amounts when the file has no currency column",
        )
        parser.add_argument("--dry-run", action="store_true", help="check and preview only")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["kind"] == DATASET_KIND:
            reports = import_crm_dataset(options["path"], dry_run=options["dry_run"])
            self._print_dataset(reports, as_json=options["json"])
            return
        try:
            mapping = parse_map_args(options["map"])
            code = currency(options["currency"])
        except (ValueError, FieldInvalid) as exc:
            raise CommandError(getattr(exc, "message", str(exc))) from exc
        report = run_import(
            options["kind"],
            options["path"],
            mapping=mapping,
            dry_run=options["dry_run"],
            currency=code,
        )
        if options["json"]:
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            self._print_report(report)

    def _print_report(self, report: ImportReport) -> None:
        self.stdout.write(
            _(
                "%(kind)s：%(ok)s 行成功，%(bad)s 行有错误（新建 %(created)s，更新 "
                "%(updated)s，未变 %(unchanged)s），%(seconds).2f 秒%(dry)s"
            )
            % {
                "kind": report.kind,
                "ok": report.ok_rows,
                "bad": report.error_lines,
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "seconds": report.seconds,
                "dry": _("（试运行，未保存）") if report.dry_run else "",
            }
        )
        for error in report.errors[:ERRORS_SHOWN]:
            self.stdout.write(
                _("  第 %(line)s 行 [%(field)s] %(message)s")
                % {"line": error.line, "field": error.field or "-", "message": error.message}
            )
        if len(report.errors) > ERRORS_SHOWN:
            self.stdout.write(
                _("  …… 另有 %(count)s 条错误（用 --json 查看全部）")
                % {"count": len(report.errors) - ERRORS_SHOWN}
            )
        if report.ignored_columns:
            self.stdout.write(
                _("  未导入的列：%(columns)s") % {"columns": ", ".join(report.ignored_columns)}
            )

    def _print_dataset(self, reports: list[ImportReport], *, as_json: bool) -> None:
        rows = sum(report.rows for report in reports)
        seconds = sum(report.seconds for report in reports)
        rate = rows / seconds if seconds else 0.0
        if as_json:
            files = [{"kind": r.kind, "source": r.source, **r.as_json()} for r in reports]
            self.stdout.write(
                json.dumps(
                    {"files": files, "rows": rows, "seconds": seconds, "rows_per_second": rate},
                    ensure_ascii=False,
                )
            )
            return
        for report in reports:
            self._print_report(report)
        self.stdout.write(
            _("共 %(rows)s 行，%(seconds).2f 秒，%(rate).0f 行/秒")
            % {"rows": rows, "seconds": seconds, "rate": rate}
        )
