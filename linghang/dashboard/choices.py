from django.db import models
from django.utils.translation import gettext_lazy as _


class GrayItemKind(models.TextChoices):
    """Situations a manager must judge; the decision-layer issue adds detectors for each."""

    CONFLICTING_BUDGET = "conflicting_budget", _("预算信息冲突")


class GrayItemStatus(models.TextChoices):
    OPEN = "open", _("待处理")
    RESOLVED = "resolved", _("已处理")
    DISMISSED = "dismissed", _("已忽略")
