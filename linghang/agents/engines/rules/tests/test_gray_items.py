"""Gray items inside one conversation (eval README §3.10)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("采购这块换成集团统一采购了", "purchasing_lead_changed"),
        ("范围可能要增加两个车间", "scope_change"),
        ("签字要等他回来，他这两个月都在国外", "decision_maker_unreachable"),
        ("后面的对接人还没定", "other"),
    ],
)
def test_each_kind(extract, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in {g["type"] for g in extract(("c", "周经理", text))["gray_items"]}


def test_a_senior_person_overriding_the_budget_is_a_conflict(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "小张（市场部）", "我们这边预算30万"), ("c", "周总", "最多15万，多了不批"))
    assert gold["budget"] == {"min": None, "max": 150000, "currency": "CNY"}
    assert [g["type"] for g in gold["gray_items"]] == ["conflicting_info"]


def test_an_unchanged_scope_is_not_a_change(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "周经理", "范围不变，价格再看看"))["gray_items"] == []
