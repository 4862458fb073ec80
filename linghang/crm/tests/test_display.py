"""Money, budgets and signal values as people read them, in Chinese and English."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation

from linghang.crm.display import format_budget, format_money


@pytest.mark.parametrize(
    ("amount", "currency", "zh", "en"),
    [
        (500000, "CNY", "50万元", "CNY 500,000"),
        (Decimal("1234567.00"), "CNY", "123.46万元", "CNY 1,234,567"),
        (150_000_000, "CNY", "1.5亿元", "CNY 150,000,000"),
        (3500, "cny", "3500元", "CNY 3,500"),
        (300000, "USD", "30万美元", "USD 300,000"),
        (80000, "JPY", "8万 JPY", "JPY 80,000"),
        (None, "CNY", "—", "—"),
    ],
)
def test_format_money(amount, currency, zh, en):
    # when / then
    with translation.override("zh-hans"):
        assert format_money(amount, currency) == zh
    with translation.override("en"):
        assert format_money(amount, currency) == en


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (500000, 500000, "50万元"),
        (1200000, 1500000, "120万元 – 150万元"),
        (None, 800000, "≤80万元"),
        (300000, None, "≥30万元"),
        (None, None, "—"),
    ],
)
def test_format_budget(low, high, expected):
    # when / then
    with translation.override("zh-hans"):
        assert format_budget(low, high) == expected
