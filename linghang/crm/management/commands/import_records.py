"""``linghang import KIND FILE`` — CRM records from CSV/XLSX; ``crm-dataset DIR`` for the set.

The exit status is for scripts: 0 when every row was imported (or, with ``--dry-run``,
when the file could be read: a preview's errors are in its report, which callers
parse); 1 when a real import refused rows or a file could not be read, after the
summary or JSON is printed; 2 when the file or directory named does not exist.
"""

from __future__ import annotations

import json
from argparse import ArgumentParser
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from linghang.crm.importers import (
    KINDS,
    ImportReport,
    RowError,
    import_crm_dataset,
    missing_dataset_files,
    parse_map_args,
    run_import,
)
from linghang.crm.importers.fields import FieldInvalid
from linghang.crm.importers.vocab import currency

DATASET_KIND = "crm-dataset"
ERRORS_SHOWN = 20
EXIT_ROW_ERRORS = 1
EXIT_NO_SUCH_PATH = 2
# Records a teams import creates, in the order the summary names them.
CREATED_NOUNS = {
    "units": gettext_noop("%(count)s 个作战单元"),
    "people": gettext_noop("%(count)s 名人员"),
}


class Command(BaseCommand):
    help = (
        "Import CRM records (accounts, contacts, leads, deals, products, teams) from CSV/XLSX. "
        "Exit status: 0 when every row was imported, or with --dry-run when the file could be "
        "read (the preview's row errors are in its output); 1 when a real import refused rows "
        "or a file could not be read (printed after the summary or JSON); 2 when the file or "
        "data set directory does not exist or is not what was expected."
    )

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
            require_dataset(Path(options["path"]))
            reports = import_crm_dataset(options["path"], dry_run=options["dry_run"])
            self._print_dataset(reports, as_json=options["json"])
            fail_on_errors(reports, dry_run=options["dry_run"])
            return
        require_file(Path(options["path"]))
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
        fail_on_errors([report], dry_run=options["dry_run"])

    def _print_report(self, report: ImportReport) -> None:
        self.stdout.write(
            _("%(kind)s：%(ok)s 行成功，%(bad)s 行有错误（%(changes)s），%(seconds).2f 秒%(dry)s")
            % {
                "kind": report.kind,
                "ok": report.ok_rows,
                "bad": report.error_lines,
                "changes": describe_changes(report),
                "seconds": report.seconds,
                "dry": _("（试运行，未保存）") if report.dry_run else "",
            }
        )
        for error in report.errors[:ERRORS_SHOWN]:
            self.stdout.write(describe_error(error))
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


def describe_changes(report: ImportReport) -> str:
    """``新建 3，更新 1，未变 0``; for teams, the units and people created come first.

    A teams row makes a unit, people and memberships, so a bare "新建 41" after
    "35 行成功" matches nothing a person can count in the file.
    """
    counts = {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
    }
    made = [
        _(noun) % {"count": report.created_by_model.get(model, 0)}
        for model, noun in CREATED_NOUNS.items()
        if model in report.created_by_model
    ]
    if not made:
        return _("新建 %(created)s，更新 %(updated)s，未变 %(unchanged)s") % counts
    return _("新建 %(made)s；成员关系新建 %(created)s，更新 %(updated)s，未变 %(unchanged)s") % {
        "made": "、".join(made),
        **counts,
    }


def describe_error(error: RowError) -> str:
    if error.line == 0:  # the file as a whole, not a row of it
        return _("  文件：%(message)s") % {"message": error.message}
    return _("  第 %(line)s 行 [%(field)s] %(message)s") % {
        "line": error.line,
        "field": error.field or "-",
        "message": error.message,
    }


def require_file(path: Path) -> None:
    """A path that is no file is the caller's mistake: stop before reading anything."""
    if path.is_dir():
        raise CommandError(f"{path}: 不是文件 / is a directory", returncode=EXIT_NO_SUCH_PATH)
    if not path.exists():
        raise CommandError(f"{path}: 文件不存在 / no such file", returncode=EXIT_NO_SUCH_PATH)


def require_dataset(directory: Path) -> None:
    if not directory.is_dir():
        reason = (
            "不是目录 / not a directory" if directory.exists() else "目录不存在 / no such directory"
        )
        raise CommandError(f"{directory}: {reason}", returncode=EXIT_NO_SUCH_PATH)
    missing = missing_dataset_files(directory)
    if missing:
        names = ", ".join(str(path) for path in missing)
        raise CommandError(
            f"{directory}: 缺少文件 / missing files: {names}", returncode=EXIT_NO_SUCH_PATH
        )


def fail_on_errors(reports: Sequence[ImportReport], *, dry_run: bool) -> None:
    """Exit 1 once the report is out: a file unread, or rows a real import refused.

    A dry run is a preview whose errors are its content, so only an unreadable file
    fails it.
    """
    unread = [report.source for report in reports if not report.readable]
    if unread:
        raise CommandError(
            f"无法读取 / could not read: {', '.join(unread)}", returncode=EXIT_ROW_ERRORS
        )
    bad = sum(report.error_lines for report in reports)
    if bad and not dry_run:
        raise CommandError(
            f"{bad} 行有错误，见上 / rows with errors: {bad} (listed above)",
            returncode=EXIT_ROW_ERRORS,
        )
