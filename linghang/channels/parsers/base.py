"""The channel-parser plug-in interface.

A parser turns one export format into a stream of :class:`ParsedMessage`. Parsers are
pure: no ORM, no network, no settings. They read the decoded text stream line by line
and never hold a whole file in memory, so a 100 MB export costs no more than a small one.
``linghang.channels.services`` alone persists what they yield, idempotently.

To add a format: copy a similar folder under ``channels/parsers/``, give the class a new
``name``, and add one line to ``linghang.core.registry.PARSERS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import ClassVar, TextIO
from zoneinfo import ZoneInfo

from django.utils.functional import Promise

CHANNELS = frozenset({"wechat", "wecom", "dingtalk", "feishu", "email", "meeting", "other"})
SIDES = frozenset({"rep", "customer", "system"})
KINDS = frozenset(
    {"text", "image", "voice", "video", "file", "emoji", "link", "system", "recalled", "other"}
)
DEFAULT_ZONE = ZoneInfo("Asia/Shanghai")


class ParseError(Exception):
    """Input that a parser cannot read, with the file and the 1-based line it sits on.

    Bad input does not get better on retry, so every parse error is permanent
    (``permanent`` mirrors Healthchecks' transport errors, whose callers retry only the
    transient ones). ``line`` is ``None`` when the problem concerns the file as a whole.
    """

    permanent = True

    def __init__(self, file: str, line: int | None, message: str) -> None:
        super().__init__(file, line, message)
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "message": self.message}


ErrorSink = Callable[[ParseError], None]


@dataclass(frozen=True, slots=True)
class ParsedThread:
    """Conversation-level facts, shared by every message of one thread.

    ``thread_key`` is the parser's stable identity for the thread: the same chat in a
    later export must get the same key, so its messages land in the same Conversation.
    """

    thread_key: str
    channel: str
    title: str
    account_name: str | None = None
    industry: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """One message or speaker turn, normalised.

    ``ts`` is always timezone-aware; ``line`` is the 1-based source line the message
    starts on; ``side`` is one of :data:`SIDES` and ``kind`` one of :data:`KINDS`.
    Media never reaches ``text`` as markup: it is a placeholder such as ``[图片]``.
    """

    thread: ParsedThread
    ts: datetime
    sender: str
    side: str
    kind: str
    text: str
    line: int
    sender_id: str | None = None

    @property
    def thread_key(self) -> str:
        return self.thread.thread_key

    @property
    def channel(self) -> str:
        return self.thread.channel

    @property
    def title(self) -> str:
        return self.thread.title

    @property
    def account_name(self) -> str | None:
        return self.thread.account_name

    @property
    def industry(self) -> str | None:
        return self.thread.industry


class Parser:
    """Base class of every channel parser.

    Subclasses set ``name`` (the registry key) and ``label`` (shown to people), and
    implement :meth:`sniff` and :meth:`parse`. Hints that only some formats need are
    given to the constructor: ``tz`` for timestamps that carry no zone, ``self_name``
    (the exporting account's display name) and ``rep_names`` (our people in a meeting).
    """

    name: ClassVar[str] = ""
    label: ClassVar[str | Promise] = ""

    def __init__(
        self,
        *,
        tz: tzinfo = DEFAULT_ZONE,
        self_name: str | None = None,
        rep_names: Iterable[str] = (),
    ) -> None:
        self.tz = tz
        self.self_name = self_name.strip() if self_name else None
        self.rep_names = frozenset(n.strip() for n in rep_names if n.strip())

    @classmethod
    def sniff(cls, head: str, filename: str) -> bool:
        """Whether ``head`` (the decoded start of a file) looks like this format."""
        raise NotImplementedError

    def parse(
        self,
        stream: TextIO,
        *,
        source_name: str,
        received_at: datetime,
        on_error: ErrorSink | None = None,
    ) -> Iterator[ParsedMessage]:
        """Yield the messages of ``stream`` in file order.

        A bad record is a :class:`ParseError`. Without ``on_error`` the parser raises
        it, after everything before it has been yielded. With ``on_error`` the parser
        reports it there and goes on with the next record where the format makes that
        safe; a file-level problem (wrong header) is always raised.
        """
        raise NotImplementedError

    @staticmethod
    def report(error: ParseError, on_error: ErrorSink | None) -> None:
        """Raise ``error``, or hand it to ``on_error`` so parsing can go on."""
        if on_error is None:
            raise error
        on_error(error)

    def localize(self, naive: datetime) -> datetime:
        """A wall-clock time with no zone, read in the parser's zone."""
        return naive.replace(tzinfo=self.tz) if naive.tzinfo is None else naive


def strip_line_end(line: str) -> str:
    """A line without its ``\\n``/``\\r\\n``: streams keep newlines untranslated for csv."""
    return line.rstrip("\r\n")
