"""The words people use for stages, roles, statuses, currencies and industries.

Every map accepts the stored code, its Chinese label, and the spellings seen in real
exports (the public CRM data set's ``Won``/``Lost``, the demo pack's ``closed_won``).
Keys are compared after ``fields.fold``, so case, width and separators do not matter.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from linghang.crm.choices import DealStage, DecisionRole, LeadStatus
from linghang.crm.importers.fields import FieldInvalid, fold, text


def _with_choices(choices: Any, extra: dict[str, str]) -> dict[str, str]:
    words = {str(code): str(code) for code in choices.values}
    # The Chinese labels are source strings of gettext, so str() gives the Chinese
    # text whatever language is active: match both the label and its translation.
    words |= {str(label): str(code) for code, label in choices.choices}
    return words | extra


DEAL_STAGES = _with_choices(
    DealStage,
    {
        "discovery": "prospecting",
        "qualification": "prospecting",
        "lead": "prospecting",
        "初步接触": "prospecting",
        "潜在": "prospecting",
        "线索": "prospecting",
        "意向": "prospecting",
        "solution_validation": "engaging",
        "needs_analysis": "engaging",
        "engaged": "engaging",
        "需求沟通": "engaging",
        "需求确认": "engaging",
        "需求分析": "engaging",
        "方案验证": "engaging",
        "quote": "proposal",
        "quotation": "proposal",
        "方案报价": "proposal",
        "报价": "proposal",
        "方案": "proposal",
        "contract_review": "negotiation",
        "商务谈判": "negotiation",
        "谈判": "negotiation",
        "合同审核": "negotiation",
        "合同评审": "negotiation",
        "closed_won": "won",
        "win": "won",
        "赢单": "won",
        "成交": "won",
        "已成交": "won",
        "签约": "won",
        "closed_lost": "lost",
        "loss": "lost",
        "输单": "lost",
        "丢单": "lost",
        "失败": "lost",
        "已流失": "lost",
    },
)

DECISION_ROLES = _with_choices(
    DecisionRole,
    {
        "procurement": "purchaser",
        "buyer": "purchaser",
        "采购": "purchaser",
        "拍板人": "decision_maker",
        "决策者": "decision_maker",
        "关键决策人": "decision_maker",
        "预算审批": "economic_buyer",
        "经济决策人": "economic_buyer",
        "技术评估": "technical_evaluator",
        "技术决策人": "technical_evaluator",
        "使用人": "user",
        "最终用户": "user",
        "影响人": "influencer",
        "教练": "champion",
        "内线": "champion",
        "支持者": "champion",
        "守门人": "gatekeeper",
    },
)

LEAD_STATUSES = _with_choices(
    LeadStatus,
    {
        "open": "new",
        "未处理": "new",
        "新建": "new",
        "working": "contacted",
        "跟进中": "contacted",
        "已跟进": "contacted",
        "qualified": "qualified",
        "有效": "qualified",
        "已转化": "converted",
        "转化": "converted",
        "invalid": "disqualified",
        "unqualified": "disqualified",
        "无效线索": "disqualified",
        "已关闭": "disqualified",
    },
)

CURRENCY_WORDS = {
    "人民币": "CNY",
    "rmb": "CNY",
    "元": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "美金": "USD",
    "$": "USD",
    "us$": "USD",
    "欧元": "EUR",
    "€": "EUR",
    "港币": "HKD",
    "港元": "HKD",
    "日元": "JPY",
}

# Industries seen in the data sets, used to repair typos like ``technolgy``.
CANONICAL_INDUSTRIES = (
    "technology",
    "medical",
    "retail",
    "software",
    "marketing",
    "finance",
    "entertainment",
    "telecommunications",
    "services",
    "employment",
    "manufacturing",
    "new_energy",
    "medical_it",
    "saas",
    "education",
    "logistics",
    "energy",
    "government",
    "construction",
    "automotive",
    "healthcare",
    "real_estate",
    "media",
    "agriculture",
)
_FOLDED_INDUSTRIES = {fold(word): word for word in CANONICAL_INDUSTRIES}
INDUSTRY_TYPO_SCORE = 90


def currency(value: Any) -> str:
    """A three-letter code from ``USD``, ``usd``, ``美元``, ``人民币`` and friends."""
    word = text(16)(value)
    code = CURRENCY_WORDS.get(word.lower(), word.upper())
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise FieldInvalid(_("无法识别的币种：%(value)s") % {"value": word})
    return code


def industry(value: Any) -> str:
    """An industry name, with misspelt English codes repaired (``technolgy``)."""
    name = text(80)(value)
    if not name.isascii():
        return name
    exact = _FOLDED_INDUSTRIES.get(fold(name))
    if exact:
        return exact
    from rapidfuzz import fuzz, process

    match = process.extractOne(
        name.lower(), CANONICAL_INDUSTRIES, scorer=fuzz.ratio, score_cutoff=INDUSTRY_TYPO_SCORE
    )
    return match[0] if match else name
