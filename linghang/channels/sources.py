"""Read export files into parsed messages: find files, decode, pick a parser, parse.

Nothing here touches the database; ``services`` stores what this reads, and
``preview_files`` (``linghang ingest --dry-run``) only shows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext as _

from linghang.channels.detect import detect_parser, parser_class
from linghang.channels.encodings import ByteSource, open_text
from linghang.channels.parsers.base import ErrorSink, ParsedMessage, ParseError

# Files that no export tool writes and that would only produce "unknown format" noise.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class ReadOptions:
    """Hints for parsers, and an optional explicit format instead of sniffing."""

    self_name: str | None = None
    rep_names: tuple[str, ...] = ()
    format: str | None = None
    tz: tzinfo | None = None

    def zone(self) -> tzinfo:
        return self.tz or ZoneInfo(settings.TIME_ZONE)


@dataclass
class OpenedExport:
    """A decoded export with the parser chosen for it, ready to iterate."""

    parser_name: str
    messages: Iterator[ParsedMessage]


def export_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given directly, and every file under given folders (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _ignored(child.relative_to(path)):
                    yield child
        else:
            yield path


def _ignored(relative: Path) -> bool:
    return relative.name in IGNORED_NAMES or any(p.startswith(".") for p in relative.parts)


def open_export(
    binary: ByteSource,
    *,
    source_name: str,
    received_at: datetime,
    options: ReadOptions,
    on_error: ErrorSink,
) -> OpenedExport:
    """Decode ``binary``, choose its parser and start parsing; UnknownFormat if none fits.

    Lines with bytes that do not decode are reported to ``on_error`` (the messages on
    them are still parsed, with U+FFFD in place of the bad bytes).
    """
    encoding = ""  # known once open_text returns, before any line is read

    def report_damage(line: int) -> None:
        message = _("这一行有无法按 %(encoding)s 解码的字节，已用 � 代替") % {"encoding": encoding}
        on_error(ParseError(source_name, line, message))

    decoded = open_text(binary, on_damaged_line=report_damage)
    encoding = _encoding_label(decoded.encoding)
    cls = (
        parser_class(options.format) if options.format else detect_parser(decoded.head, source_name)
    )
    parser = cls(tz=options.zone(), self_name=options.self_name, rep_names=options.rep_names)
    messages = parser.parse(
        decoded.stream, source_name=source_name, received_at=received_at, on_error=on_error
    )
    return OpenedExport(parser_name=cls.name, messages=messages)


def _encoding_label(codec: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "gb18030": "GB18030"}.get(codec, codec)


class MeteredReader:
    """A binary source that hashes and counts the bytes passing through, in one pass."""

    def __init__(self, source: ByteSource, on_bytes: Callable[[int], None] | None = None) -> None:
        self._source = source
        self._on_bytes = on_bytes
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._source.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        if self._on_bytes is not None and chunk:
            self._on_bytes(len(chunk))
        return chunk

    def drain(self) -> None:
        """Read what the parser left unread, so the hash covers the whole file."""
        while self.read(1 << 20):
            pass


def file_received_at(path: Path) -> datetime:
    """When a file arrived, as far as we can tell: its modification time."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


@dataclass
class Preview:
    """What ``--dry-run --json`` prints: parsed conversations and errors, nothing stored."""

    conversations: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[ParseError] = field(default_factory=list)

    def add(self, message: ParsedMessage) -> None:
        conversation = self.conversations.setdefault(
            message.thread_key,
            {"channel": message.channel, "title": message.title, "messages": []},
        )
        conversation["messages"].append(
            {
                "ts": message.ts.isoformat(),
                "sender": message.sender,
                "side": message.side,
                "kind": message.kind,
                "text": message.text,
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "conversations": list(self.conversations.values()),
            "errors": [error.as_dict() for error in self.errors],
        }


def preview_files(
    paths: Iterable[Path],
    options: ReadOptions,
    on_file: Callable[[Path], None] | None = None,
) -> Preview:
    """Parse every file under ``paths`` without storing anything."""
    preview = Preview()
    for path in export_files(paths):
        if on_file is not None:
            on_file(path)
        try:
            with path.open("rb") as binary:
                opened = open_export(
                    binary,
                    source_name=str(path),
                    received_at=file_received_at(path),
                    options=options,
                    on_error=preview.errors.append,
                )
                for message in opened.messages:
                    preview.add(message)
        except ParseError as error:
            preview.errors.append(error)
        except OSError as error:
            preview.errors.append(ParseError(str(path), None, error.strerror or str(error)))
    return preview
