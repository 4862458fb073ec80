"""Plain factory functions for tests: ``make_deal(**overrides)`` and friends.

Personas follow Healthchecks' ``hc/test.py``: a rep and their unit lead in one unit,
a rep in another unit who must see nothing of the first, and a director.
"""

from __future__ import annotations

import hashlib
import itertools
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from linghang.channels.models import Conversation, Message
from linghang.crm.models import Account, Contact, Deal, Signal
from linghang.units.choices import Role
from linghang.units.models import Membership, StaffProfile, Unit

_seq = itertools.count(1)


def make_unit(**overrides: Any) -> Unit:
    fields = {"name": f"单元{next(_seq)}", "region": "华东"} | overrides
    return Unit.objects.create(**fields)


def make_user(role: str = Role.REP, unit: Unit | None = None, **overrides: Any):  # type: ignore[no-untyped-def]
    n = next(_seq)
    region = overrides.pop("region", "")
    user = get_user_model().objects.create_user(
        username=overrides.pop("username", f"user{n}"),
        password=overrides.pop("password", "pass-for-tests"),
        **overrides,
    )
    StaffProfile.objects.create(user=user, role=role, region=region, display_name=user.username)
    if unit is not None:
        Membership.objects.create(unit=unit, user=user, is_lead=role == Role.UNIT_LEAD)
    return user


def make_account(**overrides: Any) -> Account:
    fields = {"name": f"测试客户{next(_seq)}有限公司", "industry": "工业自动化"} | overrides
    return Account.objects.create(**fields)


def make_contact(**overrides: Any) -> Contact:
    if "account" not in overrides:
        overrides["account"] = make_account()
    fields = {"name": f"联系人{next(_seq)}"} | overrides
    return Contact.objects.create(**fields)


def make_deal(**overrides: Any) -> Deal:
    """A deal of a new account unless ``account`` is given (``account=None`` for none);
    its unit is the account's unless ``unit`` is given."""
    if "account" not in overrides:
        overrides["account"] = make_account()
    if "unit" not in overrides:
        overrides["unit"] = overrides["account"].unit if overrides["account"] else None
    fields = {"title": f"商机{next(_seq)}", "amount": 100000} | overrides
    return Deal.objects.create(**fields)


def make_conversation(**overrides: Any) -> Conversation:
    fields = {"thread_key": f"test:{next(_seq)}", "channel": "wechat", "title": "测试会话"}
    return Conversation.objects.create(**(fields | overrides))


def make_message(conversation: Conversation | None = None, **overrides: Any) -> Message:
    conversation = conversation or make_conversation()
    ts: datetime = overrides.pop("ts", timezone.now())
    fields = {"sender": "王工", "side": "customer", "text": "你好"} | overrides
    digest = hashlib.sha256(f"{conversation.pk}|{ts}|{fields}|{next(_seq)}".encode()).hexdigest()
    return Message.objects.create(conversation=conversation, ts=ts, content_hash=digest, **fields)


def make_signal(message: Message, **overrides: Any) -> Signal:
    fields = {
        "kind": "budget",
        "value": {"min": 500000, "max": 500000, "currency": "CNY"},
        "label": "50万",
        "confidence": 0.8,
        "engine": "static",
        "span_start": 0,
        "span_end": min(len(message.text), 2),
        "account": message.conversation.account,
        "conversation": message.conversation,
        "message": message,
    } | overrides
    return Signal.objects.create(**fields)
