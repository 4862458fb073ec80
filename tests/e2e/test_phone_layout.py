"""At 390 px the header keeps words whole and no page scrolls sideways."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories
from linghang.units.choices import Role

PAGES = ("/", "/?status=closed", "/accounts/", "/deals/")
# How many lines each element's visible text takes: 1 unless a word broke across lines.
ONE_LINE = """els => els.map(e => {
  const range = document.createRange();
  range.selectNodeContents(e);
  const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top));
  return new Set(tops).size;
})"""


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_phone_header_keeps_words_on_one_line(live_server, browser_page):
    # given a signed-in director with an account and a deal on a 390 px wide screen
    unit = factories.make_unit(name="华东一组")
    factories.make_user(Role.DIRECTOR, username="zhao", password="s3cret-pass", region="华东")
    account = factories.make_account(name="江城市第三人民医院有限责任公司", unit=unit)
    factories.make_deal(account=account, title="电子病历系统升级改造项目")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "zhao")
    page.fill("input[name=password]", "s3cret-pass")
    page.click("button[type=submit]:not([name=language])")
    page.wait_for_url(f"{live_server.url}/")
    for path in (*PAGES, f"/accounts/{account.pk}/"):
        # when
        page.goto(f"{live_server.url}{path}")
        # then nav links, language buttons and the brand are one line each; nothing overflows
        lines = page.eval_on_selector_all(".mainnav a, .langswitch button, .brand-name", ONE_LINE)
        assert lines and set(lines) == {1}, path
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
