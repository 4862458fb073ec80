"""Analyse conversations together: those sharing an ``account`` are one customer.

The cross-conversation check of this issue: when the same account's conversations state
budgets that differ by more than 10%, each conversation involved gets a
``conflicting_info`` gray item citing *its own* budget statement (eval README §3.10).
Pure: no ORM. ``linghang extract`` and ``agents.services`` both call it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from linghang.agents.engines.base import ExtractionEngine
from linghang.agents.schema import BudgetValue, ConversationInput, ExtractionResult, GrayFinding

CONFLICT_TOLERANCE = 0.10


def analyse_workspace(
    conversations: Iterable[ConversationInput], engine: ExtractionEngine
) -> dict[str, ExtractionResult]:
    """Extract every conversation, then add cross-conversation gray items per account."""
    conversations = list(conversations)
    results = {c.id: engine.extract(c) for c in conversations}
    by_account: dict[str, list[str]] = defaultdict(list)
    for conversation in conversations:
        if conversation.account:
            by_account[conversation.account].append(conversation.id)
    for ids in by_account.values():
        for conversation_id in budget_conflicts({i: results[i] for i in ids}):
            results[conversation_id] = _with_conflict(results[conversation_id])
    return results


def budget_conflicts(results: dict[str, ExtractionResult]) -> list[str]:
    """Ids of the conversations whose budget differs from another one's by > 10%."""
    budgets = {i: r.budget for i, r in results.items() if r.budget is not None}
    involved: list[str] = []
    for i, a in budgets.items():
        if any(j != i and budgets_differ(a, b) for j, b in budgets.items()):
            involved.append(i)
    return involved


def budgets_differ(a: BudgetValue, b: BudgetValue) -> bool:
    if a.currency != b.currency:
        return True
    for x, y in ((a.max, b.max), (a.min, b.min)):
        if x is not None and y is not None:
            return abs(x - y) > CONFLICT_TOLERANCE * max(x, y)
    x, y = a.max or a.min, b.max or b.min
    return x is not None and y is not None and abs(x - y) > CONFLICT_TOLERANCE * max(x, y)


def _with_conflict(result: ExtractionResult) -> ExtractionResult:
    assert result.budget is not None
    evidence = result.budget.evidence
    already = any(
        g.type == "conflicting_info" and g.evidence == evidence for g in result.gray_items
    )
    if already:
        return result
    finding = GrayFinding(type="conflicting_info", evidence=evidence, confidence=0.7)
    return result.model_copy(update={"gray_items": [*result.gray_items, finding]})
