"""Meeting transcript as plain text with speaker turns (see ``shapes`` for the line shapes).

Offsets are relative to the meeting start, which comes from a ``会议时间：`` header line,
else from a date in the file name (``2026-03-05 1400 华星精密.txt``; copy suffixes such
as `` (1)`` or ``- 副本`` are dropped from it, see ``filenames``), else from
``received_at`` (for a file: its modification time). Give files a header: only then
does re-importing a copied file land on the same timestamps.

Sides: a turn is ``rep`` when the speaker is one of ours — named by the ``rep_names``
hint or by a ``我方：张三、李四`` header line — and ``customer`` otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TextIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from linghang.channels.parsers import names
from linghang.channels.parsers.base import (
    ErrorSink,
    ParsedMessage,
    ParsedThread,
    ParseError,
    Parser,
    strip_line_end,
)
from linghang.channels.parsers.filenames import export_stem
from linghang.channels.parsers.placeholders import kind_of_text
from linghang.channels.parsers.transcript_txt import shapes


@dataclass
class MeetingHeader:
    """What the lines before the first turn say about the meeting."""

    title: str | None = None
    start: datetime | None = None
    rep_names: set[str] = field(default_factory=set)
    account: str | None = None
    industry: str | None = None

    def read(self, line: str) -> None:
        match = shapes.HEADER.match(line.strip())
        if match is None:
            return
        key, value = match["key"], match["value"].strip()
        if key in shapes.TITLE_KEYS:
            self.title = value
        elif key in shapes.START_KEYS:
            self.start = shapes.find_stamp(value) or self.start
        elif key in shapes.REP_KEYS:
            self.rep_names |= shapes.split_names(value)
        elif key in shapes.ACCOUNT_KEYS:
            self.account = value
        elif key in shapes.INDUSTRY_KEYS:
            self.industry = value


@dataclass
class OpenTurn:
    """A turn being read: its first line and the words gathered so far."""

    line: int
    name: str
    offset: int
    words: list[str]


class TranscriptTxtParser(Parser):
    """Speaker turns of a meeting transcript; one thread (a meeting) per file."""

    name = "transcript_txt"
    label = gettext_lazy("会议转写 TXT")

    @classmethod
    def sniff(cls, head: str, filename: str) -> bool:
        turns, meeting_header = 0, False
        for line in head.lstrip("\ufeff").splitlines()[:80]:
            try:
                turns += shapes.match_turn(line) is not None
            except ValueError:
                continue
            header = shapes.HEADER.match(line.strip())
            meeting_header |= bool(header and header["key"] in shapes.START_KEYS | shapes.REP_KEYS)
        return turns >= 2 or (turns >= 1 and meeting_header)

    def parse(
        self,
        stream: TextIO,
        *,
        source_name: str,
        received_at: datetime,
        on_error: ErrorSink | None = None,
    ) -> Iterator[ParsedMessage]:
        header = MeetingHeader()
        thread: ParsedThread | None = None
        start = received_at
        turn: OpenTurn | None = None
        skipping = False  # inside a turn whose first line was bad: drop its words too
        for lineno, raw in enumerate(stream, start=1):
            line = strip_line_end(raw).lstrip("\ufeff")
            try:
                opened = shapes.match_turn(line)
            except ValueError:
                if turn is not None and thread is not None:
                    yield from self._finish(turn, thread, start, header)
                turn, skipping = None, True
                message = _("时间偏移无效：%(line)r") % {"line": line.strip()}
                self.report(ParseError(source_name, lineno, message), on_error)
                continue
            if opened is None:
                if turn is not None:
                    turn.words.append(line.strip())
                elif not skipping:
                    header.read(line)
                continue
            skipping = False
            if thread is None:
                thread, start = self._meeting(header, source_name, received_at)
            if turn is not None:
                yield from self._finish(turn, thread, start, header)
            words = [opened.text] if opened.text is not None else []
            turn = OpenTurn(lineno, opened.name, opened.offset, words)
        if turn is not None and thread is not None:
            yield from self._finish(turn, thread, start, header)

    def _meeting(
        self, header: MeetingHeader, source_name: str, received_at: datetime
    ) -> tuple[ParsedThread, datetime]:
        stem = export_stem(source_name)
        naive = header.start or shapes.find_stamp(stem)
        fallback = received_at.astimezone(self.tz).replace(microsecond=0)
        start = self.localize(naive) if naive else fallback
        title = header.title or stem
        thread = ParsedThread(
            thread_key=f"meeting:{title}:{start:%Y%m%d%H%M}",
            channel="meeting",
            title=title,
            account_name=header.account,
            industry=header.industry,
        )
        return thread, start

    def _finish(
        self, turn: OpenTurn, thread: ParsedThread, start: datetime, header: MeetingHeader
    ) -> Iterator[ParsedMessage]:
        text = "\n".join(word for word in turn.words if word)
        if not text:
            return  # a speaker label with nothing said carries nothing to keep
        ours = self.rep_names | header.rep_names
        is_rep = turn.name in ours or names.person_name(turn.name) in ours
        yield ParsedMessage(
            thread=thread,
            ts=start + timedelta(seconds=turn.offset),
            sender=turn.name,
            side="rep" if is_rep else "customer",
            kind=kind_of_text(text),
            text=text,
            line=turn.line,
        )
