"""Writes for the manager board: raising gray items.

Detectors (the understanding agent today, more later) call ``raise_gray_item``; it is the
only code that creates a GrayItem, and it makes raising idempotent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db import IntegrityError, transaction

from linghang.crm.models import Account, Deal, Signal
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.models import GrayItem

_KEY_LIMIT = 255


@transaction.atomic
def raise_gray_item(
    kind: str,
    account: Account,
    dedup_key: str,
    summary: str,
    evidence_signals: Iterable[Signal],
    deal: Deal | None = None,
) -> tuple[GrayItem, bool]:
    """Open a gray item for a situation, once. Returns ``(item, created)``.

    ``dedup_key`` names the situation (kind, account and the facts involved). Raising the
    same key again never makes a second item: an open item gets the current evidence
    (signals are re-created when extraction re-runs), a resolved or dismissed one is left
    alone — a manager's decision is not reopened for the same evidence. New facts mean a
    new key, hence a new item.
    """
    key = normalise_key(dedup_key)
    signals = list(evidence_signals)
    item = GrayItem.objects.select_for_update().filter(dedup_key=key).first()
    if item is not None:
        if item.status == GrayItemStatus.OPEN:
            _refresh(item, summary, signals, deal)
        return item, False
    try:
        with transaction.atomic():
            item = GrayItem.objects.create(
                kind=kind,
                account=account,
                deal=deal,
                dedup_key=key,
                summary=summary[:300],
            )
    except IntegrityError:  # raised concurrently by another worker: same situation
        return GrayItem.objects.get(dedup_key=key), False
    item.evidence.set(signals)
    return item, True


def normalise_key(dedup_key: str) -> str:
    """Keys longer than the column keep a readable prefix and a digest of the whole."""
    if len(dedup_key) <= _KEY_LIMIT:
        return dedup_key
    digest = hashlib.sha256(dedup_key.encode()).hexdigest()
    return f"{dedup_key[: _KEY_LIMIT - len(digest) - 1]}#{digest}"


def _refresh(item: GrayItem, summary: str, signals: list[Signal], deal: Deal | None) -> None:
    changed = []
    if item.summary != summary[:300]:
        item.summary = summary[:300]
        changed.append("summary")
    if deal is not None and item.deal_id != deal.pk:
        item.deal = deal
        changed.append("deal")
    if changed:
        item.save(update_fields=[*changed, "updated_at"])
    if set(item.evidence.values_list("pk", flat=True)) != {s.pk for s in signals}:
        item.evidence.set(signals)
