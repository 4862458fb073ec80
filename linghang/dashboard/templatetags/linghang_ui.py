"""Template filters shared by every Linghang page: money, budgets, people, percentages,
and whether the viewer may decide a gray item."""

from __future__ import annotations

from typing import Any

from django import template

from linghang.crm import display
from linghang.dashboard.permissions import can_decide

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


@register.filter
def may_decide(user: Any, item: Any) -> bool:
    """``{% if user|may_decide:item %}``: the same rule as the board's view and API."""
    return can_decide(user, item)
