"""Buying signals and events (eval README §3.9), from customer messages.

A rep's offer (可以安排实地参观) that the customer accepts in their next message (可以，
安排一下) counts as the customer's request: the rep's words are context, the customer's
acceptance is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linghang.agents.engines.rules.lexicons import signal_cues as lex
from linghang.agents.engines.rules.patterns import any_of, table
from linghang.agents.engines.rules.prepare import Prepared
from linghang.agents.schema import Trigger

_KINDS = table(lex.TRIGGERS)
_NEGATION = any_of(lex.TRIGGER_NEGATIONS)
_KIND_NEGATION = table(lex.TRIGGER_KIND_NEGATIONS)
_OFFERS = table(lex.OFFER_CUES)
_ACCEPT = re.compile(lex.ACCEPTANCE)


def find_triggers(messages: Sequence[Prepared]) -> list[Trigger]:
    found: dict[str, Trigger] = {}
    for i, message in enumerate(messages):
        if message.is_customer:
            _stated(message, found)
        elif message.side == "rep":
            _accepted_offer(message, messages[i + 1 : i + 3], found)
    return list(found.values())


def _stated(message: Prepared, found: dict[str, Trigger]) -> None:
    for clause in message.clauses:
        for kind, pattern in _KINDS.items():
            if kind in found or not pattern.search(clause.text):
                continue
            if _cancelled(kind, clause.text):
                continue
            found[kind] = Trigger(
                kind=kind,  # type: ignore[arg-type]
                confidence=0.65,
                evidence=message.evidence(clause.start, clause.end),
            )


def _cancelled(kind: str, text: str) -> bool:
    negation = _NEGATION.search(text)
    if negation and not (kind in lex.TRIGGERS_PAST_OK and negation.group() in ("之前", "去年")):
        return True
    kind_negation = _KIND_NEGATION.get(kind)
    return bool(kind_negation and kind_negation.search(text))


def _accepted_offer(
    offer: Prepared, following: Sequence[Prepared], found: dict[str, Trigger]
) -> None:
    reply = next((m for m in following if m.is_customer), None)
    if reply is None or not reply.clauses:
        return
    first = reply.clauses[0]
    if not _ACCEPT.search(first.text) or _NEGATION.search(reply.text):
        return
    for kind, pattern in _OFFERS.items():
        if kind not in found and pattern.search(offer.text):
            found[kind] = Trigger(
                kind=kind,  # type: ignore[arg-type]
                confidence=0.5,
                evidence=reply.evidence(first.start, first.end),
            )
