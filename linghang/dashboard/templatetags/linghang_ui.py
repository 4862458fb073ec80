"""Template filters shared by every Linghang page: money, budgets, people, percentages."""

from __future__ import annotations

from typing import Any

from django import template

from linghang.crm import display

register = template.Library()


@register.filter
def money(amount: Any, currency: str = "CNY") -> str:
    return display.format_money(amount, currency)


@register.simple_tag
def budget(low: Any, high: Any, currency: str = "CNY") -> str:
    return display.format_budget(low, high, currency or "CNY")


@register.filter
def person(user: Any) -> str:
    return display.display_name(user) if user else "—"


@register.filter
def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
