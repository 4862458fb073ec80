"""Read models for an account page: its conversations, the latest messages of each with
their evidence highlighted, and its signals grouped by kind.

All queries take an account (or conversation) the caller already checked with
``visible_to``; nothing here widens what a person may see.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import F, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils.safestring import SafeString

from linghang.channels.models import Conversation, Message
from linghang.crm.choices import SignalKind
from linghang.crm.display import describe_value, evidence_span
from linghang.crm.highlight import highlight_spans
from linghang.crm.models import Account, Signal

LATEST_PER_CONVERSATION = 20
MAX_CONVERSATIONS = 20  # an account page shows the most recent ones; it says when there are more


@dataclass
class MessageRow:
    """A message ready for display: its text as escaped HTML with evidence marks."""

    message: Message
    html: SafeString
    signals: list[Signal]


@dataclass
class ConversationBlock:
    """A conversation with its newest messages (oldest first) and a cursor to earlier ones."""

    conversation: Conversation
    rows: list[MessageRow]
    has_earlier: bool

    @property
    def oldest_id(self) -> int | None:
        return self.rows[0].message.pk if self.rows else None


@dataclass
class SignalGroup:
    kind: str
    label: str
    signals: list[Signal] = field(default_factory=list)


def account_conversations(account: Account) -> QuerySet[Conversation]:
    return Conversation.objects.filter(account=account).order_by("-last_message_at", "-id")


def has_more_conversations(account: Account) -> bool:
    return account_conversations(account)[MAX_CONVERSATIONS:].exists()


def account_timeline(
    account: Account, per_conversation: int = LATEST_PER_CONVERSATION
) -> list[ConversationBlock]:
    """The latest conversations of ``account`` with their latest messages, in three queries."""
    conversations = list(account_conversations(account)[:MAX_CONVERSATIONS])
    ranked = (
        Message.objects.filter(conversation__in=conversations)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("conversation_id")],
                order_by=[F("ts").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=per_conversation + 1)
    )
    by_conversation: dict[int, list[Message]] = defaultdict(list)
    for message in ranked:
        by_conversation[message.conversation_id].append(message)
    signals = signals_by_message([m for ms in by_conversation.values() for m in ms])
    return [
        _block(conversation, by_conversation[conversation.pk], per_conversation, signals)
        for conversation in conversations
    ]


def earlier_messages(
    conversation: Conversation, before: Message | None, limit: int = LATEST_PER_CONVERSATION
) -> ConversationBlock:
    """The ``limit`` messages just before ``before`` (the latest ones when None)."""
    messages = Message.objects.filter(conversation=conversation)
    if before is not None:
        messages = messages.filter(Q(ts__lt=before.ts) | Q(ts=before.ts, id__lt=before.pk))
    newest_first = list(messages.order_by("-ts", "-id")[: limit + 1])
    return _block(conversation, newest_first, limit, signals_by_message(newest_first[:limit]))


def _block(
    conversation: Conversation,
    newest_first: list[Message],
    limit: int,
    signals: dict[int, list[Signal]],
) -> ConversationBlock:
    newest_first.sort(key=lambda m: (m.ts, m.pk), reverse=True)
    shown = list(reversed(newest_first[:limit]))
    return ConversationBlock(
        conversation=conversation,
        rows=[highlight_message(message, signals[message.pk]) for message in shown],
        has_earlier=len(newest_first) > limit,
    )


def signals_by_message(messages: list[Message]) -> defaultdict[int, list[Signal]]:
    """The signals resting on each of ``messages``, in one query."""
    signals: defaultdict[int, list[Signal]] = defaultdict(list)
    for signal in Signal.objects.filter(message__in=messages).order_by("span_start", "id"):
        signals[signal.message_id].append(signal)  # type: ignore[index]
    return signals


def highlight_message(message: Message, signals: list[Signal]) -> MessageRow:
    spans = [span for span in map(evidence_span, signals) if span is not None]
    return MessageRow(message=message, html=highlight_spans(message.text, spans), signals=signals)


def account_signals_queryset(account: Account) -> QuerySet[Signal]:
    """Signals about ``account``: stamped with it, or found in one of its conversations."""
    return Signal.objects.filter(
        Q(account=account) | Q(conversation__account=account)
    ).select_related("message", "conversation")


def account_signals(account: Account) -> list[SignalGroup]:
    """The account's signals grouped by kind, in the extraction schema's order."""
    signals = account_signals_queryset(account).order_by("kind", "-confidence", "id")
    groups = {kind: SignalGroup(kind=kind, label=str(label)) for kind, label in SignalKind.choices}
    for signal in signals:
        signal.display_value = describe_value(signal)  # type: ignore[attr-defined]
        groups.setdefault(signal.kind, SignalGroup(kind=signal.kind, label=signal.kind))
        groups[signal.kind].signals.append(signal)
    return [group for group in groups.values() if group.signals]
