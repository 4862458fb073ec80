"""The customer's decision date: the latest customer statement of when they will decide,
choose a vendor, sign or order (eval README §3.3)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from linghang.agents.engines.rules.dates import find_dates
from linghang.agents.engines.rules.lexicons import date_cues as cues
from linghang.agents.engines.rules.prepare import Clause, Prepared
from linghang.agents.schema import DecisionDateValue

_DECISION = re.compile("|".join(cues.DECISION_CUES))
_OTHER_EVENT = re.compile("|".join(cues.OTHER_EVENT_CUES))
_NEGATION = re.compile("|".join(cues.NEGATION_CUES))


def find_decision_date(messages: Sequence[Prepared]) -> DecisionDateValue | None:
    latest: DecisionDateValue | None = None
    for message in messages:
        if not message.is_customer:
            continue
        for mention in find_dates(message.text, message.day):
            clause = message.clause_at(mention.start)
            if is_decision_clause(clause):
                latest = DecisionDateValue(
                    date=mention.date,
                    confidence=0.75,
                    evidence=message.evidence(clause.start, clause.end),
                )
    return latest


def is_decision_clause(clause: Clause) -> bool:
    text = clause.text
    decisions = list(_DECISION.finditer(text))
    if not decisions or _NEGATION.search(text):
        return False
    others = list(_OTHER_EVENT.finditer(text))
    # The main verb of a Chinese clause tends to come last: 试点跑完就定 is a decision,
    # 续签报价明天发我 is a document to send.
    return not others or decisions[-1].start() > others[-1].start()
