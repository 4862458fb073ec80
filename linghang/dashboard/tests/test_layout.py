"""The shared layout: navigation, admin link for staff only, logout by POST, login page."""

from __future__ import annotations

from django.urls import reverse


def test_nav_links_and_no_admin_link_for_a_rep(client, rep):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    for url in (reverse("dashboard:home"), reverse("crm:account_list"), reverse("crm:deal_list")):
        assert f'href="{url}"' in html
    assert reverse("admin:index") not in html
    assert "htmx-2.min.js" in html and "linghang/app.css" in html


def test_staff_see_the_admin_link(client, admin_user):
    # given
    client.force_login(admin_user)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert f'href="{reverse("admin:index")}"' in html


def test_logout_is_a_post_form(client, rep):
    # given
    client.force_login(rep)
    html = client.get(reverse("dashboard:home")).text
    # when
    response = client.post(reverse("logout"))
    # then
    assert f'action="{reverse("logout")}" method="post"' in html
    assert response.status_code == 302
    assert client.get(reverse("dashboard:home")).status_code == 302


def test_login_page_logs_in_with_the_form(client, rep):
    # given
    page = client.get(reverse("login"))
    # when
    response = client.post(reverse("login"), {"username": "rep", "password": "pass-for-tests"})
    # then
    assert page.status_code == 200 and 'name="password"' in page.text
    assert response.status_code == 302 and response.url == reverse("dashboard:home")


def test_login_page_shows_an_error_for_a_wrong_password(client, rep):
    # when
    response = client.post(reverse("login"), {"username": "rep", "password": "wrong"})
    # then
    assert response.status_code == 200
    assert "alert-error" in response.text
