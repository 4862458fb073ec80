"""Customer records: accounts, contacts, leads, products, deals and extracted signals.

Records know neither chat formats nor sales reasoning: they are written only by
service functions (``crm.services`` and the agents' roll-up), never by views.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from linghang.core.chinese import company_key
from linghang.core.models import TimeStampedModel
from linghang.crm.choices import DealStage, DecisionRole, IntentLevel, LeadStatus, SignalKind
from linghang.crm.querysets import (
    AccountQuerySet,
    ContactQuerySet,
    DealQuerySet,
    LeadQuerySet,
    SignalQuerySet,
)
from linghang.crm.search import SEARCH_TEXT_LENGTH, deal_search_text


class UnderstoodFacts(models.Model):
    """Facts the understanding agent rolls up from conversations onto a record."""

    intent_level = models.CharField(
        _("意向"), max_length=10, choices=IntentLevel.choices, blank=True
    )
    budget_min = models.BigIntegerField(_("预算下限"), null=True, blank=True)
    budget_max = models.BigIntegerField(_("预算上限"), null=True, blank=True)
    budget_currency = models.CharField(_("预算币种"), max_length=3, blank=True)
    decision_date = models.DateField(_("预计决策日期"), null=True, blank=True)

    class Meta:
        abstract = True


class Account(TimeStampedModel, UnderstoodFacts):
    """A customer company. ``name_key`` is the normalised name used to match duplicates."""

    name = models.CharField(_("客户名称"), max_length=200)
    name_key = models.CharField(_("匹配键"), max_length=200, unique=True, editable=False)
    # The id the customer record has in the system it was imported from (A001 …), so
    # contacts and deals exported with an account id find their account again.
    external_id = models.CharField(_("外部编号"), max_length=80, null=True, blank=True, unique=True)
    industry = models.CharField(_("行业"), max_length=80, blank=True)
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("作战单元"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("母公司"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subsidiaries",
    )
    year_established = models.PositiveSmallIntegerField(_("成立年份"), null=True, blank=True)
    revenue_musd = models.DecimalField(
        _("年收入(百万美元)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    employees = models.PositiveIntegerField(_("员工数"), null=True, blank=True)
    location = models.CharField(_("所在地"), max_length=120, blank=True)

    objects = AccountQuerySet.as_manager()

    class Meta:
        verbose_name = _("客户")
        verbose_name_plural = _("客户")
        ordering = ["name"]
        indexes = [models.Index(fields=["unit", "name"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        old_key, self.name_key = self.name_key, company_key(self.name)
        super().save(*args, **kwargs)
        if old_key and old_key != self.name_key:
            for deal in self.deals.all():  # a rename is rare; keep deal search in step
                deal.save(update_fields=["search_text"])


class Contact(TimeStampedModel):
    """A person on the customer side, with their place in the decision chain."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("姓名"), max_length=120)
    title = models.CharField(_("职务"), max_length=120, blank=True)
    decision_role = models.CharField(
        _("决策链角色"), max_length=24, choices=DecisionRole.choices, blank=True
    )
    phone = models.CharField(_("电话"), max_length=40, blank=True, db_index=True)
    email = models.EmailField(_("邮箱"), blank=True, db_index=True)
    im_id = models.CharField(_("IM账号"), max_length=120, blank=True, db_index=True)

    objects = ContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("联系人")
        verbose_name_plural = _("联系人")
        ordering = ["account", "name"]
        constraints = [
            models.UniqueConstraint(fields=["account", "name"], name="unique_contact_per_account")
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.account}）"


