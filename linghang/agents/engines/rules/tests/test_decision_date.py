"""The customer's decision date (eval README §3.3), on small conversations."""

from __future__ import annotations

import pytest


def test_a_decision_phrase_with_a_relative_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "刘总", "下个月底前把供应商定下来"), day="2026-03-02")
    assert gold["decision_date"] == "2026-04-30"


def test_a_go_live_deadline_is_not_a_decision_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "刘总", "国庆前必须上线"), day="2026-03-02")
    assert gold["decision_date"] is None


def test_the_latest_statement_wins(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(
        ("c", "刘总", "争取月底前定"),
        ("c", "刘总", "不好意思，要推到Q3之前签合同"),
        day="2026-03-02",
    )
    assert gold["decision_date"] == "2026-06-30"


def test_the_rep_cannot_set_the_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("r", "小王", "您这边月底能定吗"), ("c", "刘总", "再看吧"), day="2026-03-02")
    assert gold["decision_date"] is None


def test_vague_timing_gives_no_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "刘总", "节后再定吧"), day="2026-03-02")
    assert gold["decision_date"] is None


def test_a_date_not_yet_decided_is_no_date(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "刘总", "明年预算还没定"), day="2026-11-02")
    assert gold["decision_date"] is None


# N月M号之前 / N月M日前 with a decision, signing or purchase verb: that very day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9月15号之前定下来", "2026-09-15"),
        ("9月15号之前签合同", "2026-09-15"),
        ("9月15日前签", "2026-09-15"),
        ("9月15日前采购", "2026-09-15"),
        ("9月15号前要把设备买了", "2026-09-15"),
        ("10月8号之前确定供应商", "2026-10-08"),
        ("4月20号前下单", "2026-04-20"),
    ],
)
def test_a_day_deadline_for_a_decision(extract, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "刘总", text), day="2026-03-02")["decision_date"] == expected


# Go-live and deployment deadlines are not decision dates (README §3.3).
@pytest.mark.parametrize(
    "text",
    [
        "9月15号之前上线",
        "9月15日前必须用起来",
        "9月15号前采购的设备要上线",
        "9月15号之前交付",
        "目前采购部9月15号有个会",
    ],
)
def test_a_day_deadline_for_something_else(extract, text) -> None:  # type: ignore[no-untyped-def]
    assert extract(("c", "刘总", text), day="2026-03-02")["decision_date"] is None
