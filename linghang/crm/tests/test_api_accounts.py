"""``/api/accounts`` and ``/api/deals``: session auth and the same visibility as the pages."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories

TEXT = "今年这块预算五十万左右吧"


@pytest.fixture
def account(unit):
    account = factories.make_account(name="江城市第三人民医院", unit=unit)
    factories.make_contact(account=account, name="陈主任", decision_role="decision_maker")
    message = factories.make_message(factories.make_conversation(account=account), text=TEXT)
    factories.make_signal(message, span_start=6, span_end=11)
    return account


def test_api_requires_a_session(client, account):
    # when
    response = client.get("/api/accounts")
    # then
    assert response.status_code == 401


def test_list_accounts_is_filtered_searched_and_paged(client, rep, account, other_unit):
    # given
    factories.make_account(name="华南某集团", unit=other_unit)
    factories.make_account(name="北辰物流有限公司", unit=account.unit)
    client.force_login(rep)
    # when
    body = client.get("/api/accounts", {"q": "江城"}).json()
    everything = client.get("/api/accounts").json()
    # then
    assert [a["name"] for a in body["items"]] == ["江城市第三人民医院"]
    assert body["page"] == 1 and body["next_page"] is None
    assert {a["name"] for a in everything["items"]} == {"江城市第三人民医院", "北辰物流有限公司"}


def test_account_detail_carries_signals_with_evidence(client, rep, account):
    # given
    client.force_login(rep)
    # when
    body = client.get(f"/api/accounts/{account.pk}").json()
    # then
    assert body["unit"] == account.unit.name
    assert body["contacts"][0]["decision_role"] == "decision_maker"
    [signal] = body["signals"]
    assert signal["kind"] == "budget"
    assert signal["evidence"] == "五十万左右"
    assert signal["value"] == {"min": 500000, "max": 500000, "currency": "CNY"}
    assert signal["sender"] == "王工"


def test_account_detail_of_another_unit_is_not_found(client, outsider, account):
    # given
    client.force_login(outsider)
    # when
    response = client.get(f"/api/accounts/{account.pk}")
    # then
    assert response.status_code == 404


def test_list_deals_filters_by_stage_and_text(client, rep, account):
    # given
    factories.make_deal(account=account, title="HIS升级", stage="proposal", amount=1200000)
    factories.make_deal(account=account, title="机房改造", stage="won")
    factories.make_deal(account=factories.make_account(), title="无单元的商机")
    client.force_login(rep)
    # when
    proposal = client.get("/api/deals", {"stage": "proposal"}).json()
    by_text = client.get("/api/deals", {"q": "机房"}).json()
    everything = client.get("/api/deals").json()
    # then
    assert [d["title"] for d in proposal["items"]] == ["HIS升级"]
    assert proposal["items"][0]["account_name"] == "江城市第三人民医院"
    assert proposal["items"][0]["amount"] == "1200000.00"
    assert [d["title"] for d in by_text["items"]] == ["机房改造"]
    assert "无单元的商机" not in {d["title"] for d in everything["items"]}


def test_list_deals_rejects_an_unknown_stage(client, rep):
    # given
    client.force_login(rep)
    # when
    response = client.get("/api/deals", {"stage": "bogus"})
    # then
    assert response.status_code == 422


def test_openapi_docs_are_served(client, rep):
    # given
    client.force_login(rep)
    # when
    schema = client.get("/api/openapi.json").json()
    docs = client.get("/api/docs")
    # then
    assert docs.status_code == 200
    assert {
        "/api/accounts",
        "/api/accounts/{account_id}",
        "/api/deals",
        "/api/gray-items",
        "/api/gray-items/{item_id}/resolve",
    } <= set(schema["paths"])