class Lead(TimeStampedModel):
    """A not-yet-qualified prospect. ``external_id`` makes re-imports idempotent."""

    external_id = models.CharField(_("外部编号"), max_length=80, null=True, blank=True, unique=True)
    company = models.CharField(_("公司"), max_length=200)
    contact_name = models.CharField(_("联系人"), max_length=120, blank=True)
    phone = models.CharField(_("电话"), max_length=40, blank=True, db_index=True)
    email = models.EmailField(_("邮箱"), blank=True, db_index=True)
    source = models.CharField(_("来源"), max_length=80, blank=True)
    status = models.CharField(
        _("状态"), max_length=16, choices=LeadStatus.choices, default=LeadStatus.NEW
    )
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("作战单元"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("负责人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads",
    )

    objects = LeadQuerySet.as_manager()

    class Meta:
        verbose_name = _("线索")
        verbose_name_plural = _("线索")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.company


class Product(TimeStampedModel):
    """Something we sell, with its list price."""

    name = models.CharField(_("产品"), max_length=120, unique=True)
    series = models.CharField(_("系列"), max_length=80, blank=True)
    list_price = models.DecimalField(
        _("标准价"), max_digits=14, decimal_places=2, null=True, blank=True
    )

    class Meta:
        verbose_name = _("产品")
        verbose_name_plural = _("产品")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Deal(TimeStampedModel, UnderstoodFacts):
    """An opportunity, worked by one unit, usually with one account.

    Budget and decision date are rolled up from signals. ``account`` may be empty: a
    pipeline export lists early-stage opportunities before the customer is named. The
    deal's ``unit`` (the unit working it, normally its owner's) decides who sees it.
    """

    external_id = models.CharField(_("外部编号"), max_length=80, null=True, blank=True, unique=True)
    account = models.ForeignKey(
        Account,
        verbose_name=_("客户"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deals",
    )
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("作战单元"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deals",
    )
    title = models.CharField(_("商机名称"), max_length=200)
    product = models.ForeignKey(
        Product, verbose_name=_("产品"), null=True, blank=True, on_delete=models.SET_NULL
    )
    stage = models.CharField(
        _("阶段"), max_length=16, choices=DealStage.choices, default=DealStage.PROSPECTING
    )
    amount = models.DecimalField(_("金额"), max_digits=16, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("币种"), max_length=3, default="CNY")
    engaged_on = models.DateField(_("接触日期"), null=True, blank=True)
    expected_close = models.DateField(_("预计成交日期"), null=True, blank=True)
    closed_on = models.DateField(_("关闭日期"), null=True, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("负责人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deals",
    )

    # The title and the account's name key in search form (see core.chinese.search_form):
    # one plain substring match on one column, instead of case-folding a join per row.
    search_text = models.CharField(
        _("搜索文本"), max_length=SEARCH_TEXT_LENGTH, blank=True, editable=False
    )

    objects = DealQuerySet.as_manager()

    class Meta:
        verbose_name = _("商机")
        verbose_name_plural = _("商机")
        ordering = ["-updated_at", "-id"]
        indexes = [
            models.Index(fields=["stage", "-updated_at"]),
            models.Index(fields=["-updated_at", "-id"]),
            models.Index(fields=["owner", "stage"]),
            # Covers "which of this unit's deals are newest, and does the search text
            # match" without reading deal rows: the deal list picks a page of ids from it,
            # then loads just those rows (figures: bench/list_bench.py).
            models.Index(
                fields=["unit", "-updated_at", "-id", "search_text"],
                name="crm_deal_unit_recent",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        account_key = self.account.name_key if self.account_id else ""  # type: ignore[union-attr]
        self.search_text = deal_search_text(self.title, account_key)
        super().save(*args, **kwargs)


class Signal(models.Model):
    """One extracted fact with its evidence: which message, which characters, how sure.

    ``value`` holds the normalised value in the extraction schema's shape (e.g.
    ``{"min": 500000, "max": 500000, "currency": "CNY"}`` for a budget).
    """

    account = models.ForeignKey(
        Account, null=True, blank=True, on_delete=models.CASCADE, related_name="signals"
    )
    conversation = models.ForeignKey(
        "channels.Conversation", on_delete=models.CASCADE, related_name="signals"
    )
    message = models.ForeignKey(
        "channels.Message",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signals",
    )
    kind = models.CharField(_("类型"), max_length=20, choices=SignalKind.choices)
    value = models.JSONField(_("值"))
    label = models.CharField(_("摘要"), max_length=300, blank=True)
    confidence = models.FloatField(_("置信度"), default=0.5)
    engine = models.CharField(_("引擎"), max_length=40)
    span_start = models.PositiveIntegerField(_("证据起点"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("证据终点"), null=True, blank=True)
    created_at = models.DateTimeField(_("提取时间"), auto_now_add=True)

    objects = SignalQuerySet.as_manager()

    class Meta:
        verbose_name = _("信号")
        verbose_name_plural = _("信号")
        ordering = ["conversation", "kind", "id"]
        indexes = [models.Index(fields=["account", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"

    @property
    def evidence_text(self) -> str:
        if self.message is None or self.span_start is None or self.span_end is None:
            return ""
        return self.message.text[self.span_start : self.span_end]
