"""The extraction schema's output contract: exactly the eval set's gold shape."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from linghang.agents.schema import (
    BudgetValue,
    ChainPerson,
    Evidence,
    ExtractionResult,
    GrayFinding,
    NextStep,
    Objection,
)


def test_to_gold_dict_gives_the_gold_shape_with_quotes() -> None:
    # given
    text = "今年这块预算五十万左右吧"
    evidence = Evidence.of(0, text, 0, len(text))
    result = ExtractionResult(
        engine="test",
        budget=BudgetValue(min=500000, max=500000, evidence=evidence),
        decision_chain=[ChainPerson(person="陈主任", title=None, role="technical_evaluator")],
        objections=[Objection(type="price", evidence=evidence)],
        next_steps=[NextStep(owner="rep", action="发送方案", due=dt.date(2026, 3, 6))],
        gray_items=[GrayFinding(type="conflicting_info", evidence=evidence)],
    )
    # when
    gold = result.to_gold_dict()
    # then
    assert gold == {
        "intent_level": "medium",
        "budget": {"min": 500000, "max": 500000, "currency": "CNY"},
        "decision_date": None,
        "decision_chain": [{"person": "陈主任", "title": None, "role": "technical_evaluator"}],
        "objections": [{"type": "price", "evidence": text}],
        "competitors": [],
        "needs": [],
        "next_steps": [{"owner": "rep", "action": "发送方案", "due": "2026-03-06"}],
        "triggers": [],
        "gray_items": [{"type": "conflicting_info", "evidence": text}],
    }


def test_evidence_must_agree_with_its_quote() -> None:
    with pytest.raises(ValidationError):
        Evidence(message_index=0, start=0, end=3, quote="两字")


def test_unknown_enum_values_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Objection(type="too_expensive")  # type: ignore[arg-type]
