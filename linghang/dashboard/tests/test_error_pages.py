"""Styled 404, 403 and 500 pages, Chinese first, each linking back to the board."""

from __future__ import annotations

from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error


def test_404_page_is_styled_and_links_to_the_board(client, rep):
    # given
    client.force_login(rep)
    # when
    response = client.get("/no-such-page/")
    # then
    assert response.status_code == 404
    assert "页面不存在" in response.text
    assert f'href="{reverse("dashboard:home")}"' in response.text
    assert "linghang/app.css" in response.text


def test_404_page_for_a_visitor_who_is_not_logged_in(client):
    # when
    response = client.get("/no-such-page/")
    # then
    assert response.status_code == 404
    assert "返回看板" in response.text


def test_403_page_explains_who_may_decide(client, rep, gray_item):
    # given
    client.force_login(rep)
    # when
    response = client.post(
        reverse("dashboard:resolve_gray_item", args=[gray_item.pk]), {"status": "resolved"}
    )
    # then
    assert response.status_code == 403
    assert "没有权限" in response.text
    assert "作战单元负责人" in response.text
    assert "返回看板" in response.text


def test_500_page_renders_without_a_request_context():
    # given
    request = RequestFactory().get("/")
    # when
    response = server_error(request)
    # then
    html = response.content.decode()
    assert response.status_code == 500
    assert "服务器出错了" in html and 'href="/"' in html
    assert "{%" not in html


def test_error_pages_speak_english_when_chosen(client):
    # given
    request = RequestFactory().get("/")
    # when
    with translation.override("en"):
        html = server_error(request).content.decode()
    # then
    assert '<html lang="en">' in html
    assert "服务器出错了" not in html
