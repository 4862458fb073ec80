"""Competitors the customer considers (eval README §3.6), on small conversations."""

from __future__ import annotations


def test_named_alternatives_are_canonical(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "我们也在看Siemens和汇川的方案"))
    assert set(gold["competitors"]) == {"西门子", "汇川技术"}


def test_a_dropped_vendor_is_not_a_competitor(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "金蝶我们用过，不考虑了"), ("c", "周经理", "用友在谈"))
    assert gold["competitors"] == ["用友"]


def test_the_customers_environment_is_not_a_competitor(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "周经理", "我们ERP用的是金蝶，要能对接"))
    assert gold["competitors"] == []


def test_vendors_the_rep_names_do_not_count(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "纷享销客那边报价一般38万起"), ("c", "周经理", "嗯"))
    assert gold["competitors"] == []


def test_latin_names_match_whole_words_only(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "Kevin", "the klassic setup, KLA also quoted"))
    assert gold["competitors"] == ["KLA"]
