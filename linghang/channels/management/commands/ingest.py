"""``linghang ingest PATH…``: store chat exports and transcripts, then analyse them.

Files or folders (recursively); the format of each file is detected. A progress bar
goes to stderr, a summary table to stdout (``--json``: the report as JSON instead, and
every other line to stderr). ``--dry-run`` stores nothing; with ``--json`` it prints the
parsed conversations. Conversations left without an account are named with how to link
them. Analysis goes through ``core.tasks.dispatch``: to the Celery worker when a broker
is configured, inline otherwise. The exit code is 1 when any file had errors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from celery.result import AsyncResult
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper
from django.utils.translation import gettext as _
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from linghang.channels.models import Conversation
from linghang.channels.services import IngestReport, ingest_file
from linghang.channels.sources import ReadOptions, export_files, preview_files
from linghang.core import registry
from linghang.core.tasks import dispatch

# Enough titles to recognise the conversations by, few enough to read.
UNLINKED_SHOWN = 10


class Command(BaseCommand):
    help = (
        "Ingest chat exports and meeting transcripts (files or folders, format detected), "
        "then analyse the conversations (queued to Celery when LINGHANG_BROKER_URL is set). "
        "--json prints the report as JSON: {files, conversations_created, messages_added, "
        "messages_skipped, conversation_ids, errors: [{file, line, message}]}; with "
        "--dry-run, the parsed conversations instead. Exit code 1 when any file had errors."
    )

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
        parser.add_argument(
            "--json",
            action="store_true",
            help="print the report as JSON on stdout (with --dry-run: the parsed conversations)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["paths"]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(_("找不到：%(paths)s") % {"paths": ", ".join(missing)})
        if options["dry_run"]:
            self._dry_run(paths, options)
            return
        report = self._ingest(paths, options)
        # With --json, stdout holds the JSON alone, so everything else goes to stderr.
        notes = self.stderr if options["json"] else self.stdout
        if options["json"]:
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        else:
            self._print_summary(report)
        self._warn_unlinked(report, notes)
        if not options["no_extract"]:
            self._extract(report, notes)
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

    def _warn_unlinked(self, report: IngestReport, out: OutputWrapper) -> None:
        """Conversations without an account appear on no account page: say how to link them."""
        titles = list(
            Conversation.objects.filter(pk__in=report.conversation_ids, account__isnull=True)
            .order_by("title")
            .values_list("title", flat=True)
        )
        if not titles:
            return
        out.write(
            _(
                "⚠ %(n)d 个会话没有关联客户，在客户页面上看不到。"
                "请重新导入并指定客户：linghang ingest 文件 --account 客户名称"
            )
            % {"n": len(titles)}
        )
        for title in titles[:UNLINKED_SHOWN]:
            out.write(f"  - {title}")
        if len(titles) > UNLINKED_SHOWN:
            out.write(_("  …另有 %(n)d 个") % {"n": len(titles) - UNLINKED_SHOWN})

    def _extract(self, report: IngestReport, out: OutputWrapper) -> None:
        try:
            from linghang.agents.tasks import extract_conversations_task
        except ImportError:
            self.stderr.write(_("抽取服务不可用，已跳过分析（linghang.agents.tasks）"))
            return
        pending = list(
            Conversation.objects.filter(
                pk__in=report.conversation_ids,
                extracted_at__isnull=True,
            ).values_list("pk", flat=True)
        )
        if not pending:
            return
        out.write(_("分析 %(n)d 个会话…") % {"n": len(pending)})
        result = dispatch(extract_conversations_task, pending)
        if isinstance(result, AsyncResult):
            out.write(_("已排队：%(n)d 个会话交给后台分析") % {"n": len(pending)})
            return
        out.write(
            _("已分析 %(n)d 个会话：新增信号 %(created)d，删除 %(deleted)d，未变 %(unchanged)d")
            % {
                "n": result["conversations"],
                "created": result["signals_created"],
                "deleted": result["signals_deleted"],
                "unchanged": result["signals_unchanged"],
            }
        )


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
