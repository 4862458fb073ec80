"""The understanding agent's writes: conversations in the database → signals and records.

``extract_conversations`` loads conversations (and the other conversations of the same
accounts, which are analysed together), runs the engine outside any transaction, then
in one transaction replaces that engine's signals, rolls the facts up onto accounts,
deals and contacts, and raises cross-conversation gray items. Running it twice changes
nothing: signals are compared by content, not deleted and re-created.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from linghang.agents.engines import get_engine
from linghang.agents.labels import budget_text, label_for
from linghang.agents.rollup import roll_up
from linghang.agents.schema import ConversationInput, ExtractionResult, MessageInput
from linghang.agents.workspace import analyse_workspace, budget_conflicts
from linghang.channels.models import Conversation, Message
from linghang.crm.models import Signal
from linghang.crm.services import deal_for_conversation
from linghang.dashboard.choices import GrayItemKind
from linghang.dashboard.services import raise_gray_item

# Result fields stored as Signals, in the schema's order: (signal kind, attribute).
_FIELDS = [
    ("intent_level", "intent"),
    ("budget", "budget"),
    ("decision_date", "decision_date"),
    ("decision_chain", "decision_chain"),
    ("objections", "objections"),
    ("competitors", "competitors"),
    ("needs", "needs"),
    ("next_steps", "next_steps"),
    ("triggers", "triggers"),
    ("gray_items", "gray_items"),
]


@dataclass
class ExtractionSummary:
    """What one run did; counts are for all conversations analysed (incl. same-account ones)."""

    engine: str
    conversations: int = 0
    signals_created: int = 0
    signals_deleted: int = 0
    signals_unchanged: int = 0
    contacts_created: int = 0
    gray_items_raised: int = 0
    conversation_ids: list[int] = field(default_factory=list)


def extract_conversations(
    conversation_ids: Iterable[int], engine_name: str | None = None
) -> ExtractionSummary:
    """Extract the given conversations (with their accounts' other conversations)."""
    engine = get_engine(engine_name)
    conversations = _load(list(conversation_ids))
    inputs = [conversation_input(c) for c in conversations]
    results = analyse_workspace(inputs, engine)
    summary = ExtractionSummary(
        engine=engine.name,
        conversations=len(conversations),
        conversation_ids=[c.pk for c in conversations],
    )
    _store(conversations, inputs, results, summary)
    return summary


def conversation_input(conversation: Conversation) -> ConversationInput:
    """ORM → the plain object engines read; ``ref`` carries each Message's primary key."""
    return ConversationInput(
        id=str(conversation.pk),
        channel=conversation.channel,
        account=str(conversation.account_id or ""),
        industry=conversation.industry
        or (conversation.account.industry if conversation.account else ""),
        messages=[
            MessageInput(ts=m.ts, sender=m.sender, side=m.side, text=m.text, ref=m.pk)
            for m in conversation.messages.all()
        ],
    )


def _load(conversation_ids: list[int]) -> list[Conversation]:
    account_ids = set(
        Conversation.objects.filter(pk__in=conversation_ids, account__isnull=False).values_list(
            "account_id", flat=True
        )
    )
    messages = Message.objects.order_by("ts", "id")
    return list(
        Conversation.objects.filter(Q(pk__in=conversation_ids) | Q(account_id__in=account_ids))
        .select_related("account", "deal")
        .prefetch_related(Prefetch("messages", queryset=messages))
        .order_by("last_message_at", "id")
    )


@transaction.atomic
def _store(
    conversations: Sequence[Conversation],
    inputs: Sequence[ConversationInput],
    results: dict[str, ExtractionResult],
    summary: ExtractionSummary,
) -> None:
    signals_by_conversation: dict[int, list[Signal]] = {}
    for conversation, conversation_input_ in zip(conversations, inputs, strict=True):
        result = results[conversation_input_.id]
        signals_by_conversation[conversation.pk] = _replace_signals(
            conversation, conversation_input_, result, summary
        )
    _attach_deals(conversations, results)
    summary.contacts_created += roll_up(conversations, results)
    _raise_budget_conflicts(conversations, results, signals_by_conversation, summary)
    Conversation.objects.filter(pk__in=[c.pk for c in conversations]).update(
        extracted_at=timezone.now()
    )


def _attach_deals(
    conversations: Sequence[Conversation], results: dict[str, ExtractionResult]
) -> None:
    """Link each account's conversations to its deal, opening one on buying intent."""
    for conversation in conversations:
        if conversation.account is None or conversation.deal_id is not None:
            continue
        result = results[str(conversation.pk)]
        topic = result.needs[0].phrase if result.needs else ""
        deal = deal_for_conversation(
            conversation.account, intent_level=result.intent.level, topic=topic
        )
        if deal is not None:
            conversation.deal = deal
            conversation.save(update_fields=["deal"])


def _replace_signals(
    conversation: Conversation,
    source: ConversationInput,
    result: ExtractionResult,
    summary: ExtractionSummary,
) -> list[Signal]:
    """Make this engine's signals for the conversation equal to ``result``, touching only
    the rows that differ (so re-running changes nothing)."""
    wanted = _signals_for(conversation, source, result)
    existing = {
        _identity(s): s
        for s in Signal.objects.filter(conversation=conversation, engine=result.engine)
    }
    kept, to_create, changed = [], [], []
    for signal in wanted:
        current = existing.pop(_identity(signal), None)
        if current is None:
            to_create.append(signal)
            continue
        if (current.label, current.confidence) != (signal.label, signal.confidence):
            current.label, current.confidence = signal.label, signal.confidence
            changed.append(current)
        kept.append(current)
    if existing:
        Signal.objects.filter(pk__in=[s.pk for s in existing.values()]).delete()
    Signal.objects.bulk_update(changed, ["label", "confidence"])
    created = Signal.objects.bulk_create(to_create)
    summary.signals_created += len(created)
    summary.signals_deleted += len(existing)
    summary.signals_unchanged += len(kept)
    return kept + created


def _signals_for(
    conversation: Conversation, source: ConversationInput, result: ExtractionResult
) -> list[Signal]:
    signals = []
    for kind, attribute in _FIELDS:
        values = getattr(result, attribute)
        for value in values if isinstance(values, list) else [values]:
            if value is None:
                continue
            evidence = value.evidence
            message_pk = source.messages[evidence.message_index].ref if evidence else None
            signals.append(
                Signal(
                    account_id=conversation.account_id,
                    conversation=conversation,
                    message_id=message_pk,
                    kind=kind,
                    engine=result.engine,
                    value=value.model_dump(mode="json", exclude={"evidence", "confidence"}),
                    label=label_for(kind, value)[:300],
                    confidence=round(value.confidence, 3),
                    span_start=evidence.start if evidence else None,
                    span_end=evidence.end if evidence else None,
                )
            )
    return signals


def _identity(signal: Signal) -> tuple[object, ...]:
    value = json.dumps(signal.value, sort_keys=True, ensure_ascii=False)
    return (signal.kind, value, signal.message_id, signal.span_start, signal.span_end)


def _raise_budget_conflicts(
    conversations: Sequence[Conversation],
    results: dict[str, ExtractionResult],
    signals: dict[int, list[Signal]],
    summary: ExtractionSummary,
) -> None:
    by_account: dict[int, list[Conversation]] = defaultdict(list)
    for conversation in conversations:
        if conversation.account_id is not None:
            by_account[conversation.account_id].append(conversation)
    for group in by_account.values():
        involved = budget_conflicts({str(c.pk): results[str(c.pk)] for c in group})
        if len(involved) < 2:
            continue
        members = [c for c in group if str(c.pk) in involved]
        _raise_one_conflict(members, results, signals, summary)


def _raise_one_conflict(
    members: list[Conversation],
    results: dict[str, ExtractionResult],
    signals: dict[int, list[Signal]],
    summary: ExtractionSummary,
) -> None:
    account = members[0].account
    assert account is not None
    facts = []
    for c in members:
        budget = results[str(c.pk)].budget
        assert budget is not None
        facts.append((c, budget))
    key = f"{GrayItemKind.CONFLICTING_BUDGET}:account={account.pk}:" + ";".join(
        f"c{c.pk}={b.min}-{b.max}{b.currency}" for c, b in sorted(facts, key=lambda f: f[0].pk)
    )
    summary_text = f"{account.name}：" + " / ".join(
        f"{c.get_channel_display()} {budget_text(b)}" for c, b in facts
    )
    evidence = [s for c in members for s in signals[c.pk] if s.kind == "budget"]
    deals = {c.deal_id for c in members}
    deal = members[0].deal if len(deals) == 1 else None
    _, created = raise_gray_item(
        GrayItemKind.CONFLICTING_BUDGET, account, key, summary_text, evidence, deal=deal
    )
    summary.gray_items_raised += int(created)
