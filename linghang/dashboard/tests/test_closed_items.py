"""``?status=closed``: resolved and dismissed items with who decided, when and why."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from linghang.dashboard.actions import resolve_gray_item
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.models import GrayItem
from linghang.dashboard.paging import PER_PAGE
from linghang.dashboard.tests.conftest import make_budget_conflict

CLOSED = reverse("dashboard:home") + "?status=closed"


def test_closed_tab_lists_the_decision(client, unit_lead, gray_item):
    # given
    resolve_gray_item(gray_item, unit_lead, GrayItemStatus.RESOLVED, "以院长的数字为准")
    client.force_login(unit_lead)
    # when
    html = client.get(CLOSED).text
    # then
    assert "两个会话中的预算不一致" in html
    assert "以院长的数字为准" in html
    assert "lead" in html  # who decided
    assert "status-badge-resolved" in html
    assert 'name="status"' not in html


def test_closed_tab_is_newest_decision_first_and_has_dismissed_too(client, unit_lead, unit):
    # given
    first = make_budget_conflict(unit, name="甲医院")
    second = make_budget_conflict(unit, name="乙医院")
    resolve_gray_item(second, unit_lead, GrayItemStatus.DISMISSED)
    resolve_gray_item(first, unit_lead, GrayItemStatus.RESOLVED)
    client.force_login(unit_lead)
    # when
    html = client.get(CLOSED).text
    # then
    assert html.index("甲医院") < html.index("乙医院")
    assert "status-badge-dismissed" in html


def test_open_items_are_not_in_the_closed_tab(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    html = client.get(CLOSED).text
    # then
    assert "两个会话中的预算不一致" not in html
    assert "还没有处理过的事项" in html


def test_rep_sees_their_units_closed_items_only(
    client, rep, unit_lead, director, gray_item, other_units_gray_item
):
    # given
    resolve_gray_item(gray_item, unit_lead, GrayItemStatus.RESOLVED)
    other_units_gray_item.status = GrayItemStatus.RESOLVED
    other_units_gray_item.save()
    client.force_login(rep)
    # when
    html = client.get(CLOSED).text
    # then
    assert "江城市第三人民医院" in html
    assert "华南某集团" not in html


def test_closed_tab_is_paginated_keeping_the_filter(client, unit_lead, unit):
    # given
    now = timezone.now()
    for n in range(PER_PAGE + 1):
        item = make_budget_conflict(unit, name=f"客户{n:03d}")
        GrayItem.objects.filter(pk=item.pk).update(
            status=GrayItemStatus.RESOLVED, resolved_at=now - timedelta(minutes=n)
        )
    client.force_login(unit_lead)
    # when
    first = client.get(CLOSED).text
    second = client.get(CLOSED + "&page=2").text
    # then
    assert "?status=closed&amp;page=2" in first
    assert "客户000" in first and "客户050" not in first
    assert "客户050" in second
