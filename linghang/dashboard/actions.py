"""Writes a person makes from the manager board. Views and API handlers call these."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.error_codes import GrayItemErrorCode
from linghang.dashboard.models import GrayItem
from linghang.dashboard.permissions import can_decide

CLOSING_STATUSES = (GrayItemStatus.RESOLVED, GrayItemStatus.DISMISSED)


class GrayItemActionError(Exception):
    """A decision that cannot be recorded; ``code`` says why."""

    def __init__(self, code: GrayItemErrorCode, message: str = "") -> None:
        super().__init__(message or code.value)
        self.code = code


def not_allowed_message() -> str:
    return _("只有作战单元负责人、销售总监或管理员可以处理待判断事项。")


@transaction.atomic
def resolve_gray_item(
    item: GrayItem, user: AbstractBaseUser, status: str, note: str = ""
) -> GrayItem:
    """Close ``item`` as resolved or dismissed by ``user``, recording who, when and why.

    Locks the row first, so two managers deciding at once cannot both win: the
    second gets ``ALREADY_CLOSED``. The caller checks visibility (``visible_to``);
    deciding is checked here too (``can_decide``), so no caller can skip it.
    """
    if not can_decide(user, item):
        raise GrayItemActionError(GrayItemErrorCode.NOT_ALLOWED, not_allowed_message())
    if status not in CLOSING_STATUSES:
        raise GrayItemActionError(
            GrayItemErrorCode.INVALID_STATUS, _("处理结果只能是“已处理”或“已忽略”。")
        )
    locked = GrayItem.objects.select_for_update().get(pk=item.pk)
    if locked.status != GrayItemStatus.OPEN:
        raise GrayItemActionError(GrayItemErrorCode.ALREADY_CLOSED, _("这条事项已被其他人处理。"))
    locked.status = status
    locked.resolved_by = user  # type: ignore[assignment]
    locked.resolved_at = timezone.now()
    locked.resolution_note = note.strip()
    locked.save(
        update_fields=["status", "resolved_by", "resolved_at", "resolution_note", "updated_at"]
    )
    return locked
