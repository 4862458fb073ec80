"""Small builders for ingest tests: MemoTrace CSV chats in a temporary folder, a CLI runner."""

from __future__ import annotations

from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from linghang.channels.export_writers import LOCAL, ChatLine, write_memotrace_csv

START = datetime(2026, 3, 2, 9, 0, tzinfo=LOCAL)


def chat_lines(count: int, *, first: int = 0, customer: str = "张伟") -> list[ChatLine]:
    """Messages ``first``…``first+count-1`` of one chat, alternating rep and customer."""
    return [
        ChatLine(
            START + timedelta(minutes=i), "周宇" if i % 2 else customer, bool(i % 2), f"第{i}条消息"
        )
        for i in range(first, first + count)
    ]


def write_chat(folder: Path, lines: list[ChatLine], *, name: str = "张经理(华星精密制造)") -> Path:
    return write_memotrace_csv(folder / f"{name}_utf8.csv", lines, talker_id=7, remark=name)


def run_ingest(*args: str) -> tuple[str, str]:
    """``linghang ingest ARGS`` → (stdout, stderr); a CommandError propagates."""
    out, err = StringIO(), StringIO()
    call_command("ingest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()
