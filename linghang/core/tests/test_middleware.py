import pytest
from django.conf import settings


@pytest.mark.django_db
def test_english_browser_still_gets_chinese_by_default(client):
    # when
    response = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    # then
    assert response["Content-Language"] == "zh-hans"
    assert "登录" in response.content.decode()


@pytest.mark.django_db
def test_chosen_language_wins(client):
    # given
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    # when
    response = client.get("/login/")
    # then
    assert response["Content-Language"] == "en"


@pytest.mark.django_db
def test_unknown_cookie_value_falls_back_to_chinese(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    assert client.get("/login/")["Content-Language"] == "zh-hans"
