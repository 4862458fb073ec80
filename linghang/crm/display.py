"""How CRM facts read to a person: money in 万/亿, budget ranges, signal values.

Pure functions of the records (no queries), shared by pages, the API's labels and the
evidence tooltips, so a budget reads the same everywhere.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from linghang.crm.choices import DecisionRole, IntentLevel
from linghang.crm.highlight import EvidenceSpan
from linghang.crm.models import Signal

Number = int | float | Decimal

_CURRENCY_NAMES_ZH = {"CNY": "元", "RMB": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元"}


def format_money(amount: Number | None, currency: str = "CNY") -> str:
    """500000 → 50万元 in Chinese, CNY 500,000 in English; None → an em dash."""
    if amount is None:
        return "—"
    currency = (currency or "CNY").upper()
    if (get_language() or "zh-hans").startswith("zh"):
        name = _CURRENCY_NAMES_ZH.get(currency, f" {currency}")
        return f"{_compact_zh(float(amount))}{name}"
    return f"{currency} {float(amount):,.0f}"


def _compact_zh(value: float) -> str:
    for size, unit in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= size:
            return f"{round(value / size, 2):g}{unit}"
    return f"{round(value, 2):g}"


def format_budget(low: Number | None, high: Number | None, currency: str = "CNY") -> str:
    """A budget range as people say it: 50万元, 120万–150万元, ≤80万元, ≥30万元."""
    if low is None and high is None:
        return "—"
    if low is None:
        return "≤" + format_money(high, currency)
    if high is None:
        return "≥" + format_money(low, currency)
    if low == high:
        return format_money(low, currency)
    return f"{format_money(low, currency)} – {format_money(high, currency)}"


def display_name(user: Any) -> str:
    """A person as colleagues know them: profile name, full name, then login name."""
    profile = getattr(user, "staff_profile", None)
    return (profile and profile.display_name) or user.get_full_name() or user.get_username()


def describe_value(signal: Signal) -> str:
    """The signal's normalised value in words; the extractor's label when it gave one."""
    if signal.label:
        return signal.label
    value: Any = signal.value
    if signal.kind == "budget" and isinstance(value, dict):
        return format_budget(value.get("min"), value.get("max"), value.get("currency") or "CNY")
    if signal.kind == "intent_level" and value in IntentLevel.values:
        return str(IntentLevel(value).label)
    if isinstance(value, dict):
        return _describe_dict(value)
    return "" if value is None else str(value)


def _describe_dict(value: dict[str, Any]) -> str:
    if "person" in value and value.get("role") in DecisionRole.values:
        return f"{value['person']}（{DecisionRole(value['role']).label}）"
    for key in ("type", "action", "name", "person", "date"):
        if value.get(key):
            return str(value[key])
    return "，".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))


def signal_title(signal: Signal) -> str:
    """The tooltip on an evidence mark: what was extracted, how sure, by which engine."""
    return _("%(kind)s：%(value)s（置信度 %(confidence)s，引擎 %(engine)s）") % {
        "kind": signal.get_kind_display(),
        "value": describe_value(signal),
        "confidence": f"{signal.confidence:.0%}",
        "engine": signal.engine,
    }


def evidence_span(signal: Signal) -> EvidenceSpan | None:
    """The span a signal rests on, or None when it carries no character span."""
    if signal.span_start is None or signal.span_end is None:
        return None
    return EvidenceSpan(
        start=signal.span_start,
        end=signal.span_end,
        ref=str(signal.pk),
        title=signal_title(signal),
        kind=signal.kind,
    )
