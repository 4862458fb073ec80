from __future__ import annotations

from django.db import models

from linghang.units.scope import restrict


class ConversationQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "account__unit")


class MessageQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "conversation__account__unit")
