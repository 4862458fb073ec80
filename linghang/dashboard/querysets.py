from __future__ import annotations

from django.db import models

from linghang.dashboard.choices import GrayItemStatus
from linghang.units.scope import restrict


class GrayItemQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "account__unit")

    def open(self):  # type: ignore[no-untyped-def]
        return self.filter(status=GrayItemStatus.OPEN)
