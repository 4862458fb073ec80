"""Chinese first, English through Django's i18n: the switcher and the catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

PO_FILE = Path(settings.LOCALE_PATHS[0]) / "en" / "LC_MESSAGES" / "django.po"


def test_pages_are_chinese_by_default(client, rep):
    # given
    client.force_login(rep)
    # when
    html = client.get(reverse("dashboard:home")).text
    # then
    assert '<html lang="zh-hans">' in html
    assert "看板" in html and "退出登录" in html


def test_language_switch_turns_the_ui_english(client, rep):
    # given
    client.force_login(rep)
    # when
    switched = client.post(reverse("set_language"), {"language": "en", "next": "/deals/"})
    html = client.get(reverse("crm:deal_list")).text
    # then
    assert switched.status_code == 302 and switched.url == "/deals/"
    assert '<html lang="en">' in html
    assert "Deals" in html and "Log out" in html and "All stages" in html
    assert "退出登录" not in html


def test_compiled_catalogue_is_shipped():
    # when
    with translation.override("en"):
        board = translation.gettext("看板")
        nav = translation.pgettext("nav", "客户")
    # then
    assert (board, nav) == ("Board", "Accounts")


def test_every_string_in_the_catalogue_is_translated():
    # given
    entries = re.findall(r'^msgid (".*")\nmsgstr (".*")$', PO_FILE.read_text("utf-8"), re.M)
    # when
    untranslated = [msgid for msgid, msgstr in entries if msgid != '""' and msgstr == '""']
    # then
    assert entries
    assert untranslated == []
