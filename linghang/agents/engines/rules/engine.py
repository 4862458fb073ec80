"""The rules engine: offline, deterministic and fast.

Each field has its own module (money and dates for the hard parsing, budget,
decision_date, chain, objections, competitors, triggers, next_steps, gray, intent);
their vocabularies live as data in ``lexicons/``. Only customer messages are read as
signals; the rep's words are context (an accepted offer) or the rep's own promises.
"""

from __future__ import annotations

from typing import ClassVar

from linghang.agents.engines.base import ExtractionEngine
from linghang.agents.engines.rules.budget import budget_candidates, choose_budget
from linghang.agents.engines.rules.chain import find_decision_chain
from linghang.agents.engines.rules.competitors import (
    find_competitors,
    find_vendors,
    names_vendor,
)
from linghang.agents.engines.rules.decision_date import find_decision_date
from linghang.agents.engines.rules.gray import find_gray_items
from linghang.agents.engines.rules.intent import find_intent
from linghang.agents.engines.rules.needs import find_needs
from linghang.agents.engines.rules.next_steps import find_next_steps
from linghang.agents.engines.rules.objections import find_objections
from linghang.agents.engines.rules.prepare import prepare_conversation
from linghang.agents.engines.rules.triggers import find_triggers
from linghang.agents.schema import ConversationInput, ExtractionResult


class RulesEngine(ExtractionEngine):
    """Rules and lexicons; no model, no network. The default engine."""

    name: ClassVar[str] = "rules"

    @staticmethod
    def clear_caches() -> None:
        """Forget per-text memos (benchmarks call this so repeated runs are not flattered)."""
        find_vendors.cache_clear()

    def extract(self, conversation: ConversationInput) -> ExtractionResult:
        messages = prepare_conversation(conversation)
        candidates = budget_candidates(messages, names_vendor)
        budget = choose_budget(candidates)
        decision_date = find_decision_date(messages)
        objections = find_objections(messages)
        triggers = find_triggers(messages)
        gray_items = find_gray_items(messages, candidates)
        intent = find_intent(messages, budget, decision_date, objections, triggers, gray_items)
        stated = {c.message.index for c in candidates}
        if decision_date and decision_date.evidence:
            stated.add(decision_date.evidence.message_index)
        return ExtractionResult(
            engine=self.name,
            intent=intent,
            budget=budget,
            decision_date=decision_date,
            decision_chain=find_decision_chain(messages, stated, intent.level),
            objections=objections,
            competitors=find_competitors(messages, conversation.account),
            needs=find_needs(messages),
            next_steps=find_next_steps(messages),
            triggers=triggers,
            gray_items=gray_items,
        )
