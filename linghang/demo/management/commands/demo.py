"""``linghang demo``: load real or generated data, understand the conversations, serve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from linghang.demo.services import DemoSummary, run_demo

COUNT_LABELS = {
    "accounts": "客户 accounts",
    "deals": "商机 deals",
    "units": "作战单元 units",
    "conversations": "会话 conversations",
    "messages": "消息 messages",
    "signals": "信号 signals",
    "gray_items": "待判断 gray items",
}


class Command(BaseCommand):
    help = "Run the main job end to end on the given data (or generated samples), then serve."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--crm-data", type=Path, help="folder of the CRM sales data set")
        parser.add_argument(
            "--conversations",
            type=Path,
            nargs="*",
            default=[],
            help="conversation files to ingest (any supported format)",
        )
        parser.add_argument("--no-serve", action="store_true", help="stop after the summary")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, **options: Any) -> None:
        for path in [options["crm_data"], *options["conversations"]]:
            if path is not None and not path.exists():
                raise CommandError(f"{path}: no such file or folder")
        summary = run_demo(
            crm_data=options["crm_data"],
            conversation_files=options["conversations"],
            sample_dir=settings.DATA_DIR / "samples",
            say=self.stdout.write,
        )
        self._print_summary(summary, options)
        if not options["no_serve"]:
            call_command("serve", host=options["host"], port=options["port"])

    def _print_summary(self, summary: DemoSummary, options: dict[str, Any]) -> None:
        self.stdout.write(self.style.SUCCESS("\n== 领航 Linghang 演示结果 / demo summary =="))
        for key, label in COUNT_LABELS.items():
            self.stdout.write(f"  {label:<28}{summary.counts.get(key, 0):>8}")
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(summary.signals_by_kind.items()))
        self.stdout.write(f"  signals by kind: {kinds}")
        for error in summary.errors:
            self.stdout.write(self.style.WARNING(f"  ! {error}"))
        url = f"http://{options['host']}:{options['port']}/"
        where = "`linghang serve`, then " if options["no_serve"] else ""
        self.stdout.write(self.style.SUCCESS(f"\n登录 / log in ({where}{url}):"))
        for login in summary.logins:
            self.stdout.write(f"  {login.username} / {login.password}   ({login.note})")
