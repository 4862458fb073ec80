"""``/api/gray-items``: the manager board's items and the decision on each."""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from linghang.dashboard import board
from linghang.dashboard.actions import not_allowed_message, resolve_gray_item
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.error_codes import GrayItemErrorCode
from linghang.dashboard.http import AuthenticatedRequest
from linghang.dashboard.paging import MAX_PAGE, page_payload, peek_page
from linghang.dashboard.permissions import can_decide
from linghang.dashboard.schemas import ErrorOut, GrayItemOut, GrayItemPage, ResolveIn

router = Router(tags=["gray-items"])


@router.get("/gray-items", response=GrayItemPage)
def list_gray_items(
    request: AuthenticatedRequest,
    status: GrayItemStatus = GrayItemStatus.OPEN,
    page: int = Query(1, ge=1, le=MAX_PAGE),
) -> dict[str, Any]:
    return page_payload(peek_page(board.board_items(request.auth, status), page))


@router.post(
    "/gray-items/{item_id}/resolve",
    response={200: GrayItemOut, 403: ErrorOut, 409: ErrorOut, 422: ErrorOut},
)
def resolve(request: AuthenticatedRequest, item_id: int, payload: ResolveIn) -> Any:
    """Resolve or dismiss; 403 for a user who may see but not decide the item. A
    ``GrayItemActionError`` becomes 409/422 in ``linghang.api``."""
    item = get_object_or_404(board.visible_item(request.auth, item_id))
    if not can_decide(request.auth, item):
        body = {"code": GrayItemErrorCode.NOT_ALLOWED.value, "detail": not_allowed_message()}
        return JsonResponse(body, status=403)  # a plain response: no ninja-version quirks
    resolve_gray_item(item, request.auth, payload.status, payload.note)
    return board.visible_item(request.auth, item_id).get()
