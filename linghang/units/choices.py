from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What a person may see: a rep and a unit lead see their units, a director a region."""

    REP = "rep", _("销售代表")
    UNIT_LEAD = "unit_lead", _("作战单元负责人")
    DIRECTOR = "director", _("销售总监")
    ADMIN = "admin", _("管理员")
