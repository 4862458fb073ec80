"""Writes to customer records. Views, tasks and commands call these; nothing else mutates.

Bulk imports live in ``crm.importers`` (they batch their writes); the functions here
handle one record at a time for callers that meet a single name, such as a chat that
mentions a company.
"""

from __future__ import annotations

from django.db import transaction

from linghang.core.chinese import company_key
from linghang.crm.choices import DealStage
from linghang.crm.models import Account, Deal


@transaction.atomic
def get_or_create_account(name: str, industry: str = "") -> Account:
    """The account whose normalised name matches ``name``, created when there is none.

    Matching goes through ``company_key`` so 腾讯科技（深圳）有限公司 and 腾讯科技(深圳)
    are one customer. An existing account keeps its industry unless it has none yet.
    """
    name = name.strip()
    account = Account.objects.filter(name_key=company_key(name)).first()
    if account is None:
        return Account.objects.create(name=name, industry=industry)
    if industry and not account.industry:
        account.industry = industry
        account.save(update_fields=["industry", "updated_at"])
    return account


# Deals the understanding agent opens are named after the account and what it needs.
AUTO_DEAL_TOPIC = "新商机"
BUYING_INTENT = ("high", "medium")


@transaction.atomic
def deal_for_conversation(account: Account, *, intent_level: str, topic: str) -> Deal | None:
    """The deal a conversation with ``account`` belongs to, opened when there is none.

    One open deal: that one. Several: None, because which one is a person's call. None
    open and the customer shows buying intent: a new deal at the engaging stage, in the
    account's unit, so nobody has to type it. No intent: no deal.
    """
    open_deals = list(Deal.objects.filter(account=account).open()[:2])
    if len(open_deals) == 1:
        return open_deals[0]
    if open_deals or intent_level not in BUYING_INTENT:
        return None
    title = f"{account.name} · {topic or AUTO_DEAL_TOPIC}"[:200]
    return Deal.objects.create(
        account=account, unit=account.unit, title=title, stage=DealStage.ENGAGING
    )
