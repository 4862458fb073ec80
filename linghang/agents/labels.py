"""Short human labels for stored signals, the value without its kind: ≤42万,
刘院长 · 决策人, 价格."""

from __future__ import annotations

from django.utils.translation import gettext as _

from linghang.agents.schema import BudgetValue, ChainPerson, Extracted, NextStep


def _role(role: str) -> str:
    return {
        "decision_maker": _("决策人"),
        "economic_buyer": _("预算审批人"),
        "technical_evaluator": _("技术评估人"),
        "user": _("使用者"),
        "purchaser": _("采购"),
        "influencer": _("影响者"),
        "gatekeeper": _("把关人"),
        "champion": _("内部支持者"),
    }.get(role, role)


def _objection(kind: str) -> str:
    return {
        "price": _("价格"),
        "implementation_risk": _("实施风险"),
        "compatibility": _("兼容性"),
        "timing": _("时机"),
        "competitor_preference": _("倾向竞品"),
        "trust": _("信任"),
        "security_compliance": _("安全合规"),
        "roi_unclear": _("回报不明"),
        "internal_politics": _("内部分歧"),
    }.get(kind, kind)


def _trigger(kind: str) -> str:
    return {
        "production_line_down": _("产线停机"),
        "quality_incident": _("质量事故"),
        "contract_renewal": _("合同续约"),
        "budget_approved": _("预算获批"),
        "tender_announced": _("招标公告"),
        "key_person_change": _("关键人变更"),
        "price_request": _("询价"),
        "case_request": _("要案例"),
        "demo_request": _("要演示"),
        "trial_request": _("要试用"),
    }.get(kind, kind)


def _gray(kind: str) -> str:
    return {
        "purchasing_lead_changed": _("采购对接人变更"),
        "conflicting_info": _("信息冲突"),
        "decision_maker_unreachable": _("决策人联系不上"),
        "scope_change": _("范围变更"),
        "other": _("其他风险"),
    }.get(kind, kind)


def money(amount: int, currency: str = "CNY") -> str:
    """500000 → 50万; 1260000 → 126万; 3500 → 3500."""
    text = f"{amount / 10_000:g}万" if amount >= 10_000 else str(amount)
    return text if currency == "CNY" else f"{text} {currency}"


def budget_text(budget: BudgetValue) -> str:
    low, high, cur = budget.min, budget.max, budget.currency
    if low is not None and high is not None:
        return money(low, cur) if low == high else f"{money(low, cur)}–{money(high, cur)}"
    if high is not None:
        return f"≤{money(high, cur)}"
    return f"≥{money(low or 0, cur)}"


def label_for(kind: str, value: Extracted) -> str:
    """The label stored on a Signal of ``kind`` for ``value``: the value alone.

    Every page shows the kind beside the label (预算：≤42万, the 决策链 group), so
    the label repeating it read "预算：预算 ≤42万".
    """
    match kind:
        case "intent_level":
            level = getattr(value, "level", "")
            names = {"high": _("高"), "medium": _("中"), "low": _("低"), "none": _("无意向")}
            return str(names.get(level, level))
        case "budget":
            assert isinstance(value, BudgetValue)
            return budget_text(value)
        case "decision_date":
            return str(getattr(value, "date", ""))
        case "decision_chain":
            assert isinstance(value, ChainPerson)
            return f"{value.person} · {_role(value.role)}"
        case "objections":
            return _objection(getattr(value, "type", ""))
        case "competitors":
            return str(getattr(value, "name", ""))
        case "needs":
            return str(getattr(value, "phrase", ""))
        case "next_steps":
            assert isinstance(value, NextStep)
            who = _("我方") if value.owner == "rep" else _("客户")
            due = f"，{value.due}" if value.due else ""
            return f"{value.action}（{who}{due}）"
        case "triggers":
            return _trigger(getattr(value, "kind", ""))
        case "gray_items":
            return _gray(getattr(value, "type", ""))
    return kind
