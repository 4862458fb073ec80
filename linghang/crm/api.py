"""``/api/accounts`` and ``/api/deals``: the same reads as the pages, as JSON."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Query, Router

from linghang.crm.choices import DealStage
from linghang.crm.models import Account, Deal
from linghang.crm.schemas import AccountDetailOut, AccountPage, DealPage
from linghang.dashboard.http import AuthenticatedRequest
from linghang.dashboard.paging import MAX_PAGE, page_payload, peek_page

router = Router(tags=["crm"])
PageNumber = Query(1, ge=1, le=MAX_PAGE)


@router.get("/accounts", response=AccountPage)
def list_accounts(
    request: AuthenticatedRequest, q: str = "", page: int = PageNumber
) -> dict[str, Any]:
    accounts = (
        Account.objects.visible_to(request.auth)
        .select_related("unit")
        .search(q)
        .order_by("name", "id")
    )
    return page_payload(peek_page(accounts, page))


@router.get("/accounts/{account_id}", response=AccountDetailOut)
def get_account(request: AuthenticatedRequest, account_id: int) -> Account:
    return get_object_or_404(
        Account.objects.visible_to(request.auth).select_related("unit"), pk=account_id
    )


@router.get("/deals", response=DealPage)
def list_deals(
    request: AuthenticatedRequest,
    q: str = "",
    stage: DealStage | None = None,
    page: int = PageNumber,
) -> dict[str, Any]:
    deals = (
        Deal.objects.visible_to(request.auth)
        .select_related("account", "unit", "owner__staff_profile", "product")
        .search(q)
        .order_by("-updated_at", "-id")
    )
    if stage:
        deals = deals.filter(stage=stage)
    return page_payload(peek_page(deals, page))
