"""Account and deal pages. Views only read: visibility via ``visible_to``, display
via ``crm.timeline``; they never write records."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from linghang.channels.models import Conversation, Message
from linghang.crm import timeline
from linghang.crm.forms import DealFilterForm, SearchForm
from linghang.crm.models import Account, Deal
from linghang.dashboard.htmx import render_page
from linghang.dashboard.http import AuthenticatedRequest
from linghang.dashboard.models import GrayItem
from linghang.dashboard.paging import parse_page_number, peek_page


@login_required
def account_list(request: AuthenticatedRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    accounts = (
        Account.objects.visible_to(request.user)
        .select_related("unit")
        .search(q)
        .order_by("name", "id")
    )
    page = peek_page(accounts, parse_page_number(request.GET.get("page")))
    context = {"form": form, "q": q, "page": page}
    return render_page(
        request, "crm/account_list.html", "crm/partials/_account_table.html", context
    )


@login_required
def account_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    account = get_object_or_404(
        Account.objects.visible_to(request.user).select_related("unit"), pk=pk
    )
    context = {
        "account": account,
        "contacts": account.contacts.order_by("decision_role", "name"),
        # Other units may sell to the same customer; their deals stay theirs.
        "deals": account.deals.visible_to(request.user).select_related(
            "owner__staff_profile", "product"
        ),
        "gray_items": GrayItem.objects.filter(account=account).open().select_related("account"),
        "signal_groups": timeline.account_signals(account),
        "conversations": timeline.account_timeline(account),
        "more_conversations": timeline.has_more_conversations(account),
        "max_conversations": timeline.MAX_CONVERSATIONS,
    }
    return render(request, "crm/account_detail.html", context)


@login_required
def conversation_messages(
    request: AuthenticatedRequest, pk: int, conversation_pk: int
) -> HttpResponse:
    """Earlier messages of one conversation: a fragment for htmx, a page otherwise."""
    account = get_object_or_404(Account.objects.visible_to(request.user), pk=pk)
    conversation = get_object_or_404(Conversation, pk=conversation_pk, account=account)
    before_id = request.GET.get("before", "")
    before = (
        get_object_or_404(Message, pk=int(before_id), conversation=conversation)
        if before_id.isdigit()
        else None
    )
    thread = timeline.earlier_messages(conversation, before)
    context = {"account": account, "thread": thread}
    return render_page(
        request, "crm/conversation_messages.html", "crm/partials/_earlier_messages.html", context
    )


@login_required
def deal_list(request: AuthenticatedRequest) -> HttpResponse:
    form = DealFilterForm(request.GET, user=request.user)
    filters = form.filters()
    deals = (
        Deal.objects.visible_to(request.user)
        .select_related("account", "owner__staff_profile", "product")
        .search(str(filters.get("q", "")))
        .order_by("-updated_at", "-id")
    )
    if "stage" in filters:
        deals = deals.filter(stage=filters["stage"])
    if "owner" in filters:
        deals = deals.filter(owner=filters["owner"])
    page = peek_page(deals, parse_page_number(request.GET.get("page")))
    context = {"form": form, "page": page, "filtered": bool(filters)}
    return render_page(request, "crm/deal_list.html", "crm/partials/_deal_table.html", context)
