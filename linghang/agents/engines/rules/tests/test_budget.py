"""Which amount is the budget (eval README §3.2), on small conversations."""

from __future__ import annotations

import pytest


def budget(gold):  # type: ignore[no-untyped-def]
    b = gold["budget"]
    return None if b is None else (b["min"], b["max"], b["currency"])


def test_a_customer_budget_statement(extract) -> None:  # type: ignore[no-untyped-def]
    # given / when
    gold = extract(("c", "赵总", "今年这块预算大概三十万左右，具体看方案"))
    # then
    assert budget(gold) == (300000, 300000, "CNY")


def test_the_reps_quote_is_not_the_budget(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(
        ("r", "小王-云帆", "这类项目我们一般报价在120万左右"), ("c", "赵总", "好的我们内部看看")
    )
    assert gold["budget"] is None


def test_a_quote_repeated_back_is_not_the_budget(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "赵总", "你们的报价单收到了"), ("c", "赵总", "六十来个W 有点高"))
    assert gold["budget"] is None


def test_the_latest_customer_statement_wins(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(
        ("c", "赵总", "预算先按40万准备"),
        ("r", "小王", "好的"),
        ("c", "赵总", "跟老板碰了，调到35万"),
    )
    assert budget(gold) == (350000, 350000, "CNY")


def test_a_per_unit_cap_is_multiplied_by_the_quantity(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "赵总", "我们一共有25家门店"), ("c", "赵总", "每家店一年费用不超过4千"))
    assert budget(gold) == (None, 100000, "CNY")


def test_a_monthly_rate_is_multiplied_by_months_and_units(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "每辆车每月服务费不超过200块，300辆车，签一年"))
    assert budget(gold) == (None, 720000, "CNY")


def test_a_per_unit_figure_without_quantity_gives_no_budget(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "钱总", "单台不超过十五万"))
    assert gold["budget"] is None


def test_foreign_currency_is_kept(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "Tom Li", "预算最多十二万美元"))
    assert budget(gold) == (None, 120000, "USD")


def test_a_voided_figure_gives_no_budget(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "孙经理", "上次说的90万作废了，要重新报"))
    assert gold["budget"] is None


def test_money_is_not_the_issue(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "孙经理", "钱不是问题，关键是要快"))
    assert gold["budget"] is None


def test_a_wider_envelope_gives_way_to_this_deals_share(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "孙经理", "集团整体预算两千万，我们仓储这块能分到三百来万"))
    assert budget(gold) == (3000000, 3000000, "CNY")


def test_evidence_is_the_customers_own_words(rules) -> None:  # type: ignore[no-untyped-def]
    from linghang.core.testing.engine_contract import build_conversation

    # given
    conversation = build_conversation(("c", "赵总", "嗯，今年预算80W以内，含实施"))
    # when
    evidence = rules.extract(conversation).budget.evidence
    # then
    assert "80W以内" in evidence.quote
    assert conversation.messages[0].text[evidence.start : evidence.end] == evidence.quote


# A range written with a dash or tilde, the unit only after the second number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预算30-50w", (300000, 500000, "CNY")),
        ("这块大概30~50万", (300000, 500000, "CNY")),
        ("预算三十到五十万", (300000, 500000, "CNY")),
        ("预算30—50W左右", (300000, 500000, "CNY")),
        ("整个项目预算1.2-1.5亿", (120000000, 150000000, "CNY")),
        ("预算30–50万吧", (300000, 500000, "CNY")),
        ("预算30〜50万", (300000, 500000, "CNY")),
        ("预算30～50万", (300000, 500000, "CNY")),
        ("预算在3-5k之间", (3000, 5000, "CNY")),
    ],
)
def test_a_dash_or_tilde_range_gives_both_bounds(extract, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert budget(extract(("c", "赵总", text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "方案3-5天能出来吗",
        "上线周期2-3个月可以接受",
        "实施大概2〜3周",
        "我电话138-1234-5678",
        "座机0571-88886666",
        "2026-03-05那天再聊",
        "先上3-5台试试",
    ],
)
def test_a_dashed_date_count_or_phone_is_not_a_budget(extract, text) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "赵总", text))["budget"] is None


def test_the_reps_dashed_range_is_not_the_budget(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "这类项目一般30-50w"), ("c", "赵总", "好的我们内部看看"))
    assert gold["budget"] is None
