"""Reads for CRM records. Every list a person sees starts with ``visible_to(user)``."""

from __future__ import annotations

from django.db import models

from linghang.core.chinese import company_key, search_form
from linghang.crm.choices import DealStage
from linghang.units.scope import restrict


class AccountQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "unit")

    def search(self, text: str):  # type: ignore[no-untyped-def]
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(name__icontains=text) | models.Q(name_key__contains=company_key(text))
        )


class ContactQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "account__unit")


class LeadQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "unit")


class DealQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        # The unit working the deal, not its account's: a deal may have no account yet,
        # and another unit's rep may sell to the same customer.
        return restrict(self, user, "unit")

    def open(self):  # type: ignore[no-untyped-def]
        return self.filter(stage__in=DealStage.open_stages())

    def search(self, text: str):  # type: ignore[no-untyped-def]
        text = text.strip()
        if not text:
            return self
        needles = {search_form(text), company_key(text)} - {""}
        condition = models.Q()
        for needle in needles:
            condition |= models.Q(search_text__contains=needle)
        return self.filter(condition)


class SignalQuerySet(models.QuerySet):
    def visible_to(self, user):  # type: ignore[no-untyped-def]
        return restrict(self, user, "account__unit")
