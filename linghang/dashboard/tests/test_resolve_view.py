"""Resolving and dismissing from the board: POST with CSRF, htmx swap or redirect."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from linghang.dashboard.choices import GrayItemStatus


def url(item) -> str:  # type: ignore[no-untyped-def]
    return reverse("dashboard:resolve_gray_item", args=[item.pk])


def test_htmx_resolve_returns_the_closed_card(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.post(
        url(gray_item),
        {"status": "resolved", "note": "以院长的数字为准"},
        headers={"HX-Request": "true"},
    )
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 200
    assert f'id="gray-item-{gray_item.pk}"' in response.text
    assert "以院长的数字为准" in response.text
    assert "<html" not in response.text
    assert gray_item.status == GrayItemStatus.RESOLVED
    assert gray_item.resolved_by == unit_lead


def test_plain_post_dismisses_and_redirects(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.post(url(gray_item), {"status": "dismissed"})
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 302
    assert gray_item.status == GrayItemStatus.DISMISSED


def test_get_is_not_allowed(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.get(url(gray_item))
    # then
    assert response.status_code == 405


def test_post_without_csrf_token_is_rejected(unit_lead, gray_item):
    # given
    client = Client(enforce_csrf_checks=True)
    client.force_login(unit_lead)
    # when
    response = client.post(url(gray_item), {"status": "resolved"})
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 403
    assert gray_item.status == GrayItemStatus.OPEN


def test_outsider_cannot_resolve_another_units_item(client, outsider, gray_item):
    # given
    client.force_login(outsider)
    # when
    response = client.post(url(gray_item), {"status": "resolved"})
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 404
    assert gray_item.status == GrayItemStatus.OPEN


def test_second_decision_is_reported_not_recorded(client, unit_lead, director, gray_item):
    # given
    client.force_login(director)
    client.post(url(gray_item), {"status": "dismissed"})
    client.force_login(unit_lead)
    # when
    response = client.post(url(gray_item), {"status": "resolved"}, headers={"HX-Request": "true"})
    # then
    gray_item.refresh_from_db()
    assert "已被其他人处理" in response.text
    assert gray_item.status == GrayItemStatus.DISMISSED
    assert gray_item.resolved_by == director
