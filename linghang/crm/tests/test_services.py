"""``get_or_create_account``: one account per normalised company name."""

from __future__ import annotations

import pytest

from linghang.core.testing.factories import make_account, make_deal
from linghang.crm.models import Account
from linghang.crm.services import deal_for_conversation, get_or_create_account


def test_names_that_differ_only_in_suffix_or_width_are_one_account(db):
    # given
    first = get_or_create_account("腾讯科技（深圳）有限公司", industry="互联网")

    # when
    second = get_or_create_account("腾讯科技(深圳)")

    # then
    assert second == first
    assert Account.objects.count() == 1


def test_an_empty_industry_is_filled_in_but_an_existing_one_kept(db):
    # given
    account = get_or_create_account("杭州博远科技有限公司")

    # when
    get_or_create_account("杭州博远科技", industry="软件")
    get_or_create_account("杭州博远科技", industry="制造")

    # then
    account.refresh_from_db()
    assert account.industry == "软件"


@pytest.mark.django_db
def test_a_buying_conversation_opens_a_deal_in_the_accounts_unit(unit):
    # given an account with no deal
    account = make_account(name="云杉连锁", unit=unit)
    # when
    deal = deal_for_conversation(account, intent_level="high", topic="门店收银系统")
    # then
    assert deal is not None
    assert (deal.account, deal.unit, deal.stage) == (account, unit, "engaging")
    assert deal.title == "云杉连锁 · 门店收银系统"


@pytest.mark.django_db
def test_the_one_open_deal_is_reused():
    account = make_account()
    deal = make_deal(account=account, stage="proposal")
    make_deal(account=account, stage="won")
    assert deal_for_conversation(account, intent_level="low", topic="") == deal


@pytest.mark.django_db
def test_several_open_deals_are_left_for_a_person():
    account = make_account()
    make_deal(account=account, stage="proposal")
    make_deal(account=account, stage="engaging")
    assert deal_for_conversation(account, intent_level="high", topic="x") is None


@pytest.mark.django_db
def test_no_intent_opens_no_deal():
    account = make_account()
    assert deal_for_conversation(account, intent_level="low", topic="x") is None
    assert not account.deals.exists()
