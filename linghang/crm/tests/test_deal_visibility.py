"""Who sees a deal: the unit working it, whether or not it has an account, and
whichever unit its account belongs to."""

from __future__ import annotations

import pytest
from django.urls import reverse

from linghang.core.testing import factories
from linghang.crm.models import Deal


@pytest.fixture
def deals(unit, other_unit):
    """Deals of ``unit`` (with an account, without, on another unit's account), of a
    third unit, and of no unit."""
    third_unit = factories.make_unit(name="华北一组", region="华北")
    return {
        "ours": factories.make_deal(account=factories.make_account(unit=unit), title="本组商机"),
        "ours_no_account": factories.make_deal(account=None, unit=unit, title="本组无客户商机"),
        "ours_on_their_account": factories.make_deal(
            account=factories.make_account(unit=third_unit), unit=unit, title="本组跨组客户商机"
        ),
        "theirs": factories.make_deal(
            account=factories.make_account(unit=unit), unit=third_unit, title="别组商机"
        ),
        "theirs_no_account": factories.make_deal(
            account=None, unit=third_unit, title="别组无客户商机"
        ),
        "nobodys": factories.make_deal(account=None, title="无单元商机"),
    }


def titles(queryset) -> set[str]:  # type: ignore[no-untyped-def]
    return set(queryset.values_list("title", flat=True))


def test_a_rep_sees_their_units_deals_with_or_without_account(rep, deals):
    # when
    visible = titles(Deal.objects.visible_to(rep))

    # then
    assert visible == {"本组商机", "本组无客户商机", "本组跨组客户商机"}


def test_the_outsider_sees_none_of_them(outsider, deals):
    # when / then
    assert not Deal.objects.visible_to(outsider).exists()


def test_a_director_sees_their_region_and_deals_of_no_unit(director, deals):
    # when
    visible = titles(Deal.objects.visible_to(director))

    # then: 华东 (the director's region) and the unassigned deal, not 华北
    assert visible == {"本组商机", "本组无客户商机", "本组跨组客户商机", "无单元商机"}


def test_the_deal_list_shows_a_deal_without_account(client, rep, deals):
    # given
    client.force_login(rep)

    # when
    html = client.get(reverse("crm:deal_list")).text

    # then
    assert "本组无客户商机" in html and "未关联客户" in html
    assert "别组商机" not in html and "别组无客户商机" not in html


def test_searching_finds_a_deal_without_account_by_title(client, rep, deals):
    # given
    client.force_login(rep)

    # when
    html = client.get(reverse("crm:deal_list"), {"q": "无客户"}).text

    # then
    assert "本组无客户商机" in html and "本组商机" not in html


def test_the_api_gives_null_account_for_a_deal_without_one(client, rep, unit, deals):
    # given
    client.force_login(rep)

    # when
    items = client.get("/api/deals", {"q": "本组无客户"}).json()["items"]

    # then
    assert [(d["title"], d["account_id"], d["account_name"], d["unit"]) for d in items] == [
        ("本组无客户商机", None, None, unit.name)
    ]


def test_an_account_page_lists_only_the_deals_the_viewer_may_see(client, rep, deals):
    # given an account of the rep's unit that another unit also sells to
    account = deals["theirs"].account
    factories.make_deal(account=account, title="本组在该客户的商机")
    client.force_login(rep)

    # when
    html = client.get(reverse("crm:account_detail", args=[account.pk])).text

    # then
    assert "本组在该客户的商机" in html and "别组商机" not in html
