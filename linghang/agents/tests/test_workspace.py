"""Conversations of one account are analysed together: budget conflicts across them."""

from __future__ import annotations

from linghang.agents.engines.rules.engine import RulesEngine
from linghang.agents.workspace import analyse_workspace
from linghang.core.testing.engine_contract import build_conversation


def test_budgets_differing_by_more_than_10pct_raise_a_conflict_on_each_side() -> None:
    # given two conversations of one account, on different channels, with different budgets
    wechat = build_conversation(
        ("c", "李主任", "今年这块预算五十万左右"), conversation_id="w", account="滨江医院"
    )
    meeting = build_conversation(
        ("c", "院长", "院里批的是八十万，超了就不用谈"),
        conversation_id="m",
        account="滨江医院",
        channel="meeting",
    )
    other = build_conversation(("c", "王总", "预算二十万"), conversation_id="o", account="别的客户")
    # when
    results = analyse_workspace([wechat, meeting, other], RulesEngine())
    # then each side cites its own budget statement
    for key, conversation in (("w", wechat), ("m", meeting)):
        conflicts = [g for g in results[key].gray_items if g.type == "conflicting_info"]
        assert len(conflicts) == 1
        assert conflicts[0].evidence == results[key].budget.evidence
        assert conflicts[0].evidence.points_into(conversation)
    assert results["o"].gray_items == []


def test_budgets_within_10pct_are_not_a_conflict() -> None:
    a = build_conversation(("c", "李主任", "预算五十万左右"), conversation_id="a", account="X")
    b = build_conversation(("c", "李主任", "预算大概52万"), conversation_id="b", account="X")
    results = analyse_workspace([a, b], RulesEngine())
    assert all(r.gray_items == [] for r in results.values())


def test_each_conversation_keeps_its_own_budget() -> None:
    a = build_conversation(("c", "李主任", "预算五十万"), conversation_id="a", account="X")
    b = build_conversation(("c", "院长", "批的是八十万"), conversation_id="b", account="X")
    results = analyse_workspace([a, b], RulesEngine())
    assert (results["a"].budget.max, results["b"].budget.max) == (500000, 800000)
