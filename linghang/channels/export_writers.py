"""Write chats in the real export formats, for sample data, benchmarks and tests.

The inverse of the parsers, kept as plain and streaming as they are: rows are written
as they come, so the benchmark can produce 100,000 messages without holding them.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from linghang.channels.parsers.memotrace_csv.parser import HEADER

LOCAL = ZoneInfo("Asia/Shanghai")
MEDIA_XML = {
    "image": (3, '<msg><img aeskey="0" length="20480" md5="0" /></msg>'),
    "voice": (34, '<msg><voicemsg endflag="1" length="5120" voicelength="6000" /></msg>'),
    "video": (43, '<msg><videomsg length="409600" playlength="12" /></msg>'),
    "emoji": (47, '<msg><emoji type="2" idbuffer="media:0_0" /></msg>'),
}
TXT_PLACEHOLDERS = {"image": "[图片]", "voice": "[语音]", "video": "[视频]", "emoji": "[表情包]"}


@dataclass(frozen=True)
class ChatLine:
    """One message of a chat to write. ``text`` of a file is its file name."""

    ts: datetime
    sender: str
    is_self: bool
    text: str = ""
    kind: str = "text"  # text, image, voice, video, emoji, file, system
    sender_id: str = ""


def write_memotrace_csv(
    path: Path, lines: Iterable[ChatLine], *, talker_id: int, remark: str
) -> Path:
    """A MemoTrace CSV: UTF-8 with BOM, ``\\r\\n``, the 12 columns, Remark on every row."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for local_id, line in enumerate(lines, start=1):
            type_code, sub_type, content = _csv_content(line)
            local = line.ts.astimezone(LOCAL)
            writer.writerow(
                [
                    local_id,
                    talker_id,
                    type_code,
                    sub_type,
                    int(line.is_self),
                    int(local.timestamp()),
                    "",
                    content,
                    f"{local:%Y-%m-%d %H:%M:%S}",
                    remark,
                    line.sender,
                    line.sender_id or sample_wxid(line.sender),
                ]
            )
    return path


def sample_wxid(name: str) -> str:
    """A stable fake wxid for a name (``wxid_fake_…`` like the shared specimens)."""
    return "wxid_fake_" + hashlib.sha256(name.encode()).hexdigest()[:10]


def _csv_content(line: ChatLine) -> tuple[int, int, str]:
    if line.kind in MEDIA_XML:
        type_code, xml = MEDIA_XML[line.kind]
        return type_code, 0, xml
    if line.kind == "file":
        title = escape(line.text)
        return 49, 6, f"<msg><appmsg><title>{title}</title><type>6</type></appmsg></msg>"
    if line.kind == "system":
        return 10000, 0, line.text
    return 1, 0, line.text


def write_memotrace_txt(path: Path, lines: Iterable[ChatLine]) -> Path:
    """A MemoTrace TXT: ``{time} {name}\\n{content}\\n\\n`` blocks; notices have no name."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            stamp = f"{line.ts.astimezone(LOCAL):%Y-%m-%d %H:%M:%S}"
            if line.kind == "system":
                out.write(f"{stamp} {line.text}\n\n")
                continue
            text = TXT_PLACEHOLDERS.get(line.kind) or (
                "[文件]" if line.kind == "file" else line.text
            )
            out.write(f"{stamp} {line.sender}\n{text}\n\n")
    return path


@dataclass(frozen=True)
class Turn:
    """One speaker turn of a meeting, ``offset`` seconds after its start."""

    offset: int
    speaker: str
    text: str


def write_transcript(
    path: Path,
    turns: Iterable[Turn],
    *,
    title: str,
    start: datetime,
    ours: Iterable[str],
    account: str = "",
    industry: str = "",
) -> Path:
    """A transcript with a header, in the ``姓名 00:01:05`` + words-below shape."""
    header = [
        f"会议主题：{title}",
        f"会议时间：{start.astimezone(LOCAL):%Y-%m-%d %H:%M}",
        f"我方：{'、'.join(ours)}",
    ]
    header += [f"客户单位：{account}"] * bool(account) + [f"行业：{industry}"] * bool(industry)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header) + "\n\n")
        for turn in turns:
            out.write(f"{turn.speaker} {_clock(turn.offset)}\n{turn.text}\n\n")
    return path


def _clock(seconds: int) -> str:
    return str(timedelta(seconds=seconds)).rjust(8, "0")
