"""Contacts import: Chinese headers, decision roles in words, accounts found by name."""

from __future__ import annotations

from linghang.crm.importers import run_import
from linghang.crm.models import Account, Contact


def test_contacts_attach_to_accounts_matched_by_normalised_name(db, fixtures_dir):
    # given an account stored under a slightly different spelling of its name
    Account.objects.create(name="苏州恒锐汽车制动部件")

    # when
    report = run_import("contacts", fixtures_dir / "contacts_zh.csv")

    # then
    assert report.ok_rows == 3 and report.errors == []
    shao = Contact.objects.get(name="邵宏伟")
    assert shao.account.name == "苏州恒锐汽车制动部件"
    assert (shao.title, shao.decision_role, shao.phone, shao.email) == (
        "生产副总",
        "economic_buyer",
        "138-0000-0001",
        "c0001@example.cn",
    )
    assert Contact.objects.get(name="曾淑芬").decision_role == "purchaser"


def test_an_unknown_account_name_creates_the_account(db, fixtures_dir):
    # given no accounts yet / when
    run_import("contacts", fixtures_dir / "contacts_zh.csv")

    # then
    assert Account.objects.filter(name="无锡聚丰精密机械有限公司").count() == 1
    assert Contact.objects.count() == 3


def test_contacts_find_accounts_by_external_id(db, fixtures_dir, tmp_path):
    # given accounts imported with their ids, and contacts that only carry the id
    run_import("accounts", fixtures_dir / "accounts_zh.csv")
    path = tmp_path / "contacts.csv"
    path.write_text("account_id,name,title\nA003,梁志强,工艺总监\nA999,无名,采购\n")

    # when
    report = run_import("contacts", path)

    # then
    assert Contact.objects.get(name="梁志强").account.external_id == "A003"
    assert [(e.line, e.field) for e in report.errors] == [(3, "account_id")]
