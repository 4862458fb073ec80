"""Ingest chat exports and transcripts: the only code that writes Conversations and Messages.

``ingest_file`` / ``ingest_stream`` read a file through its parser and store it in
chunks (see ``store``). They are deliberately *not* one transaction: when line 80,000
of an export is broken, the 79,999 messages before it stay stored, the report names
the bad line, and line-oriented formats go on with the next record.

Extraction is not started here: the report lists the conversations the file touched,
and the caller (``linghang ingest``, the demo) decides whether to analyse them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from linghang.channels.encodings import ByteSource
from linghang.channels.models import SourceFile
from linghang.channels.parsers.base import ParsedMessage, ParseError
from linghang.channels.sources import MeteredReader, ReadOptions, file_received_at, open_export
from linghang.channels.store import CHUNK_SIZE, MessageWriter
from linghang.crm.models import Account
from linghang.crm.services import get_or_create_account

# A file that is wrong on every line should not produce a million-line report.
MAX_ERRORS_PER_FILE = 100


@dataclass
class IngestReport:
    """What one or more ingests did. ``conversation_ids`` lists every conversation the
    files contributed to; ``changed_conversation_ids`` those that got new messages or
    were moved to another account (both need analysing again)."""

    files: int = 0
    conversations_created: int = 0
    messages_added: int = 0
    messages_skipped: int = 0
    conversation_ids: list[int] = field(default_factory=list)
    changed_conversation_ids: list[int] = field(default_factory=list)
    source_file_ids: list[int] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self) -> dict[str, object]:
        """What ``linghang ingest --json`` prints."""
        return {
            "files": self.files,
            "conversations_created": self.conversations_created,
            "messages_added": self.messages_added,
            "messages_skipped": self.messages_skipped,
            "conversation_ids": self.conversation_ids,
            "errors": [error.as_dict() for error in self.errors],
        }

    def merge(self, other: IngestReport) -> None:
        self.files += other.files
        self.conversations_created += other.conversations_created
        self.messages_added += other.messages_added
        self.messages_skipped += other.messages_skipped
        self.conversation_ids = sorted({*self.conversation_ids, *other.conversation_ids})
        self.changed_conversation_ids = sorted(
            {*self.changed_conversation_ids, *other.changed_conversation_ids}
        )
        self.source_file_ids.extend(other.source_file_ids)
        self.errors.extend(other.errors)


class _ErrorLog:
    """Collects a file's parse errors, keeping the first ``MAX_ERRORS_PER_FILE``."""

    def __init__(self, source_name: str) -> None:
        self.source_name = source_name
        self.errors: list[ParseError] = []
        self.dropped = 0

    def __call__(self, error: ParseError) -> None:
        if len(self.errors) < MAX_ERRORS_PER_FILE:
            self.errors.append(error)
        else:
            self.dropped += 1

    def all(self) -> list[ParseError]:
        if not self.dropped:
            return self.errors
        more = _("另有 %(n)d 处错误未列出") % {"n": self.dropped}
        return [*self.errors, ParseError(self.source_name, None, more)]


def ingest_file(
    path: Path | str,
    *,
    account: Account | str | None = None,
    self_name: str | None = None,
    rep_names: Iterable[str] = (),
    format: str | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store the conversations of one export file; see the module docstring."""
    path = Path(path)
    try:
        with path.open("rb") as binary:
            return ingest_stream(
                binary,
                source_name=str(path),
                account=account,
                self_name=self_name,
                rep_names=rep_names,
                format=format,
                received_at=file_received_at(path),
                on_bytes=on_bytes,
            )
    except OSError as error:
        report = IngestReport(files=1)
        report.errors.append(ParseError(str(path), None, error.strerror or str(error)))
        return report


def ingest_stream(
    binary: ByteSource,
    *,
    source_name: str,
    account: Account | str | None = None,
    self_name: str | None = None,
    rep_names: Iterable[str] = (),
    format: str | None = None,
    received_at: datetime | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store the conversations of an export read from ``binary`` (named ``source_name``)."""
    report = IngestReport(files=1)
    options = ReadOptions(self_name=self_name, rep_names=tuple(rep_names), format=format)
    errors = _ErrorLog(source_name)
    reader = MeteredReader(binary, on_bytes)
    try:
        opened = open_export(
            reader,
            source_name=source_name,
            received_at=received_at or timezone.now(),
            options=options,
            on_error=errors,
        )
    except ParseError as error:
        report.errors.append(error)
        return report
    writer = MessageWriter(
        source_name=source_name,
        parser_name=opened.parser_name,
        account=_resolve_account(account),
    )
    _write_all(opened.messages, writer, errors)
    reader.drain()
    report.errors = errors.all()
    _record_source_file(writer, reader, report.errors)
    return _report(report, writer)


def _resolve_account(account: Account | str | None) -> Account | None:
    if isinstance(account, str):
        return get_or_create_account(account) if account.strip() else None
    return account


def _write_all(messages: Iterable[ParsedMessage], writer: MessageWriter, errors: _ErrorLog) -> None:
    """Write in chunks; a raised ParseError keeps everything parsed before it."""
    chunk: list[ParsedMessage] = []
    try:
        try:
            for message in messages:
                chunk.append(message)
                if len(chunk) >= CHUNK_SIZE:
                    writer.write(chunk)
                    chunk = []
        except ParseError as error:
            errors(error)
        writer.write(chunk)
    finally:
        writer.finish()  # committed chunks get their conversation spans even on a crash


@transaction.atomic
def _record_source_file(
    writer: MessageWriter, reader: MeteredReader, errors: list[ParseError]
) -> None:
    """Fill in the file's row, or reuse the row of an identical earlier import.

    A file that added nothing gets a row only when it is new to us, so importing the
    same export twice leaves the database exactly as it was.
    """
    sha256 = reader.digest.hexdigest()
    fields = {
        "sha256": sha256,
        "size_bytes": reader.size,
        "errors": [e.as_dict() for e in errors],
        "messages_added": writer.counts.added,
        "messages_skipped": writer.counts.skipped,
    }
    if writer.source_file is not None:
        for name, value in fields.items():
            setattr(writer.source_file, name, value)
        writer.source_file.save()
        return
    if not SourceFile.objects.filter(sha256=sha256).exists():
        writer.source_file = SourceFile.objects.create(
            name=writer.source_name[-500:], parser=writer.parser_name, **fields
        )


def _report(report: IngestReport, writer: MessageWriter) -> IngestReport:
    counts = writer.counts
    report.conversations_created = counts.conversations_created
    report.messages_added = counts.added
    report.messages_skipped = counts.skipped
    report.conversation_ids = sorted(counts.conversation_ids)
    report.changed_conversation_ids = sorted(counts.changed_ids)
    if writer.source_file is not None:
        report.source_file_ids.append(writer.source_file.pk)
    return report
