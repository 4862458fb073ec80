"""Error codes the dashboard's actions and API return, as Saleor's ``error_codes.py``."""

from __future__ import annotations

from enum import StrEnum


class GrayItemErrorCode(StrEnum):
    ALREADY_CLOSED = "already_closed"
    INVALID_STATUS = "invalid_status"
    NOT_ALLOWED = "not_allowed"
