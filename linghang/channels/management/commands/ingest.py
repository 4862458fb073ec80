"""``linghang ingest PATH…``: store chat exports and transcripts, then analyse them.

Files or folders (recursively); the format of each file is detected. A progress bar
goes to stderr, a summary table to stdout. ``--dry-run --json`` prints what would be
stored and stores nothing. The exit code is 1 when any file had errors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from linghang.channels.models import Conversation
from linghang.channels.services import IngestReport, ingest_file
from linghang.channels.sources import ReadOptions, export_files, preview_files
from linghang.core import registry


class Command(BaseCommand):
    help = "Ingest chat exports and meeting transcripts (files or folders, format detected)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument("--account", help="the customer every conversation belongs to")
        parser.add_argument("--self-name", help="your display name in WeChat TXT exports")
        parser.add_argument(
            "--rep-name",
            action="append",
            default=[],
            dest="rep_names",
            help="one of our people in a meeting transcript (repeatable)",
        )
        parser.add_argument(
            "--format",
            choices=list(registry.entries("parsers")),
            help="skip detection and use this parser",
        )
        parser.add_argument(
            "--no-extract", action="store_true", help="store only; do not analyse the conversations"
        )
        parser.add_argument("--dry-run", action="store_true", help="parse, store nothing")
        parser.add_argument("--json", action="store_true", help="with --dry-run: print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["paths"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(_("找不到：%(paths)s") % {"paths": ", ".join(missing)})
        if options["dry_run"]:
            self._dry_run(paths, options)
            return
        report = self._ingest(paths, options)
        self._print_summary(report)
        if not options["no_extract"]:
            self._extract(report)
        if report.errors:
            raise CommandError(_("%(n)d 处错误") % {"n": len(report.errors)}, returncode=1)

    def _ingest(self, paths: list[Path], options: dict[str, Any]) -> IngestReport:
        files = list(export_files(paths))
        total = sum(f.stat().st_size for f in files)
        report = IngestReport()
        with _progress() as progress:
            task = progress.add_task(_("导入"), total=total or None, file="")
            for path in files:
                progress.update(task, file=path.name)
                report.merge(
                    ingest_file(
                        path,
                        account=options["account"],
                        self_name=options["self_name"],
                        rep_names=options["rep_names"],
                        format=options["format"],
                        on_bytes=lambda n: progress.advance(task, n),
                    )
                )
        return report

    def _dry_run(self, paths: list[Path], options: dict[str, Any]) -> None:
        read = ReadOptions(
            self_name=options["self_name"],
            rep_names=tuple(options["rep_names"]),
            format=options["format"],
        )
        preview = preview_files(paths, read)
        if options["json"]:
            self.stdout.write(json.dumps(preview.as_json(), ensure_ascii=False, indent=2))
        else:
            messages = sum(len(c["messages"]) for c in preview.conversations.values())
            self.stdout.write(
                _("（试运行，未保存）%(c)d 个会话，%(m)d 条消息")
                % {"c": len(preview.conversations), "m": messages}
            )
            for error in preview.errors:
                self.stderr.write(str(error))
        if preview.errors:
            raise CommandError(_("%(n)d 处错误") % {"n": len(preview.errors)}, returncode=1)

    def _print_summary(self, report: IngestReport) -> None:
        table = Table(title=_("导入结果"), show_header=False)
        table.add_column()
        table.add_column(justify="right")
        table.add_row(_("文件"), str(report.files))
        table.add_row(_("会话"), str(len(report.conversation_ids)))
        table.add_row(_("新建会话"), str(report.conversations_created))
        table.add_row(_("新增消息"), str(report.messages_added))
        table.add_row(_("重复跳过"), str(report.messages_skipped))
        table.add_row(_("错误"), str(len(report.errors)))
        console = Console(file=self.stdout, width=100)  # type: ignore[arg-type]
        console.print(table)
        for error in report.errors:
            console.print(f"[red]✗[/red] {escape(str(error))}", highlight=False, soft_wrap=True)

    def _extract(self, report: IngestReport) -> None:
        try:
            from linghang.agents.services import extract_conversations
        except ImportError:
            self.stderr.write(_("抽取服务不可用，已跳过分析（linghang.agents.services）"))
            return
        pending = list(
            Conversation.objects.filter(
                pk__in=report.conversation_ids,
                extracted_at__isnull=True,
            ).values_list("pk", flat=True)
        )
        if pending:
            self.stdout.write(_("分析 %(n)d 个会话…") % {"n": len(pending)})
            extract_conversations(pending)


def _progress() -> Progress:
    """A bytes progress bar on stderr, drawn only when stderr is a terminal."""
    console = Console(stderr=True)
    return Progress(
        TextColumn("[bold]{task.description}[/bold] {task.fields[file]}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
