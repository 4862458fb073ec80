"""Commitments made in the conversation: owner, action, due date (eval README §3.8).

A clause is a commitment when it has an action verb and a marker of the future (a date,
马上, 回头, 我把… …) and does not describe, ask or decide. The rep's own promises count
here — the one place where rep text is a signal, with the rep's message as evidence —
and so does a customer asking the vendor to do something (报价发我 → the rep's step).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from linghang.agents.engines.rules.dates import find_dates
from linghang.agents.engines.rules.decision_date import is_decision_clause
from linghang.agents.engines.rules.lexicons import step_cues as lex
from linghang.agents.engines.rules.patterns import any_of
from linghang.agents.engines.rules.prepare import Clause, Prepared
from linghang.agents.schema import NextStep

_VERB = any_of(lex.ACTION_VERBS)
_FUTURE = any_of(lex.FUTURE_MARKERS)
_NOT_A_STEP = any_of(lex.NOT_A_STEP)
_ASKS_REP = any_of(lex.ASKS_THE_REP)
_SEND = [re.compile(p) for p in lex.SEND_FORMS]
_LEADING = re.compile("^(?:" + "|".join(sorted(lex.LEADING_FILLERS, key=len, reverse=True)) + ")+")
_ADDRESSEE = any_of(lex.ADDRESSEES)
_TIME_WORDS = re.compile(lex.TIME_WORDS)
_VOCATIVE = re.compile(lex.VOCATIVE)
_ALSO = re.compile("也一并|一并|也一起|也")
_NEW_SUBJECT = re.compile("我|你|您|他|她")
_NOW = re.compile("马上|立刻|现在就|今天|今晚|这就")
_PUNCT = re.compile(r"[\s,，。.!！?？~～、:：;；…\"'“”()（）\[\]【】]")
_MAX_CLAUSES = 3


def find_next_steps(messages: Sequence[Prepared]) -> list[NextStep]:
    steps: list[NextStep] = []
    for message in messages:
        if message.side not in ("rep", "customer"):
            continue
        for first, last in _commitment_spans(message):
            step = _step(message, first, last)
            if step is not None and not any(_similar(step.action, s.action) for s in steps):
                steps.append(step)
    return steps


def _commitment_spans(message: Prepared) -> list[tuple[Clause, Clause]]:
    spans: list[tuple[Clause, Clause]] = []
    clauses = message.clauses
    for i, clause in enumerate(clauses):
        if spans and clause.end <= spans[-1][1].end:
            continue
        if _is_commitment(message, clause):
            spans.append((clause, _last_clause(clauses, i)))
    return spans


def _last_clause(clauses: Sequence[Clause], i: int) -> Clause:
    """Join the following clauses of the same sentence that continue the action."""
    last = clauses[i]
    for following in clauses[i + 1 : i + _MAX_CLAUSES]:
        if (
            following.sentence != last.sentence
            or not _VERB.search(following.text)
            or _NOT_A_STEP.search(following.text)
            or _NEW_SUBJECT.search(following.text)
        ):
            break
        last = following
    return last


def _is_commitment(message: Prepared, clause: Clause) -> bool:
    text = clause.text
    if len(text) < 3 or _NOT_A_STEP.search(text) or not _VERB.search(text):
        return False
    if is_decision_clause(clause):
        return False
    if message.is_customer and _ASKS_REP.search(text):
        return True
    return bool(_FUTURE.search(text) or find_dates(text, message.day))


def _step(message: Prepared, first: Clause, last: Clause) -> NextStep | None:
    text = message.text[first.start : last.end]
    dates = find_dates(text, message.day)
    action = _action(text, [(d.start, d.end) for d in dates])
    if len(action) < 3:
        return None
    due = dates[-1].date if dates else (message.day if _NOW.search(text) else None)
    asks_rep = message.is_customer and bool(_ASKS_REP.search(text))
    return NextStep(
        owner="rep" if message.side == "rep" or asks_rep else "customer",
        action=action,
        due=due,
        evidence=message.evidence(first.start, last.end),
        confidence=0.55 if dates else 0.45,
    )


def _action(text: str, date_spans: list[tuple[int, int]]) -> str:
    """A short verb phrase: no dates, fillers, addressees or particles; 把X发您 → 发送X."""
    for start, end in sorted(date_spans, reverse=True):
        text = text[:start] + re.sub(r"^(?:之前|以前|前)", "", text[end:])
    text = _TIME_WORDS.sub("", _PUNCT.sub("", text))
    text = _LEADING.sub("", _VOCATIVE.sub("", text)).rstrip(lex.TRAILING_PARTICLES)
    for i, pattern in enumerate(_SEND):
        send = pattern.search(text)
        obj = _ALSO.sub("", send["obj"]) if send else ""
        if len(obj) >= 2 and (i == 0 or not _VERB.match(obj)):
            return "发送" + _ADDRESSEE.sub("", obj)
    text = _ADDRESSEE.sub("", text)
    text = re.sub(r"^(?:把)", "", text)
    return text.rstrip(lex.TRAILING_PARTICLES)


def _similar(a: str, b: str) -> bool:
    ca, cb = Counter(a), Counter(b)
    total = sum(ca.values()) + sum(cb.values())
    return total > 0 and 2 * sum((ca & cb).values()) / total >= 0.7
