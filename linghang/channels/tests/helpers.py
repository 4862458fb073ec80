"""Small builders for ingest tests: MemoTrace CSV chats written to a temporary folder."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

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
