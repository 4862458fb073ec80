"""Visibility after import: an account joins its owner's unit, and scopes follow."""

from __future__ import annotations

from linghang.crm.importers import run_import
from linghang.crm.models import Account, Deal


def test_imported_accounts_are_visible_to_the_owners_unit_only(
    db, rep, outsider, director, tmp_path
):
    # given a deal file whose owner is the rep of 华东一组
    path = tmp_path / "deals.csv"
    path.write_text(
        "商机编号,客户名称,负责人,金额\nV1,深圳恒锐科技有限公司,rep,1000\n", encoding="utf-8"
    )

    # when
    run_import("deals", path)

    # then
    account = Account.objects.get(name="深圳恒锐科技有限公司")
    assert account in Account.objects.visible_to(rep)
    assert account not in Account.objects.visible_to(outsider)
    assert account in Account.objects.visible_to(director)
    assert Deal.objects.visible_to(outsider).count() == 0
    assert Deal.objects.visible_to(rep).count() == 1


def test_an_account_that_has_a_unit_keeps_it(db, rep, other_unit, tmp_path):
    # given an account already in another unit
    Account.objects.create(name="深圳恒锐科技有限公司", unit=other_unit)
    path = tmp_path / "deals.csv"
    path.write_text("商机编号,客户名称,负责人\nV1,深圳恒锐科技,rep\n", encoding="utf-8")

    # when
    run_import("deals", path)

    # then
    assert Account.objects.get().unit == other_unit


def test_an_imported_deal_without_account_is_visible_to_its_owners_unit(
    db, rep, outsider, tmp_path
):
    # given a deal file row with no customer yet, owned by the rep of 华东一组
    path = tmp_path / "deals.csv"
    path.write_text("商机编号,客户名称,负责人,阶段\nV2,,rep,初步接触\n", encoding="utf-8")

    # when
    report = run_import("deals", path)

    # then
    assert report.errors == []
    assert list(Deal.objects.visible_to(rep).values_list("external_id", flat=True)) == ["V2"]
    assert not Deal.objects.visible_to(outsider).exists()
    assert not Account.objects.exists()
