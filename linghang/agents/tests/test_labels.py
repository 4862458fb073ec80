"""``label_for``: the value alone, because every page already names the signal's kind."""

from __future__ import annotations

import datetime as dt

import pytest

from linghang.agents.labels import label_for
from linghang.agents.schema import (
    BudgetValue,
    ChainPerson,
    Competitor,
    DecisionDateValue,
    IntentValue,
    NextStep,
    Objection,
)


@pytest.mark.parametrize(
    ("kind", "value", "label"),
    [
        ("budget", BudgetValue(min=None, max=420000), "≤42万"),
        ("budget", BudgetValue(min=500000, max=500000), "50万"),
        ("budget", BudgetValue(min=1200000, max=1500000), "120万–150万"),
        ("intent_level", IntentValue(level="high"), "高"),
        ("decision_date", DecisionDateValue(date=dt.date(2026, 6, 15)), "2026-06-15"),
        ("decision_chain", ChainPerson(person="刘院长", role="decision_maker"), "刘院长 · 决策人"),
        ("objections", Objection(type="price"), "价格"),
        ("competitors", Competitor(name="东软"), "东软"),
        (
            "next_steps",
            NextStep(owner="rep", action="发报价单", due=dt.date(2026, 3, 20)),
            "发报价单（我方，2026-03-20）",
        ),
    ],
)
def test_label_is_the_value_without_the_kind(kind, value, label):  # type: ignore[no-untyped-def]
    # when
    text = label_for(kind, value)
    # then
    assert text == label


def test_no_label_starts_with_its_kind_word():
    # given
    kind_words = ("预算", "意向", "决策时间", "异议", "竞品", "下一步")
    # when
    labels = [
        label_for("budget", BudgetValue(min=300000, max=None)),
        label_for("intent_level", IntentValue(level="low")),
        label_for("objections", Objection(type="timing")),
    ]
    # then
    assert not [text for text in labels if text.startswith(kind_words)]
