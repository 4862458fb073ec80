"""API shapes for accounts, deals and signals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ninja import Schema

from linghang.crm.display import display_name
from linghang.crm.models import Account, Deal, Signal
from linghang.crm.timeline import account_signals_queryset


class SignalOut(Schema):
    """An extracted fact with its evidence: the message it came from and the quoted text."""

    id: int
    kind: str
    value: Any
    label: str
    confidence: float
    engine: str
    conversation_id: int
    conversation_title: str
    channel: str
    message_id: int | None
    sender: str | None
    ts: datetime | None
    span_start: int | None
    span_end: int | None
    evidence: str

    @staticmethod
    def resolve_conversation_title(obj: Signal) -> str:
        return str(obj.conversation)

    @staticmethod
    def resolve_channel(obj: Signal) -> str:
        return obj.conversation.channel

    @staticmethod
    def resolve_sender(obj: Signal) -> str | None:
        return obj.message.sender if obj.message else None

    @staticmethod
    def resolve_ts(obj: Signal) -> datetime | None:
        return obj.message.ts if obj.message else None

    @staticmethod
    def resolve_evidence(obj: Signal) -> str:
        return obj.evidence_text


class ContactOut(Schema):
    id: int
    name: str
    title: str
    decision_role: str


class AccountOut(Schema):
    id: int
    name: str
    industry: str
    location: str
    unit: str | None
    intent_level: str
    budget_min: int | None
    budget_max: int | None
    budget_currency: str
    decision_date: date | None

    @staticmethod
    def resolve_unit(obj: Account) -> str | None:
        return obj.unit.name if obj.unit else None


class AccountDetailOut(AccountOut):
    contacts: list[ContactOut]
    signals: list[SignalOut]

    @staticmethod
    def resolve_contacts(obj: Account) -> list[Any]:
        return list(obj.contacts.all())

    @staticmethod
    def resolve_signals(obj: Account) -> list[Any]:
        return list(account_signals_queryset(obj).order_by("kind", "id"))


class AccountPage(Schema):
    items: list[AccountOut]
    page: int
    next_page: int | None


class DealOut(Schema):
    """A deal; ``account_id`` and ``account_name`` are null for a deal without an account."""

    id: int
    title: str
    account_id: int | None
    account_name: str | None
    unit: str | None
    stage: str
    amount: Decimal | None
    currency: str
    expected_close: date | None
    decision_date: date | None
    owner: str | None
    intent_level: str
    budget_min: int | None
    budget_max: int | None
    updated_at: datetime

    @staticmethod
    def resolve_account_name(obj: Deal) -> str | None:
        return obj.account.name if obj.account else None

    @staticmethod
    def resolve_unit(obj: Deal) -> str | None:
        return obj.unit.name if obj.unit else None

    @staticmethod
    def resolve_owner(obj: Deal) -> str | None:
        return display_name(obj.owner) if obj.owner else None


class DealPage(Schema):
    items: list[DealOut]
    page: int
    next_page: int | None
