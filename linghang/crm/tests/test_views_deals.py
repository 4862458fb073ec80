"""The deal list: columns, filters, search, visibility, paging and a bounded query count."""

from __future__ import annotations

import pytest
from django.urls import reverse

from linghang.core.testing import factories
from linghang.crm.choices import DealStage
from linghang.dashboard.paging import PER_PAGE


@pytest.fixture
def account(unit):
    return factories.make_account(name="北辰物流有限公司", unit=unit)


def test_deal_list_requires_login(client):
    # when
    response = client.get(reverse("crm:deal_list"))
    # then
    assert response.status_code == 302


def test_deal_list_shows_the_columns(client, rep, account):
    # given
    factories.make_deal(
        account=account,
        title="仓储WMS升级",
        stage=DealStage.PROPOSAL,
        amount=1200000,
        owner=rep,
        intent_level="high",
    )
    client.force_login(rep)
    # when
    html = client.get(reverse("crm:deal_list")).text
    # then
    for text in ("北辰物流有限公司", "仓储WMS升级", "方案报价", "120万元", "rep", "高"):
        assert text in html


def test_rep_sees_only_deals_of_their_unit(client, rep, account, other_unit):
    # given
    factories.make_deal(account=account, title="看得见的商机")
    factories.make_deal(account=factories.make_account(unit=other_unit), title="别组的商机")
    client.force_login(rep)
    # when
    html = client.get(reverse("crm:deal_list")).text
    # then
    assert "看得见的商机" in html
    assert "别组的商机" not in html


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({"q": "北辰"}, ["仓储WMS升级", "运输TMS"], ["医院HIS"]),
        ({"q": "TMS"}, ["运输TMS"], ["仓储WMS升级", "医院HIS"]),
        ({"stage": "won"}, ["运输TMS"], ["仓储WMS升级", "医院HIS"]),
        ({"stage": "bogus"}, ["仓储WMS升级", "运输TMS", "医院HIS"], []),
    ],
    ids=["account-name", "deal-title", "stage", "invalid-stage-ignored"],
)
def test_deal_list_filters(client, rep, account, unit, params, shown, hidden):
    # given
    hospital = factories.make_account(name="江城市第三人民医院", unit=unit)
    factories.make_deal(account=account, title="仓储WMS升级", stage=DealStage.PROPOSAL)
    factories.make_deal(account=account, title="运输TMS", stage=DealStage.WON)
    factories.make_deal(account=hospital, title="医院HIS", stage=DealStage.PROPOSAL)
    client.force_login(rep)
    # when
    html = client.get(reverse("crm:deal_list"), params).text
    # then
    assert all(title in html for title in shown)
    assert not any(title in html for title in hidden)


def test_deal_list_filters_by_owner(client, rep, unit_lead, account):
    # given
    factories.make_deal(account=account, title="代表的商机", owner=rep)
    factories.make_deal(account=account, title="组长的商机", owner=unit_lead)
    client.force_login(rep)
    # when
    html = client.get(reverse("crm:deal_list"), {"owner": unit_lead.pk}).text
    # then
    assert "组长的商机" in html
    assert "代表的商机" not in html


def test_deal_list_pages_by_fifty_newest_first(client, rep, account):
    # given
    for n in range(PER_PAGE + 3):
        factories.make_deal(account=account, title=f"商机-{n:03d}")
    client.force_login(rep)
    # when
    first = client.get(reverse("crm:deal_list")).text
    second = client.get(reverse("crm:deal_list"), {"page": 2}).text
    # then
    assert "商机-052" in first and "商机-003" in first and "商机-002" not in first
    assert "商机-002" in second and "商机-000" in second and "商机-052" not in second
    assert "?page=2" in first


def test_deal_list_query_count_does_not_grow_with_rows(
    client, rep, account, django_assert_max_num_queries
):
    # given
    for n in range(30):
        factories.make_deal(
            account=factories.make_account(unit=account.unit),
            title=f"商机{n}",
            owner=rep,
            product=None,
        )
    client.force_login(rep)
    # when / then: session, user, scope, owners, one page of deals
    with django_assert_max_num_queries(8):
        client.get(reverse("crm:deal_list"))


def test_htmx_filter_returns_the_table_only(client, rep, account):
    # given
    factories.make_deal(account=account, title="仓储WMS升级")
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:deal_list"), {"q": "WMS"}, headers={"HX-Request": "true"})
    # then
    assert "仓储WMS升级" in response.text
    assert "<html" not in response.text
