"""The manager board: open gray items with both pieces of evidence, per unit."""

from __future__ import annotations

from django.urls import reverse

from linghang.dashboard.choices import GrayItemStatus


def test_board_requires_login(client):
    # when
    response = client.get(reverse("dashboard:home"))
    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_board_shows_both_pieces_of_evidence_highlighted(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.get(reverse("dashboard:home"))
    # then
    html = response.text
    assert response.status_code == 200
    assert "两个会话中的预算不一致" in html
    assert "陈主任" in html and "刘院长" in html
    assert "陈主任微信" in html and "院办会议纪要" in html
    assert ">五十万左右</mark>" in html
    assert ">最多三十万</mark>" in html


def test_gray_items_url_is_the_same_board(client, unit_lead, gray_item):
    # given
    client.force_login(unit_lead)
    # when
    response = client.get(reverse("dashboard:gray_items"))
    # then
    assert "两个会话中的预算不一致" in response.text


def test_rep_sees_only_their_units_items(client, rep, gray_item, other_units_gray_item):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert "江城市第三人民医院" in html
    assert "华南某集团" not in html


def test_empty_board_explains_how_items_appear(client, rep):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert "暂时没有需要判断的事项" in html
    assert "不一致的预算" in html


def test_resolved_items_leave_the_board(client, unit_lead, gray_item):
    # given
    gray_item.status = GrayItemStatus.RESOLVED
    gray_item.save()
    client.force_login(unit_lead)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert "两个会话中的预算不一致" not in html
