"""Read model of the manager board: open gray items with the evidence on each side, and
the closed ones with who decided them."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Prefetch, QuerySet
from django.utils.safestring import SafeString

from linghang.crm.display import describe_value
from linghang.crm.models import Signal
from linghang.crm.timeline import highlight_message
from linghang.dashboard.actions import CLOSING_STATUSES
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.models import GrayItem


@dataclass
class EvidenceCard:
    """One signal behind a gray item, with its message text highlighted in context."""

    signal: Signal
    value: str
    html: SafeString


@dataclass
class GrayItemCard:
    item: GrayItem
    evidence: list[EvidenceCard]


def board_items(user, status: str = GrayItemStatus.OPEN) -> QuerySet[GrayItem]:  # type: ignore[no-untyped-def]
    """Gray items ``user`` may see (open ones by default), newest first, with everything
    a card shows."""
    return (
        GrayItem.objects.visible_to(user)
        .filter(status=status)
        .select_related("account", "account__unit", "deal", "resolved_by__staff_profile")
        .prefetch_related(_evidence_prefetch())
        .order_by("-created_at", "-id")
    )


def closed_items(user) -> QuerySet[GrayItem]:  # type: ignore[no-untyped-def]
    """Resolved and dismissed items ``user`` may see, most recently decided first."""
    return (
        GrayItem.objects.visible_to(user)
        .filter(status__in=CLOSING_STATUSES)
        .select_related("account", "account__unit", "deal", "resolved_by__staff_profile")
        .prefetch_related(_evidence_prefetch())
        .order_by(F("resolved_at").desc(nulls_last=True), "-id")
    )


def visible_item(user, pk: int) -> QuerySet[GrayItem]:  # type: ignore[no-untyped-def]
    return (
        GrayItem.objects.visible_to(user)
        .filter(pk=pk)
        .select_related("account", "account__unit", "deal", "resolved_by__staff_profile")
        .prefetch_related(_evidence_prefetch())
    )


def _evidence_prefetch() -> Prefetch:
    signals = Signal.objects.select_related("message", "conversation").order_by("message__ts", "id")
    return Prefetch("evidence", queryset=signals)


def item_card(item: GrayItem) -> GrayItemCard:
    return GrayItemCard(item=item, evidence=[_evidence_card(s) for s in item.evidence.all()])


def _evidence_card(signal: Signal) -> EvidenceCard:
    html = (
        highlight_message(signal.message, [signal]).html
        if signal.message is not None
        else SafeString("")
    )
    return EvidenceCard(signal=signal, value=describe_value(signal), html=html)
