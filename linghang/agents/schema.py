"""The extraction schema: what the understanding agent reads and what it returns.

Engines read plain :class:`ConversationInput` objects (never the ORM) and return an
:class:`ExtractionResult`. Every value in a result carries its evidence — which message,
which characters — and a confidence, so a person can always see why the system believes
something. :meth:`ExtractionResult.to_gold_dict` gives exactly the ``gold`` shape of the
evaluation set (``shared/data/eval/README.md``); that shape is the fixed output contract
of ``linghang extract``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Side = Literal["rep", "customer", "system"]
IntentLevel = Literal["high", "medium", "low", "none"]
DecisionRole = Literal[
    "decision_maker",
    "economic_buyer",
    "technical_evaluator",
    "user",
    "purchaser",
    "influencer",
    "gatekeeper",
    "champion",
]
ObjectionType = Literal[
    "price",
    "implementation_risk",
    "compatibility",
    "timing",
    "competitor_preference",
    "trust",
    "security_compliance",
    "roi_unclear",
    "internal_politics",
]
TriggerKind = Literal[
    "production_line_down",
    "quality_incident",
    "contract_renewal",
    "budget_approved",
    "tender_announced",
    "key_person_change",
    "price_request",
    "case_request",
    "demo_request",
    "trial_request",
]
GrayType = Literal[
    "purchasing_lead_changed",
    "conflicting_info",
    "decision_maker_unreachable",
    "scope_change",
    "other",
]
Owner = Literal["rep", "customer"]


# ---------------------------------------------------------------- input
@dataclass(frozen=True, slots=True)
class MessageInput:
    """One message or speaker turn as an engine sees it. ``ref`` is the caller's handle
    (for example the ``Message`` primary key) and is carried through untouched."""

    ts: dt.datetime
    sender: str
    side: str
    text: str
    ref: Any = None


@dataclass(frozen=True, slots=True)
class ConversationInput:
    """A conversation with one customer account, messages in time order."""

    id: str
    channel: str
    account: str
    industry: str
    messages: list[MessageInput] = field(default_factory=list)


# ---------------------------------------------------------------- output
class Evidence(BaseModel):
    """A span of one message: ``text[start:end] == quote`` of ``messages[message_index]``."""

    model_config = ConfigDict(frozen=True)

    message_index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote) or not self.quote:
            raise ValueError("evidence span and quote disagree")
        return self

    @classmethod
    def of(cls, message_index: int, text: str, start: int, end: int) -> Evidence:
        return cls(message_index=message_index, start=start, end=end, quote=text[start:end])

    def points_into(self, conversation: ConversationInput) -> bool:
        """True when the span is an exact substring of the message it names."""
        if self.message_index >= len(conversation.messages):
            return False
        text = conversation.messages[self.message_index].text
        return text[self.start : self.end] == self.quote


class Extracted(BaseModel):
    """Base of every extracted value: where it came from and how sure the engine is."""

    evidence: Evidence | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class IntentValue(Extracted):
    level: IntentLevel


class BudgetValue(Extracted):
    """Yuan (or the stated currency) as integers; a cap has ``min=None``."""

    min: int | None
    max: int | None
    currency: str = "CNY"


class DecisionDateValue(Extracted):
    date: dt.date


class ChainPerson(Extracted):
    person: str
    title: str | None = None
    role: DecisionRole


class Objection(Extracted):
    type: ObjectionType


class Competitor(Extracted):
    name: str


class Need(Extracted):
    phrase: str


class NextStep(Extracted):
    owner: Owner
    action: str
    due: dt.date | None = None


class Trigger(Extracted):
    kind: TriggerKind


class GrayFinding(Extracted):
    type: GrayType


class ExtractionResult(BaseModel):
    """Everything an engine found in one conversation."""

    engine: str
    intent: IntentValue = Field(default_factory=lambda: IntentValue(level="medium", confidence=0.2))
    budget: BudgetValue | None = None
    decision_date: DecisionDateValue | None = None
    decision_chain: list[ChainPerson] = Field(default_factory=list)
    objections: list[Objection] = Field(default_factory=list)
    competitors: list[Competitor] = Field(default_factory=list)
    needs: list[Need] = Field(default_factory=list)
    next_steps: list[NextStep] = Field(default_factory=list)
    triggers: list[Trigger] = Field(default_factory=list)
    gray_items: list[GrayFinding] = Field(default_factory=list)

    def all_evidence(self) -> list[Evidence]:
        """Every evidence span in the result (for contract checks and highlighting)."""
        values: list[Extracted | None] = [self.intent, self.budget, self.decision_date]
        for group in (
            self.decision_chain,
            self.objections,
            self.competitors,
            self.needs,
            self.next_steps,
            self.triggers,
            self.gray_items,
        ):
            values.extend(group)
        return [v.evidence for v in values if v is not None and v.evidence is not None]

    def to_gold_dict(self) -> dict[str, Any]:
        """Exactly the evaluation set's ``gold`` shape; evidence spans become quotes."""
        budget = self.budget
        return {
            "intent_level": self.intent.level,
            "budget": None
            if budget is None
            else {
                "min": budget.min,
                "max": budget.max,
                "currency": budget.currency,
            },
            "decision_date": _iso(self.decision_date.date if self.decision_date else None),
            "decision_chain": [
                {"person": p.person, "title": p.title, "role": p.role} for p in self.decision_chain
            ],
            "objections": [{"type": o.type, "evidence": _quote(o)} for o in self.objections],
            "competitors": _unique(c.name for c in self.competitors),
            "needs": _unique(n.phrase for n in self.needs),
            "next_steps": [
                {"owner": s.owner, "action": s.action, "due": _iso(s.due)} for s in self.next_steps
            ],
            "triggers": _unique(t.kind for t in self.triggers),
            "gray_items": [{"type": g.type, "evidence": _quote(g)} for g in self.gray_items],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _quote(value: Extracted) -> str:
    return value.evidence.quote if value.evidence else ""


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))
