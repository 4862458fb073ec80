"""Intent level (eval README §3.1)."""

from __future__ import annotations

import pytest


def test_approved_budget_and_a_signing_date_is_high(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "预算已经批了，一百万以内"), ("c", "钱总", "月底前签合同"))
    assert gold["intent_level"] == "high"


def test_interest_with_a_blocker_is_medium(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "预算五十万左右"), ("c", "钱总", "主要是多久能回本，你们算一下"))
    assert gold["intent_level"] == "medium"


def test_a_polite_deferral_is_low(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "今年预算已经用完了，明年看情况吧"))
    assert gold["intent_level"] == "low"


def test_a_deferral_followed_by_a_request_is_not_low(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "等大促过了再说"), ("c", "钱总", "下周能不能来演示一下"))
    assert gold["intent_level"] == "medium"


def test_choosing_something_else_is_none(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "不好意思，我们决定直接用钉钉了"))
    assert gold["intent_level"] == "none"


# No plan or intention in the near term: a polite deferral.
@pytest.mark.parametrize(
    "text",
    [
        "暂时没有采购计划",
        "目前没有这方面的计划",
        "今年没这个打算",
        "今年暂无采购计划哈",
        "短期内没有这个规划",
        "方案挺好的，不过我们暂时没有这块的计划",
    ],
)
def test_no_plan_is_low(extract, text) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "钱总", text))["intent_level"] == "low"


@pytest.mark.parametrize(
    "text",
    [
        "采购计划还没报上去",
        "我们没打算换供应商，先对比一下",
        "还没有计划外的预算，等预算批下来",
        "计划做个试点，先看看效果",
    ],
)
def test_near_misses_of_no_plan_are_not_low(extract, text) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "钱总", text))["intent_level"] != "low"


def test_no_plan_then_a_concrete_buying_process_is_high(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(
        ("c", "钱总", "暂时没有采购计划"),
        ("r", "小王", "好的，有需要随时找我"),
        ("c", "钱总", "领导刚批了预算50万，月底前签合同"),
    )
    assert gold["intent_level"] == "high"
