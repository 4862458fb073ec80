"""The manager board: gray items that need a human's judgement."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from linghang.core.models import TimeStampedModel
from linghang.dashboard.choices import GrayItemKind, GrayItemStatus
from linghang.dashboard.querysets import GrayItemQuerySet


class GrayItem(TimeStampedModel):
    """A situation the system cannot settle alone, with the evidence on each side.

    ``dedup_key`` names the situation (kind + account + the facts involved), so the
    same situation is raised once however often extraction re-runs.
    """

    kind = models.CharField(_("类型"), max_length=40, choices=GrayItemKind.choices)
    status = models.CharField(
        _("状态"), max_length=12, choices=GrayItemStatus.choices, default=GrayItemStatus.OPEN
    )
    dedup_key = models.CharField(_("去重键"), max_length=255, unique=True)
    account = models.ForeignKey("crm.Account", on_delete=models.CASCADE, related_name="gray_items")
    deal = models.ForeignKey(
        "crm.Deal", null=True, blank=True, on_delete=models.SET_NULL, related_name="gray_items"
    )
    summary = models.CharField(_("摘要"), max_length=300)
    evidence = models.ManyToManyField("crm.Signal", related_name="gray_items", blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(_("处理时间"), null=True, blank=True)
    resolution_note = models.TextField(_("处理说明"), blank=True)

    objects = GrayItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("待判断事项")
        verbose_name_plural = _("待判断事项")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self) -> str:
        return self.summary
