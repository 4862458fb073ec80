"""A rep sees their unit's gray items without buttons, and is refused a decision."""

from __future__ import annotations

import pytest
from django.urls import reverse

from linghang.dashboard.actions import GrayItemActionError, resolve_gray_item
from linghang.dashboard.choices import GrayItemStatus
from linghang.dashboard.error_codes import GrayItemErrorCode


def test_rep_sees_the_item_without_decision_buttons(client, rep, gray_item):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert "两个会话中的预算不一致" in html
    assert reverse("dashboard:resolve_gray_item", args=[gray_item.pk]) not in html
    assert 'name="status"' not in html
    assert "由作战单元负责人或销售总监处理" in html


def test_unit_lead_sees_the_decision_buttons(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert reverse("dashboard:resolve_gray_item", args=[gray_item.pk]) in html
    assert 'value="resolved"' in html and 'value="dismissed"' in html


@pytest.mark.parametrize("htmx", [False, True])
def test_rep_posting_a_decision_gets_403(client, rep, gray_item, htmx):
    # given
    client.force_login(rep)
    headers = {"HX-Request": "true"} if htmx else {}
    url = reverse("dashboard:resolve_gray_item", args=[gray_item.pk])
    # when
    response = client.post(url, {"status": "dismissed"}, headers=headers)
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 403
    assert gray_item.status == GrayItemStatus.OPEN


def test_rep_resolving_through_the_api_gets_403(client, rep, gray_item):
    # given
    client.force_login(rep)
    # when
    response = client.post(
        f"/api/gray-items/{gray_item.pk}/resolve",
        {"status": "resolved"},
        content_type="application/json",
    )
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert gray_item.status == GrayItemStatus.OPEN


def test_the_action_itself_refuses_a_rep(rep, gray_item):
    # when
    with pytest.raises(GrayItemActionError) as error:
        resolve_gray_item(gray_item, rep, GrayItemStatus.RESOLVED)
    # then
    gray_item.refresh_from_db()
    assert error.value.code == GrayItemErrorCode.NOT_ALLOWED
    assert gray_item.status == GrayItemStatus.OPEN


def test_account_page_offers_to_view_not_to_decide(client, rep, gray_item):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("crm:account_detail", args=[gray_item.account_id])).text
    # then
    assert "查看" in html
    assert "去处理" not in html
