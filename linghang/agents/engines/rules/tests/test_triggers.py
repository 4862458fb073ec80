"""Buying signals and events (eval README §3.9), on small conversations."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("3号机台昨晚挂了，线停了", "production_line_down"),
        ("上周客户投诉，有一批漏检了", "quality_incident"),
        ("现在那家的合同六月到期", "contract_renewal"),
        ("好消息，预算已经批了", "budget_approved"),
        ("招标公告已经挂网了，你们关注下", "tender_announced"),
        ("原来的对接人离职了，后面我来负责", "key_person_change"),
        ("报个价给我", "price_request"),
        ("有没有同行业的案例发我看看", "case_request"),
        ("能不能约个时间演示一下", "demo_request"),
        ("能不能先试用一个月", "trial_request"),
    ],
)
def test_each_trigger(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in extract(("c", "周经理", text))["triggers"]


def test_a_declined_trial_is_not_a_request(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "周经理", "试用暂时不需要"))["triggers"] == []


def test_an_accepted_offer_counts_as_the_customers_request(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "我们可以安排您去现场参观一下"), ("c", "周经理", "可以，安排一下"))
    assert gold["triggers"] == ["case_request"]
