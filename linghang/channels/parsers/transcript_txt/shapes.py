"""The line shapes of a meeting transcript: speaker turns and header lines.

Turns come in three shapes, all with an offset from the meeting start
(``MM:SS``, ``HH:MM:SS``):

* ``姓名 00:01:05`` alone on a line, the words on the following line(s)
  (飞书妙记, 钉钉闪记);
* ``姓名(00:01:05)：内容`` or ``姓名（00:01:05）:内容`` on one line (腾讯会议);
* ``[00:01:05] 姓名：内容`` on one line (many recorders).

Header lines before the first turn are ``键：值``. The ones read:
``会议主题``/``主题`` (title), ``会议时间``/``时间``/``日期`` (start), ``我方``/``我方参会人``
(our people: their turns are the rep side; names separated by 、，, or spaces),
``客户单位``/``客户公司`` (the account) and ``行业``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_T = r"\d{1,2}:\d{2}(?::\d{2})?"
# A speaker name: no sentence punctuation, so a line of speech ending in a clock time
# ("那就约 15:00") is not taken for a turn.
_NAME = r"[^\s\[\]【】:：，。！？!?；;][^\[\]【】:：，。！？!?；;]{0,29}?"
NAME_THEN_TIME = re.compile(rf"^(?P<name>{_NAME})\s+(?P<t>{_T})$")
NAME_TIME_TEXT = re.compile(
    rf"^(?P<name>{_NAME})\s*[(（]\s*(?P<t>{_T})\s*[)）]\s*[:：]\s*(?P<text>.*)$"
)
TIME_NAME_TEXT = re.compile(
    rf"^[\[【]\s*(?P<t>{_T})\s*[\]】]\s*(?P<name>{_NAME})\s*[:：]\s*(?P<text>.*)$"
)
HEADER = re.compile(r"^(?P<key>[^\s:：]{1,10})\s*[:：]\s*(?P<value>.+)$")
_DATE_IN_NAME = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
NAME_SEPARATORS = re.compile(r"[、，,;；/\s]+")

TITLE_KEYS = {"会议主题", "主题", "会议名称", "标题"}
START_KEYS = {"会议时间", "开始时间", "时间", "日期", "会议日期"}
REP_KEYS = {"我方", "我方参会人", "我方人员", "我方参会", "我方参会人员"}
ACCOUNT_KEYS = {"客户单位", "客户公司", "客户名称"}
INDUSTRY_KEYS = {"行业"}

_STAMP = re.compile(
    r"(?P<y>20\d{2})\s*[-/.年_]?\s*(?P<m>\d{1,2})\s*[-/.月_]?\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT_-]*(?P<H>\d{1,2})\s*[:：时.-]?\s*(?P<M>\d{2}))?"
)


@dataclass(frozen=True)
class Turn:
    """A speaker turn's first line: who, the offset in seconds, and any words on it."""

    name: str
    offset: int
    text: str | None


def match_turn(line: str) -> Turn | None:
    """The turn that ``line`` opens, or ``None``. Raises ValueError on a bad offset."""
    for pattern in (NAME_TIME_TEXT, TIME_NAME_TEXT, NAME_THEN_TIME):
        match = pattern.match(line.strip())
        if match is None or _DATE_IN_NAME.search(match["name"]):
            continue
        text = match.groupdict().get("text")
        return Turn(match["name"].strip(), offset_seconds(match["t"]), text)
    return None


def offset_seconds(stamp: str) -> int:
    """``01:05`` → 65, ``1:01:05`` → 3665; minutes and seconds must be below 60."""
    parts = [int(p) for p in stamp.split(":")]
    if any(p >= 60 for p in parts[1:]):
        raise ValueError(stamp)
    hours, minutes, seconds = [0, *parts] if len(parts) == 2 else parts
    return hours * 3600 + minutes * 60 + seconds


def find_stamp(text: str) -> datetime | None:
    """The first ``2026-03-05 14:00``-like date (time optional) in ``text``, naive."""
    match = _STAMP.search(text)
    if match is None:
        return None
    try:
        return datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
        )
    except ValueError:
        return None


def split_names(value: str) -> set[str]:
    return {name for name in NAME_SEPARATORS.split(value) if name}
