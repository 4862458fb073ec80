"""Relative dates resolved against the message date (eval README §3.3)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linghang.agents.engines.rules.dates import find_dates

MONDAY = dt.date(2026, 3, 2)


def resolve(text: str, anchor: dt.date = MONDAY) -> dt.date | None:
    found = find_dates(text, anchor)
    return found[0].date if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天", "2026-03-02"),
        ("今晚就下单", "2026-03-02"),
        ("明天", "2026-03-03"),
        ("后天", "2026-03-04"),
        ("这周五前", "2026-03-06"),
        ("本周内", "2026-03-06"),
        ("下周三", "2026-03-11"),
        ("下周", "2026-03-13"),
        ("下下周五", "2026-03-20"),
        ("月底前", "2026-03-31"),
        ("这个月", "2026-03-31"),
        ("下个月底", "2026-04-30"),
        ("下月", "2026-04-30"),
        ("五月上旬", "2026-05-10"),
        ("三月中", "2026-03-15"),
        ("六月中旬前", "2026-06-20"),
        ("7月下旬", "2026-07-31"),
        ("9月前", "2026-08-31"),
        ("7月前", "2026-06-30"),
        ("11月底", "2026-11-30"),
        ("Q2", "2026-06-30"),
        ("Q3内", "2026-09-30"),
        ("二季度", "2026-06-30"),
        ("Q3之前", "2026-06-30"),
        ("下个季度之前", "2026-03-31"),
        ("上半年", "2026-06-30"),
        ("下半年", "2026-12-31"),
        ("年底", "2026-12-31"),
        ("年内", "2026-12-31"),
        ("年前", "2027-02-05"),
        ("五一前", "2026-04-30"),
        ("国庆前", "2026-09-30"),
        ("元旦前", "2026-12-31"),
        ("3天内", "2026-03-05"),
        ("两周内", "2026-03-16"),
        ("4月28日", "2026-04-28"),
        ("2026年3月27日14:00", "2026-03-27"),
        ("明年三月份", "2027-03-31"),
    ],
)
def test_resolves_to_the_latest_date_the_phrase_allows(text: str, expected: str) -> None:
    assert resolve(text) == dt.date.fromisoformat(expected)


def test_spring_festival_depends_on_the_year() -> None:
    assert resolve("年前定", dt.date(2025, 12, 9)) == dt.date(2026, 2, 16)


def test_a_bare_weekday_already_past_means_next_week() -> None:
    # said on Friday 2026-03-06
    assert resolve("周四可以", dt.date(2026, 3, 6)) == dt.date(2026, 3, 12)


@pytest.mark.parametrize("text", ["节后再说", "回头再看", "过段时间", "3号线停了", "两年前买的"])
def test_vague_or_non_date_phrases_resolve_to_nothing(text: str) -> None:
    assert find_dates(text, MONDAY) == []


FUTURE_PHRASES = [
    "明天",
    "后天",
    "下周三",
    "下周",
    "月底",
    "下个月底",
    "年底",
    "年内",
    "下半年",
    "年前",
    "下个季度",
    "两周内",
    "10天内",
    "国庆前",
    "元旦前",
]


@given(
    st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2035, 12, 1)),
    st.sampled_from(FUTURE_PHRASES),
)
def test_future_phrases_never_resolve_before_the_message(anchor: dt.date, phrase: str) -> None:
    resolved = resolve(phrase, anchor)
    assert resolved is not None and resolved >= anchor


@given(
    st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2035, 12, 1)),
    st.integers(min_value=1, max_value=12),
)
def test_month_end_phrases_land_on_a_month_end(anchor: dt.date, month: int) -> None:
    resolved = resolve(f"{month}月底", anchor)
    assert resolved is not None and resolved.month == month
    assert (resolved + dt.timedelta(days=1)).day == 1
