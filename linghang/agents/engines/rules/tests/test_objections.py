"""Objections by type (eval README §3.5), on small conversations."""

from __future__ import annotations

import pytest


def types(gold):  # type: ignore[no-untyped-def]
    return {o["type"] for o in gold["objections"]}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("说实话你们比同行贵了不少", "price"),
        ("切换的时候仓库不能停，这个最怕", "implementation_risk"),
        ("要能跟我们的用友U8对接，不然没法用", "compatibility"),
        ("最近在搬厂，没时间弄这个", "timing"),
        ("国产的我们心里没底", "trust"),
        ("客户数据不能出境，这是红线", "security_compliance"),
        ("投这么多钱，多久能回本", "roi_unclear"),
        ("车间主任不太愿意，觉得增加工作量", "internal_politics"),
    ],
)
def test_each_type(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types(extract(("c", "周经理", text)))


def test_a_complaint_about_a_rival_is_not_our_price_objection(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "西门子的我们也问了，就是太贵"))
    assert "price" not in types(gold)


def test_the_rep_cannot_raise_an_objection(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "您是不是担心价格太贵"), ("c", "周经理", "嗯再说"))
    assert gold["objections"] == []


def test_evidence_is_a_customer_quote(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "还行，不过主要担心跟现在的MES接口打不通"))
    assert gold["objections"][0]["evidence"] == "不过主要担心跟现在的MES接口打不通"
