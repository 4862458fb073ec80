"""Chinese money expressions (eval README §3.2): table tests and round-trip properties."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from linghang.agents.engines.rules.money import find_money
from linghang.agents.engines.rules.numerals import parse_number


def only(text: str) -> tuple[int | None, int | None, str]:
    found = find_money(text)
    assert len(found) == 1, found
    return found[0].low, found[0].high, found[0].currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("预算五十万", (500000, 500000, "CNY")),
        ("大概五十来万吧", (500000, 500000, "CNY")),
        ("一百万出头", (1000000, 1000000, "CNY")),
        ("80W以内", (None, 800000, "CNY")),
        ("一百二到一百五十万", (1200000, 1500000, "CNY")),
        ("七八十万", (700000, 800000, "CNY")),
        ("六七百万", (6000000, 7000000, "CNY")),
        ("二三十万能接受", (200000, 300000, "CNY")),
        ("3.5k", (3500, 3500, "CNY")),
        ("一年不超过20个", (None, 200000, "CNY")),
        ("三十个以内一台", (None, 300000, "CNY")),
        ("30万美金以内", (None, 300000, "USD")),
        ("大约8万欧元", (80000, 80000, "EUR")),
        ("$120k", (120000, 120000, "USD")),
        ("控制价为人民币壹佰捌拾万元整", (None, 1800000, "CNY")),
        ("最高限价126万元", (None, 1260000, "CNY")),
        ("每台月租不超过一万二", (None, 12000, "CNY")),
        ("50万起", (500000, None, "CNY")),
        ("至少两百万", (2000000, None, "CNY")),
        ("20-30万", (200000, 300000, "CNY")),
        ("六万块左右", (60000, 60000, "CNY")),
    ],
)
def test_reads_the_amount(text: str, expected: tuple[int | None, int | None, str]) -> None:
    # given a money expression / when it is read / then bounds and currency are right
    assert only(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "大几十万",
        "六位数",
        "几百万的项目",
        "面积约2.4万平方米",
        "一天十万件",
        "两个工位",
        "9个月",
        "涨了15%",
        "2026-03-02",
        "1516-3那个CPU",
        "万一出问题",
        "一个月工资七千多",
        "十几万吧",
    ],
)
def test_ignores_what_is_not_a_figure(text: str) -> None:
    assert find_money(text) == []


def test_span_covers_the_expression_and_its_modifier() -> None:
    # given
    text = "郭总说80W以内 包括实施"
    # when
    money = find_money(text)[0]
    # then
    assert text[money.start : money.end] == "80W以内"


@given(st.integers(min_value=1, max_value=9_999))
def test_any_chinese_integer_wan_round_trips(n: int) -> None:
    # given N万 written in Chinese numerals (from 一万万 on people write 亿)
    text = cn2an.an2cn(n) + "万"
    # when / then
    assert only(text)[:2] == (n * 10_000, n * 10_000)


@given(st.integers(min_value=1, max_value=99_999))
def test_any_arabic_integer_wan_round_trips(n: int) -> None:
    assert only(f"预算{n}万")[:2] == (n * 10_000, n * 10_000)


@given(st.integers(min_value=2, max_value=99_999))
def test_a_cap_never_has_a_lower_bound(n: int) -> None:
    low, high, _ = only(f"不超过{n}万")
    assert low is None and high == n * 10_000


@given(st.integers(min_value=1, max_value=8), st.sampled_from(["十", "百"]))
def test_neighbouring_digits_make_a_range(first: int, unit: str) -> None:
    # 七八十 = 70-80, 六七百 = 600-700
    digits = "一二三四五六七八九"
    low, high = parse_number(digits[first - 1] + digits[first] + unit) or (0, 0)
    scale = 10 if unit == "十" else 100
    assert (low, high) == (first * scale, (first + 1) * scale)
