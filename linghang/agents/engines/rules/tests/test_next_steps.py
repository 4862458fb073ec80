"""Commitments with owner, action and due date (eval README §3.8)."""

from __future__ import annotations


def test_a_rep_promise_with_a_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "好的！这周五前把方案和报价发您"), day="2026-03-02")
    assert gold["next_steps"] == [{"owner": "rep", "action": "发送方案和报价", "due": "2026-03-06"}]


def test_a_customer_commitment(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "下周二我约财务一起过一下方案"), day="2026-03-02")
    step = gold["next_steps"][0]
    assert step["owner"] == "customer" and "约财务" in step["action"]
    assert step["due"] == "2026-03-10"


def test_a_customer_asking_the_vendor_makes_a_rep_step(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "报价单明天发我"), day="2026-03-02")
    assert gold["next_steps"][0]["owner"] == "rep"


def test_politeness_is_not_a_step(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "有需要我联系你"), ("r", "小王", "好的，谢谢周经理"))
    assert gold["next_steps"] == []
