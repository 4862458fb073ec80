"""``dashboard.services.raise_gray_item``: one item per situation, decisions respected."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories
from linghang.dashboard.choices import GrayItemKind, GrayItemStatus
from linghang.dashboard.models import GrayItem
from linghang.dashboard.services import raise_gray_item

pytestmark = pytest.mark.django_db
KIND = GrayItemKind.CONFLICTING_BUDGET


@pytest.fixture
def signals():  # type: ignore[no-untyped-def]
    account = factories.make_account()
    conversation = factories.make_conversation(account=account)
    message = factories.make_message(conversation, text="预算五十万")
    return account, [factories.make_signal(message)]


def test_the_same_key_never_makes_a_second_item(signals) -> None:  # type: ignore[no-untyped-def]
    account, evidence = signals
    first, created = raise_gray_item(KIND, account, "k1", "预算不一致", evidence)
    again, created_again = raise_gray_item(KIND, account, "k1", "预算不一致", evidence)
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk and GrayItem.objects.count() == 1
    assert list(again.evidence.all()) == evidence


def test_a_resolved_item_stays_resolved(signals) -> None:  # type: ignore[no-untyped-def]
    account, evidence = signals
    item, _ = raise_gray_item(KIND, account, "k1", "预算不一致", evidence)
    GrayItem.objects.filter(pk=item.pk).update(status=GrayItemStatus.RESOLVED)
    item, created = raise_gray_item(KIND, account, "k1", "预算又变了", [])
    assert not created and item.status == GrayItemStatus.RESOLVED
    assert item.summary == "预算不一致" and item.evidence.count() == 1


def test_a_long_key_is_shortened_stably(signals) -> None:  # type: ignore[no-untyped-def]
    account, evidence = signals
    key = "x" * 400
    a, _ = raise_gray_item(KIND, account, key, "s", evidence)
    b, created = raise_gray_item(KIND, account, key, "s", evidence)
    assert a.pk == b.pk and not created and len(a.dedup_key) <= 255
