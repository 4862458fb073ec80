"""API shapes for the manager board's gray items."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ninja import Schema

from linghang.crm.display import display_name
from linghang.crm.schemas import SignalOut
from linghang.dashboard.models import GrayItem


class GrayItemOut(Schema):
    """A gray item with the signals on each side as its evidence."""

    id: int
    kind: str
    status: str
    summary: str
    account_id: int
    account_name: str
    deal_id: int | None
    created_at: datetime
    resolved_by: str | None
    resolved_at: datetime | None
    resolution_note: str
    evidence: list[SignalOut]

    @staticmethod
    def resolve_account_name(obj: GrayItem) -> str:
        return obj.account.name

    @staticmethod
    def resolve_resolved_by(obj: GrayItem) -> str | None:
        return display_name(obj.resolved_by) if obj.resolved_by else None

    @staticmethod
    def resolve_evidence(obj: GrayItem) -> list[Any]:
        return list(obj.evidence.all())


class GrayItemPage(Schema):
    items: list[GrayItemOut]
    page: int
    next_page: int | None


class ResolveIn(Schema):
    status: Literal["resolved", "dismissed"]
    note: str = ""


class ErrorOut(Schema):
    code: str
    detail: str
