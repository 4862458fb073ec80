"""Combat units (作战单元), who belongs to them, and each person's role."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from linghang.core.models import TimeStampedModel
from linghang.units.choices import Role


class Unit(TimeStampedModel):
    """A cross-role team of 4-7 people that owns a set of accounts."""

    name = models.CharField(_("名称"), max_length=120, unique=True)
    region = models.CharField(_("区域"), max_length=80, blank=True, db_index=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="units", blank=True
    )

    class Meta:
        verbose_name = _("作战单元")
        verbose_name_plural = _("作战单元")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(TimeStampedModel):
    """A person's seat in a unit; ``is_lead`` marks the unit lead."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    is_lead = models.BooleanField(_("负责人"), default=False)

    class Meta:
        verbose_name = _("单元成员")
        verbose_name_plural = _("单元成员")
        constraints = [models.UniqueConstraint(fields=["unit", "user"], name="unique_unit_member")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.unit}"


class StaffProfile(TimeStampedModel):
    """A person's role and, for a director, the region they oversee."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices, default=Role.REP)
    region = models.CharField(_("负责区域"), max_length=80, blank=True)
    display_name = models.CharField(_("显示名"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("员工档案")
        verbose_name_plural = _("员工档案")

    def __str__(self) -> str:
        return f"{self.display_name or self.user} ({self.get_role_display()})"
