"""``/api/gray-items``: listing by visibility and resolving with a session."""

from __future__ import annotations

from django.test import Client

from linghang.dashboard.choices import GrayItemStatus


def test_gray_items_require_a_session(client, gray_item):
    # when
    response = client.get("/api/gray-items")
    # then
    assert response.status_code == 401


def test_rep_lists_their_units_items_with_evidence(client, rep, gray_item, other_units_gray_item):
    # given
    client.force_login(rep)
    # when
    body = client.get("/api/gray-items").json()
    # then
    [item] = body["items"]
    assert item["id"] == gray_item.pk
    assert item["account_name"] == "江城市第三人民医院"
    assert sorted(e["evidence"] for e in item["evidence"]) == ["五十万左右", "最多三十万"]
    assert {e["conversation_title"] for e in item["evidence"]} == {"陈主任微信", "院办会议纪要"}


def test_resolve_records_the_decision(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.post(
        f"/api/gray-items/{gray_item.pk}/resolve",
        {"status": "resolved", "note": "以院长为准"},
        content_type="application/json",
    )
    # then
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "resolved"
    assert body["resolved_by"] == "lead"
    assert body["resolution_note"] == "以院长为准"
    assert client.get("/api/gray-items").json()["items"] == []
    resolved = client.get("/api/gray-items", {"status": "resolved"}).json()
    assert [i["id"] for i in resolved["items"]] == [gray_item.pk]


def test_resolve_twice_is_a_conflict(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    url = f"/api/gray-items/{gray_item.pk}/resolve"
    client.post(url, {"status": "dismissed"}, content_type="application/json")
    # when
    response = client.post(url, {"status": "resolved"}, content_type="application/json")
    # then
    assert response.status_code == 409
    assert response.json()["code"] == "already_closed"


def test_resolve_rejects_an_unknown_status(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.post(
        f"/api/gray-items/{gray_item.pk}/resolve",
        {"status": "open"},
        content_type="application/json",
    )
    # then
    assert response.status_code == 422


def test_outsider_cannot_resolve_another_units_item(client, outsider, gray_item):
    # given
    client.force_login(outsider)
    # when
    response = client.post(
        f"/api/gray-items/{gray_item.pk}/resolve",
        {"status": "resolved"},
        content_type="application/json",
    )
    # then
    gray_item.refresh_from_db()
    assert response.status_code == 404
    assert gray_item.status == GrayItemStatus.OPEN


def test_resolve_needs_a_csrf_token(unit_lead, gray_item):
    # given
    client = Client(enforce_csrf_checks=True)
    client.force_login(unit_lead)
    # when
    response = client.post(
        f"/api/gray-items/{gray_item.pk}/resolve",
        {"status": "resolved"},
        content_type="application/json",
    )
    # then
    assert response.status_code == 403
