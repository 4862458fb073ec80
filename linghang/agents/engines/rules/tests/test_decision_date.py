"""The customer's decision date (eval README §3.3), on small conversations."""

from __future__ import annotations


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
