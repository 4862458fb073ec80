"""The manager board: open gray items and the decision on each."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from linghang.dashboard import board
from linghang.dashboard.actions import GrayItemActionError, resolve_gray_item
from linghang.dashboard.forms import ResolveGrayItemForm
from linghang.dashboard.htmx import htmx_partial
from linghang.dashboard.http import AuthenticatedRequest
from linghang.dashboard.paging import parse_page_number, peek_page


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    page = peek_page(board.board_items(request.user), parse_page_number(request.GET.get("page")))
    cards = [board.item_card(item) for item in page.items]
    return render(request, "dashboard/board.html", {"page": page, "cards": cards})


@login_required
@require_POST
def resolve(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(board.visible_item(request.user, pk))
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
