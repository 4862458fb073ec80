"""Writes to customer records. Views, tasks and commands call these; nothing else mutates.

Bulk imports live in ``crm.importers`` (they batch their writes); the functions here
handle one record at a time for callers that meet a single name, such as a chat that
mentions a company.
"""

from __future__ import annotations

from django.db import transaction

from linghang.core.chinese import company_key
from linghang.crm.models import Account


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
