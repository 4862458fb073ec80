"""The manager board: open gray items and the decision on each, and the closed ones."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from linghang.dashboard import board
from linghang.dashboard.actions import (
    GrayItemActionError,
    not_allowed_message,
    resolve_gray_item,
)
from linghang.dashboard.forms import ResolveGrayItemForm
from linghang.dashboard.htmx import htmx_partial
from linghang.dashboard.http import AuthenticatedRequest
from linghang.dashboard.paging import parse_page_number, peek_page
from linghang.dashboard.permissions import can_decide

CLOSED_TAB = "closed"


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    """The open items (``?status=closed``: the resolved and dismissed ones)."""
    closed = request.GET.get("status") == CLOSED_TAB
    items = board.closed_items(request.user) if closed else board.board_items(request.user)
    page = peek_page(items, parse_page_number(request.GET.get("page")))
    cards = [board.item_card(item) for item in page.items]
    return render(
        request, "dashboard/board.html", {"page": page, "cards": cards, "closed_tab": closed}
    )


@login_required
@require_POST
def resolve(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(board.visible_item(request.user, pk))
    if not can_decide(request.user, item):
        raise PermissionDenied(not_allowed_message())
    form = ResolveGrayItemForm(request.POST)
    error = ""
    if not form.is_valid():
        error = _("请选择处理结果。")
    else:
        try:
            resolve_gray_item(
                item, request.user, form.cleaned_data["status"], form.cleaned_data["note"]
            )
        except GrayItemActionError as action_error:
            error = str(action_error)
    if htmx_partial(request):
        item = board.visible_item(request.user, pk).get()  # as it is now, evidence included
        context = {"card": board.item_card(item), "error": error}
        return render(request, "dashboard/partials/_gray_item.html", context)
    (messages.error if error else messages.success)(request, error or _("已记录处理结果。"))
    return redirect("dashboard:home")
