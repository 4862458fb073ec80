"""Intent level (eval README §3.1)."""

from __future__ import annotations


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
