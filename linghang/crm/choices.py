from django.db import models
from django.utils.translation import gettext_lazy as _


class DecisionRole(models.TextChoices):
    """A contact's place in the buyer's decision chain (the eval schema's roles)."""

    DECISION_MAKER = "decision_maker", _("决策人")
    ECONOMIC_BUYER = "economic_buyer", _("预算审批人")
    TECHNICAL_EVALUATOR = "technical_evaluator", _("技术评估人")
    USER = "user", _("使用者")
    PURCHASER = "purchaser", _("采购")
    INFLUENCER = "influencer", _("影响者")
    GATEKEEPER = "gatekeeper", _("把关人")
    CHAMPION = "champion", _("内部支持者")


class DealStage(models.TextChoices):
    PROSPECTING = "prospecting", _("初步接触")
    ENGAGING = "engaging", _("需求沟通")
    PROPOSAL = "proposal", _("方案报价")
    NEGOTIATION = "negotiation", _("商务谈判")
    WON = "won", _("赢单")
    LOST = "lost", _("输单")

    @classmethod
    def open_stages(cls) -> list[str]:
        return [cls.PROSPECTING, cls.ENGAGING, cls.PROPOSAL, cls.NEGOTIATION]


class IntentLevel(models.TextChoices):
    HIGH = "high", _("高")
    MEDIUM = "medium", _("中")
    LOW = "low", _("低")
    NONE = "none", _("无意向")


class LeadStatus(models.TextChoices):
    NEW = "new", _("新线索")
    CONTACTED = "contacted", _("已联系")
    QUALIFIED = "qualified", _("已确认")
    CONVERTED = "converted", _("已转化")
    DISQUALIFIED = "disqualified", _("无效")


class SignalKind(models.TextChoices):
    """One per field of the extraction schema."""

    INTENT = "intent_level", _("意向")
    BUDGET = "budget", _("预算")
    DECISION_DATE = "decision_date", _("决策时间")
    DECISION_CHAIN = "decision_chain", _("决策链")
    OBJECTION = "objections", _("异议")
    COMPETITOR = "competitors", _("竞品")
    NEED = "needs", _("需求")
    NEXT_STEP = "next_steps", _("下一步")
    TRIGGER = "triggers", _("触发事件")
    GRAY_ITEM = "gray_items", _("待判断")
