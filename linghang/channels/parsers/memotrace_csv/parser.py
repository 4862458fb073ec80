"""MemoTrace (留痕, LC044/WeChatMsg) CSV export: ``<remark>_utf8.csv``, UTF-8 with BOM.

Twelve columns in a fixed order (see ``HEADER``). ``IsSender`` says who wrote a row:
1 is the exporting account (our rep), 0 the other side. ``CreateTime`` is epoch seconds
and is preferred over ``StrTime``, which is the exporting PC's wall clock with no zone.

Thread identity: ``TalkerId`` is a row id in the exporting PC's database, so two reps'
exports can both contain a talker 12. The key therefore pairs it with the chat's title
(``memotrace:<TalkerId>:<title>``), where the title is the remark in the file name
(``王工(示例客户)_utf8.csv``, copy suffixes such as `` (1)`` dropped) or, failing that,
the first row's ``Remark``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from typing import TextIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from linghang.channels.parsers.base import (
    ErrorSink,
    ParsedMessage,
    ParsedThread,
    ParseError,
    Parser,
)
from linghang.channels.parsers.filenames import export_stem
from linghang.channels.parsers.memotrace_csv.content import render
from linghang.channels.parsers.names import organisation_hint

HEADER = [
    "localId",
    "TalkerId",
    "Type",
    "SubType",
    "IsSender",
    "CreateTime",
    "Status",
    "StrContent",
    "StrTime",
    "Remark",
    "NickName",
    "Sender",
]
_FILE_REMARK = re.compile(r"^(?P<remark>.+)_utf8$")


class MemoTraceCsvParser(Parser):
    """Rows of a MemoTrace CSV; one thread per ``TalkerId``, group chats included."""

    name = "memotrace_csv"
    label = gettext_lazy("留痕 CSV")

    @classmethod
    def sniff(cls, head: str, filename: str) -> bool:
        first = head.lstrip("\ufeff").split("\n", 1)[0].strip()
        return [cell.strip('"') for cell in first.split(",")] == HEADER

    def parse(
        self,
        stream: TextIO,
        *,
        source_name: str,
        received_at: datetime,
        on_error: ErrorSink | None = None,
    ) -> Iterator[ParsedMessage]:
        reader = csv.reader(stream)
        header = next(reader, None)
        if header is None or [c.lstrip("\ufeff") for c in header] != HEADER:
            raise ParseError(
                source_name,
                1,
                _("表头不是留痕 CSV 的 12 列：%(cols)s") % {"cols": ",".join(HEADER)},
            )
        threads: dict[str, ParsedThread] = {}
        file_title = _file_remark(source_name)
        last_line = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self.report(ParseError(source_name, reader.line_num, str(exc)), on_error)
                last_line = reader.line_num
                continue
            # A quoted field may span lines: the record starts after the previous one ends.
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield self._message(row, line, threads, file_title)
            except _Invalid as exc:
                self.report(ParseError(source_name, line, str(exc)), on_error)

    def _message(
        self, row: list[str], line: int, threads: dict[str, ParsedThread], file_title: str | None
    ) -> ParsedMessage:
        if len(row) != len(HEADER):
            raise _Invalid(_("应有 12 列，实际 %(n)d 列") % {"n": len(row)})
        (
            _local_id,
            talker,
            type_code,
            sub_type,
            is_sender,
            create_time,
            _status,
            content,
            str_time,
            remark,
            nickname,
            sender_id,
        ) = row
        is_self = _flag(is_sender)
        kind, text = render(_int(type_code, "Type"), _int(sub_type or "0", "SubType"), content)
        thread = threads.get(talker)
        if thread is None:
            thread = threads[talker] = self._thread(talker, file_title or remark or nickname)
        sender = (nickname or self.self_name or "我") if is_self else (remark or nickname)
        sender = sender.strip() or sender_id
        side = "rep" if is_self else "customer"
        if kind == "system":
            sender, side = "", "system"
        elif kind == "recalled":
            side = "rep" if text.startswith("你") else side
        return ParsedMessage(
            thread=thread,
            ts=self._timestamp(create_time, str_time),
            sender=sender,
            side=side,
            kind=kind,
            text=text,
            line=line,
            sender_id=sender_id or None,
        )

    def _thread(self, talker: str, title: str) -> ParsedThread:
        if not talker.strip():
            raise _Invalid(_("TalkerId 为空"))
        return ParsedThread(
            thread_key=f"memotrace:{talker.strip()}:{title.strip()}",
            channel="wechat",
            title=title.strip() or talker,
            account_name=organisation_hint(title),
        )

    def _timestamp(self, create_time: str, str_time: str) -> datetime:
        if create_time.strip().isdigit():
            return datetime.fromtimestamp(int(create_time), tz=self.tz)
        try:
            return self.localize(datetime.strptime(str_time.strip(), "%Y-%m-%d %H:%M:%S"))
        except ValueError:
            raise _Invalid(
                _("时间无效：CreateTime=%(c)r StrTime=%(s)r") % {"c": create_time, "s": str_time}
            ) from None


class _Invalid(ValueError):
    """A row that is CSV but not a message; becomes a ParseError with its line."""


def _file_remark(source_name: str) -> str | None:
    match = _FILE_REMARK.match(export_stem(source_name))
    return match.group("remark") if match else None


def _flag(value: str) -> bool:
    if value.strip() not in {"0", "1"}:
        raise _Invalid(_("IsSender 应为 0 或 1，实际为 %(v)r") % {"v": value})
    return value.strip() == "1"


def _int(value: str, column: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise _Invalid(_("%(col)s 不是整数：%(v)r") % {"col": column, "v": value}) from None
