"""MemoTrace (留痕) TXT export: ``<remark>.txt``, one block per message.

A block is ``"{StrTime} {display_name}\\n{content}\\n\\n"``; content may span lines (a link
card spreads over indented lines; a reply adds ``引用:名字:内容``). A system notice has no
name and no content: ``"{StrTime} {text}\\n\\n"``. Some tools print ``name time`` instead
of ``time name``; both are read. The TXT has no IsSender: see ``sides`` for how the rep
is told apart. ``thread_key`` is ``memotrace-txt:<remark>``, the remark being the file name
without copy suffixes (``李总 (1).txt`` is ``李总``; see ``filenames``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
    strip_line_end,
)
from linghang.channels.parsers.filenames import export_stem
from linghang.channels.parsers.memotrace_txt.sides import SideGuess
from linghang.channels.parsers.names import organisation_hint
from linghang.channels.parsers.placeholders import kind_of_text, recall_actor

_TS = r"\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?"
TIME_FIRST = re.compile(rf"^(?P<ts>{_TS}) (?P<rest>\S.*)$")
NAME_FIRST = re.compile(rf"^(?P<rest>[^\s:：](?:.*?[^:：\s])?) (?P<ts>{_TS})$")
# Side evidence is gathered over this many messages before the first one is released.
LOOKAHEAD = 200


@dataclass
class Block:
    """The raw lines of one message as they sit in the file."""

    line: int
    stamp: str
    rest: str
    content: list[str] = field(default_factory=list)


def match_header(line: str) -> re.Match[str] | None:
    return TIME_FIRST.match(line) or NAME_FIRST.match(line)


class MemoTraceTxtParser(Parser):
    """Blocks of a MemoTrace TXT export; one thread per file."""

    name = "memotrace_txt"
    label = gettext_lazy("留痕 TXT")

    @classmethod
    def sniff(cls, head: str, filename: str) -> bool:
        lines = [line.strip() for line in head.lstrip("\ufeff").splitlines()[:200]]
        filled = [line for line in lines if line]
        if not filled or match_header(filled[0]) is None:
            return False
        # Block headers start a block: after a blank line, or first in the file.
        starts = [
            b for a, b in zip(["", *lines], lines, strict=False) if not a and b and match_header(b)
        ]
        return len(starts) >= 2 or len(filled) <= 3

    def parse(
        self,
        stream: TextIO,
        *,
        source_name: str,
        received_at: datetime,
        on_error: ErrorSink | None = None,
    ) -> Iterator[ParsedMessage]:
        remark = export_stem(source_name, strip_utf8=True)
        thread = ParsedThread(
            thread_key=f"memotrace-txt:{remark}",
            channel="wechat",
            title=remark,
            account_name=organisation_hint(remark),
        )
        guess = SideGuess(self.self_name, remark)
        pending: list[Block] = []
        rep: str | None = None
        decided = False
        for block in _blocks(stream, source_name, on_error):
            if not decided:
                self._observe(guess, block)
                pending.append(block)
                if len(pending) < LOOKAHEAD:
                    continue
                rep, decided = guess.decide(), True
                blocks: Iterable[Block] = pending
                pending = []
            else:
                blocks = (block,)
            yield from self._messages(blocks, thread, rep, source_name, on_error)
        if not decided:
            yield from self._messages(pending, thread, guess.decide(), source_name, on_error)

    def _observe(self, guess: SideGuess, block: Block) -> None:
        if block.content:
            guess.observe_sender(block.rest.strip())
        else:
            guess.observe_notice(block.rest.strip())

    def _messages(
        self,
        blocks: Iterable[Block],
        thread: ParsedThread,
        rep: str | None,
        source_name: str,
        on_error: ErrorSink | None,
    ) -> Iterator[ParsedMessage]:
        for block in blocks:
            try:
                yield self._message(block, thread, rep)
            except ValueError:
                message = _("时间无效：%(ts)r") % {"ts": block.stamp}
                self.report(ParseError(source_name, block.line, message), on_error)

    def _message(self, block: Block, thread: ParsedThread, rep: str | None) -> ParsedMessage:
        ts = self.localize(_parse_stamp(block.stamp))
        if not block.content:
            return self._notice(block, thread, ts, rep)
        sender = block.rest.strip()
        text = _content_text(block.content)
        return ParsedMessage(
            thread=thread,
            ts=ts,
            sender=sender,
            side="rep" if rep is not None and sender == rep else "customer",
            kind=kind_of_text(text),
            text=text,
            line=block.line,
        )

    def _notice(
        self, block: Block, thread: ParsedThread, ts: datetime, rep: str | None
    ) -> ParsedMessage:
        text = block.rest.strip()
        actor = recall_actor(text)
        if actor is None:
            sender, side, kind = "", "system", "system"
        elif actor == "你":
            sender, side, kind = rep or "我", "rep", "recalled"
        else:
            sender, side, kind = actor, "customer", "recalled"
        return ParsedMessage(
            thread=thread,
            ts=ts,
            sender=sender,
            side=side,
            kind=kind,
            text=text,
            line=block.line,
        )


def _blocks(stream: TextIO, source_name: str, on_error: ErrorSink | None) -> Iterator[Block]:
    """Group lines into blocks; a header line after a blank line starts the next block."""
    block: Block | None = None
    previous_blank = True
    for lineno, raw in enumerate(stream, start=1):
        line = strip_line_end(raw).lstrip("\ufeff") if lineno == 1 else strip_line_end(raw)
        header = match_header(line) if previous_blank else None
        previous_blank = not line.strip()
        if header is not None:
            if block is not None:
                yield _trimmed(block)
            block = Block(lineno, header["ts"], header["rest"])
        elif block is not None:
            block.content.append(line)
        elif line.strip():
            message = _("这一行不属于任何消息（应以“时间 发送人”开头）")
            Parser.report(ParseError(source_name, lineno, message), on_error)
    if block is not None:
        yield _trimmed(block)


def _trimmed(block: Block) -> Block:
    """The block without the blank lines that separate it from the next one."""
    while block.content and not block.content[-1].strip():
        block.content.pop()
    return block


def _content_text(lines: list[str]) -> str:
    """Content lines as text; a link card's indentation is dropped."""
    if lines and lines[0].lstrip().startswith("[链接]"):
        return "\n".join(line.strip() for line in lines if line.strip())
    return "\n".join(line.rstrip() for line in lines)


def _parse_stamp(stamp: str) -> datetime:
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(stamp, fmt)
