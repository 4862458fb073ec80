"""A rep logs in, opens an account and sees the extracted budget with its evidence."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories
from linghang.units.choices import Role

TEXT = "今年这块预算五十万左右吧"
EVIDENCE = "五十万左右"


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_rep_sees_budget_evidence_highlighted(live_server, browser_page, tmp_path):
    # given a rep, an account of their unit and a customer message with a budget signal
    unit = factories.make_unit(name="华东一组")
    factories.make_user(Role.REP, unit=unit, username="zhou", password="s3cret-pass")
    account = factories.make_account(  # budget rolled up from the signal, as extraction does
        name="江城市第三人民医院", unit=unit, budget_min=500000, budget_max=500000
    )
    conversation = factories.make_conversation(account=account, title="陈主任微信")
    factories.make_message(conversation, sender="周宇-云衡医疗", side="rep", text="预算大概多少？")
    message = factories.make_message(conversation, sender="陈主任", side="customer", text=TEXT)
    start = TEXT.index(EVIDENCE)
    factories.make_signal(message, span_start=start, span_end=start + len(EVIDENCE), label="50万")
    page = browser_page

    # when the rep logs in through the form and opens the account from the list
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "zhou")
    page.fill("input[name=password]", "s3cret-pass")
    page.click("button[type=submit]:not([name=language])")
    page.wait_for_url(f"{live_server.url}/")
    page.click("nav.mainnav >> text=客户")
    page.click(f"text={account.name}")
    page.wait_for_url(f"{live_server.url}/accounts/{account.pk}/")

    # then the budget is shown and its evidence is highlighted in the message
    assert page.locator(".facts", has_text="50万元").is_visible()
    assert page.locator(".signals .signal-value", has_text="50万").is_visible()
    mark = page.locator("mark.evidence", has_text=EVIDENCE)
    assert mark.is_visible()
    assert mark.inner_text() == EVIDENCE
    assert "预算" in (mark.get_attribute("title") or "")
    page.click(".signals .signal")  # clicking the signal flashes its mark
    assert "is-flash" in (mark.get_attribute("class") or "")
    page.screenshot(path=str(tmp_path / "account.png"), full_page=True)
