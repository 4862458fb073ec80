"""``get_or_create_account``: one account per normalised company name."""

from __future__ import annotations

from linghang.crm.models import Account
from linghang.crm.services import get_or_create_account


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
