"""Batch writer behind ``services.ingest_*``: parsed messages in, rows out, idempotently.

A message's identity is ``content_hash`` = sha256 of (thread key, UTC timestamp,
sender, text, occurrence). The occurrence counts identical (timestamp, sender, text)
earlier in the same thread of the same file, so two real "好的" in one second stay two
messages, while the same file imported twice, or an overlapping later export, maps
every message it shares onto the row that already exists.

Writes go in chunks: one query for the chunk's known hashes, one multi-row insert and
one update, inside one transaction. A chunk is the unit that survives a failure.

The insert is ``executemany`` of a prepared ``INSERT … ON CONFLICT DO NOTHING`` (the
statement Django's own ``bulk_create(ignore_conflicts=True)`` issues) rather than
``bulk_create`` itself: at 100,000 messages, building model instances and compiling
every value through the ORM took two thirds of the ingest time, the database a tenth.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Max, Min, OuterRef, Subquery
from django.db.models.constants import OnConflict

from linghang.channels.models import Conversation, Message, SourceFile
from linghang.channels.parsers.base import ParsedMessage, ParsedThread
from linghang.channels.parsers.names import person_name
from linghang.crm.models import Account, Contact
from linghang.crm.services import get_or_create_account

CHUNK_SIZE = 2000
SENDER_MAX = Message._meta.get_field("sender").max_length or 200
KEY_MAX = Conversation._meta.get_field("thread_key").max_length or 255
TITLE_MAX = Conversation._meta.get_field("title").max_length or 255
COLUMNS = (
    "conversation",
    "ts",
    "sender",
    "side",
    "kind",
    "text",
    "contact",
    "source_file",
    "source_line",
    "content_hash",
)
Row = tuple[Any, ...]  # values in COLUMNS order


def content_hash(thread_key: str, ts: datetime, sender: str, text: str, occurrence: int) -> str:
    """The identity of a message; the timestamp is taken in UTC so zones cannot split it."""
    stamp = ts.astimezone(UTC).isoformat()
    payload = "\x1f".join((thread_key, stamp, sender, text, str(occurrence)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def storable_key(thread_key: str) -> str:
    """``thread_key`` as stored: overlong keys become a stable digest of themselves."""
    if len(thread_key) <= KEY_MAX:
        return thread_key
    return thread_key[: KEY_MAX - 65] + "#" + hashlib.sha256(thread_key.encode()).hexdigest()


@dataclass
class WriteCounts:
    """What the writer did so far."""

    added: int = 0
    skipped: int = 0
    conversations_created: int = 0
    conversation_ids: set[int] = field(default_factory=set)
    changed_ids: set[int] = field(default_factory=set)


class MessageWriter:
    """Stores the messages of one source file, chunk by chunk.

    ``account`` (when given) is the account every conversation of the file belongs to;
    otherwise a parser's ``account_name`` names it. ``source_file`` is created on the
    first new message only, so a file that adds nothing leaves no trace but its report.
    """

    def __init__(self, *, source_name: str, parser_name: str, account: Account | None) -> None:
        self.source_name = source_name
        self.parser_name = parser_name
        self.account = account
        self.source_file: SourceFile | None = None
        self.counts = WriteCounts()
        self._threads: dict[str, Conversation] = {}
        self._accounts: dict[str, Account] = {}
        self._contacts: dict[tuple[int, str], int] = {}
        self._occurrences: dict[bytes, int] = {}

    def write(self, chunk: Sequence[ParsedMessage]) -> None:
        if not chunk:
            return
        with transaction.atomic():
            rows = [self._row(message) for message in chunk]
            known = set(
                Message.objects.filter(content_hash__in=[row[-1] for row in rows]).values_list(
                    "content_hash", flat=True
                )
            )
            new = [row for row in rows if row[-1] not in known]
            if new:
                source_file_id = self._source_file().pk
                _insert([(*row[:7], source_file_id, *row[8:]) for row in new])
                changed = {row[0] for row in new}
                # New messages mean the conversation needs analysing again.
                Conversation.objects.filter(pk__in=changed).update(extracted_at=None)
                self.counts.changed_ids.update(changed)  # type: ignore[arg-type]
        self.counts.added += len(new)
        self.counts.skipped += len(rows) - len(new)

    def finish(self) -> None:
        """Set the time span of every conversation that got messages, from the messages."""
        if not self.counts.changed_ids:
            return
        messages = Message.objects.filter(conversation=OuterRef("pk")).order_by()
        Conversation.objects.filter(pk__in=self.counts.changed_ids).update(
            started_at=Subquery(messages.values("conversation").annotate(v=Min("ts")).values("v")),
            last_message_at=Subquery(
                messages.values("conversation").annotate(v=Max("ts")).values("v")
            ),
        )

    def _row(self, message: ParsedMessage) -> Row:
        conversation = self._conversation(message.thread)
        sender = message.sender[:SENDER_MAX]
        key = f"{message.ts.timestamp()}\x1f{sender}\x1f{message.text}".encode()
        slot = hashlib.blake2b(
            conversation.thread_key.encode() + b"\x1f" + key, digest_size=16
        ).digest()
        occurrence = self._occurrences.get(slot, 0)
        self._occurrences[slot] = occurrence + 1
        return (
            conversation.pk,
            message.ts,
            sender,
            message.side,
            message.kind,
            message.text,
            self._contact_id(conversation, message),
            None,
            message.line,
            content_hash(conversation.thread_key, message.ts, sender, message.text, occurrence),
        )

    def _conversation(self, thread: ParsedThread) -> Conversation:
        conversation = self._threads.get(thread.thread_key)
        if conversation is not None:
            return conversation
        account = self._account_for(thread)
        conversation, created = Conversation.objects.get_or_create(
            thread_key=storable_key(thread.thread_key),
            defaults={
                "channel": thread.channel,
                "title": thread.title[:TITLE_MAX],
                "industry": thread.industry or "",
                "account": account,
            },
        )
        if created:
            self.counts.conversations_created += 1
        elif account is not None and self._relinks(conversation, account):
            relink_conversation(conversation, account)
            self.counts.changed_ids.add(conversation.pk)
        self._threads[thread.thread_key] = conversation
        self.counts.conversation_ids.add(conversation.pk)
        return conversation

    def _relinks(self, conversation: Conversation, account: Account) -> bool:
        """Whether this import moves a stored conversation to ``account``.

        An account given explicitly (``--account``) wins over the stored one; one the
        parser found only fills in an account that an earlier import could not tell.
        """
        if conversation.account_id == account.pk:
            return False
        return self.account is not None or conversation.account_id is None

    def _account_for(self, thread: ParsedThread) -> Account | None:
        if self.account is not None or not thread.account_name:
            return self.account
        name = thread.account_name.strip()
        if name not in self._accounts:
            self._accounts[name] = get_or_create_account(name, thread.industry or "")
        return self._accounts[name]

    def _contact_id(self, conversation: Conversation, message: ParsedMessage) -> int | None:
        if message.side != "customer" or conversation.account_id is None:
            return None
        name = person_name(message.sender)[: Contact._meta.get_field("name").max_length]
        if not name:
            return None
        key = (conversation.account_id, name)
        if key not in self._contacts:
            contact, _ = Contact.objects.get_or_create(
                account_id=conversation.account_id,
                name=name,
                defaults={"im_id": (message.sender_id or "")[:120]},
            )
            self._contacts[key] = contact.pk
        return self._contacts[key]

    def _source_file(self) -> SourceFile:
        if self.source_file is None:
            self.source_file = SourceFile.objects.create(
                name=self.source_name[-500:], sha256="", parser=self.parser_name
            )
        return self.source_file


@transaction.atomic
def relink_conversation(conversation: Conversation, account: Account) -> None:
    """Move ``conversation`` to ``account`` and mark it for analysis again.

    Its signals were rolled up onto the old account (or onto none), so extraction must
    run again even though no message is new. A deal of another account no longer fits,
    and the customer's messages now name the new account's contacts.
    """
    conversation.account = account
    conversation.extracted_at = None
    fields = ["account", "extracted_at", "updated_at"]
    deal = conversation.deal
    if deal is not None and deal.account_id not in (None, account.pk):
        conversation.deal = None
        fields.append("deal")
    conversation.save(update_fields=fields)
    customer = conversation.messages.filter(side="customer")
    for sender in customer.values_list("sender", flat=True).distinct().order_by():
        name = person_name(sender)[: Contact._meta.get_field("name").max_length]
        contact = Contact.objects.get_or_create(account=account, name=name)[0] if name else None
        customer.filter(sender=sender).update(contact=contact)


def _insert(rows: list[Row]) -> None:
    """Insert message rows, skipping any whose content hash already exists."""
    ops = connection.ops
    fields: list[Any] = [Message._meta.get_field(name) for name in COLUMNS]
    columns = ", ".join(ops.quote_name(str(field.column)) for field in fields)
    sql = (
        f"{ops.insert_statement(on_conflict=OnConflict.IGNORE)} "
        f"{ops.quote_name(Message._meta.db_table)} ({columns}) "
        f"VALUES ({', '.join(['%s'] * len(fields))}) "
        f"{ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)}"
    )
    adapt = ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(row[0], adapt(row[1]), *row[2:]) for row in rows])
