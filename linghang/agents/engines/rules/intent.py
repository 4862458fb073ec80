"""Intent level from the other fields plus a few deferral phrases (eval README §3.1).

``none``: the customer decided against us or the project stopped. ``low``: a polite
deferral with no active request. ``high``: a concrete buying process (approved budget,
tender, an order or signing date) or a stated budget/date with nothing blocking it.
``medium``: real interest with something important open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from linghang.agents.engines.rules.lexicons import intent_cues as lex
from linghang.agents.engines.rules.patterns import any_of
from linghang.agents.engines.rules.prepare import Prepared
from linghang.agents.schema import (
    BudgetValue,
    DecisionDateValue,
    Evidence,
    GrayFinding,
    IntentValue,
    Objection,
    Trigger,
)

_NONE = any_of(lex.NONE_CUES)
_LOW = any_of(lex.LOW_CUES)
_OPEN = any_of(lex.OPEN_CUES)
_COMMIT = any_of(lex.COMMIT_CUES)
_ORDER = any_of(lex.ORDER_CUES)
_CONDITIONAL = any_of(lex.CONDITIONAL)
_BLOCKING_OBJECTIONS = {"roi_unclear", "internal_politics", "timing"}
_STRONG_PRICE = any_of(["太贵", "贵一截", "不能接受", "接受不了", "太高", "比我们想的高"])
_ACTIVE_REQUESTS = {"demo_request", "trial_request", "price_request", "case_request"}


def find_intent(
    messages: Sequence[Prepared],
    budget: BudgetValue | None,
    decision_date: DecisionDateValue | None,
    objections: Sequence[Objection],
    triggers: Sequence[Trigger],
    gray_items: Sequence[GrayFinding],
) -> IntentValue:
    none = _first_cue(messages, _NONE)
    if none is not None:
        return IntentValue(level="none", evidence=none, confidence=0.7)
    trigger_kinds = {t.kind for t in triggers}
    low = _last_cue(messages, _LOW)
    if low is not None and _latest_stance(low, budget, decision_date, triggers):
        return IntentValue(level="low", evidence=low, confidence=0.6)
    order = _last_cue(messages, _ORDER, unless=_CONDITIONAL)
    if order is not None or _committed(decision_date, trigger_kinds):
        return IntentValue(
            level="high", evidence=order or _evidence_of(decision_date), confidence=0.7
        )
    if _blocked(messages, objections, gray_items) or not (budget or decision_date):
        return IntentValue(level="medium", confidence=0.5)
    return IntentValue(
        level="high", evidence=_evidence_of(decision_date or budget), confidence=0.55
    )


def _latest_stance(
    low: Evidence,
    budget: BudgetValue | None,
    decision_date: DecisionDateValue | None,
    triggers: Sequence[Trigger],
) -> bool:
    """A deferral is the customer's stance unless they moved forward after it."""
    later = [v.evidence for v in (budget, decision_date) if v is not None and v.evidence]
    later += [t.evidence for t in triggers if t.kind in _ACTIVE_REQUESTS and t.evidence]
    return all(e.message_index <= low.message_index for e in later)


def _committed(decision_date: DecisionDateValue | None, trigger_kinds: AbstractSet[str]) -> bool:
    if trigger_kinds & {"tender_announced", "budget_approved"}:
        return True
    evidence = decision_date.evidence if decision_date else None
    return bool(evidence and _COMMIT.search(evidence.quote))


def _blocked(
    messages: Sequence[Prepared],
    objections: Sequence[Objection],
    gray_items: Sequence[GrayFinding],
) -> bool:
    if any(o.type in _BLOCKING_OBJECTIONS for o in objections):
        return True
    if any(
        o.type == "price" and o.evidence and _STRONG_PRICE.search(o.evidence.quote)
        for o in objections
    ):
        return True
    if any(g.type == "conflicting_info" for g in gray_items):
        return True
    return _first_cue(messages, _OPEN) is not None


def _first_cue(messages: Sequence[Prepared], pattern: re.Pattern[str]) -> Evidence | None:
    found = _cues(messages, pattern)
    return found[0] if found else None


def _last_cue(
    messages: Sequence[Prepared], pattern: re.Pattern[str], unless: re.Pattern[str] | None = None
) -> Evidence | None:
    found = _cues(messages, pattern, unless)
    return found[-1] if found else None


def _cues(
    messages: Sequence[Prepared], pattern: re.Pattern[str], unless: re.Pattern[str] | None = None
) -> list[Evidence]:
    return [
        message.evidence(clause.start, clause.end)
        for message in messages
        if message.is_customer
        for clause in message.clauses
        if pattern.search(clause.text) and not (unless and unless.search(clause.text))
    ]


def _evidence_of(value: BudgetValue | DecisionDateValue | None) -> Evidence | None:
    return value.evidence if value else None
