"""A conflicting-budget gray item as the extraction would raise it: one account, two
conversations, two customer messages stating different budgets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from linghang.core.testing import factories
from linghang.dashboard.choices import GrayItemKind
from linghang.dashboard.models import GrayItem


def make_budget_conflict(unit, name: str = "江城市第三人民医院") -> GrayItem:  # type: ignore[no-untyped-def]
    account = factories.make_account(name=name, unit=unit)
    wechat = factories.make_conversation(account=account, channel="wechat", title="陈主任微信")
    meeting = factories.make_conversation(account=account, channel="meeting", title="院办会议纪要")
    first = factories.make_message(
        wechat,
        sender="陈主任",
        text="今年这块预算五十万左右吧",
        ts=timezone.now() - timedelta(days=3),
    )
    second = factories.make_message(meeting, sender="刘院长", text="这个项目最多三十万，不能再多了")
    signals = [
        factories.make_signal(first, span_start=6, span_end=11, label="50万"),
        factories.make_signal(
            second,
            span_start=4,
            span_end=9,
            label="≤30万",
            value={"min": None, "max": 300000, "currency": "CNY"},
        ),
    ]
    item = GrayItem.objects.create(
        kind=GrayItemKind.CONFLICTING_BUDGET,
        dedup_key=f"conflicting_budget:{account.pk}",
        account=account,
        summary="两个会话中的预算不一致：50万 与 ≤30万",
    )
    item.evidence.set(signals)
    return item


@pytest.fixture
def gray_item(unit):
    return make_budget_conflict(unit)


@pytest.fixture
def other_units_gray_item(other_unit):
    return make_budget_conflict(other_unit, name="华南某集团")
