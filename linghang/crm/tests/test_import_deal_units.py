"""Deals import into the unit working them: the owner's, else the account's; an empty
account is an early-stage opportunity, not an error."""

from __future__ import annotations

from linghang.core.testing import factories
from linghang.crm.importers import run_import
from linghang.crm.models import Account, Deal


def test_a_deal_without_account_imports_into_its_owners_unit(teams_and_products, dataset_dir):
    # given row 6: Violet Mclelland (Cara Losch's team) prospecting GTX Basic, no account

    # when
    report = run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then
    assert report.errors == []
    deal = Deal.objects.select_related("unit").get(external_id="PE84CX4O")
    assert deal.account is None
    assert deal.unit.name == "Cara Losch 团队"
    assert deal.title == "GTX Basic · Violet Mclelland"


def test_a_deal_belongs_to_its_owners_unit_not_its_accounts(teams_and_products, dataset_dir):
    # given Cancity joins Dustin's team through Moses' deal; Darcel (Melvin's team)
    # also sells to Cancity

    # when
    run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then
    assert Account.objects.get(name="Cancity").unit.name == "Dustin Brinkmann 团队"
    assert Deal.objects.get(external_id="1C1I7A6R").unit.name == "Dustin Brinkmann 团队"
    assert Deal.objects.get(external_id="EC4QE1BX").unit.name == "Melvin Marxen 团队"


def test_an_owner_outside_any_unit_leaves_the_deal_in_its_accounts_unit(
    db, director, other_unit, tmp_path
):
    # given an account of 华南一组 and an owner who is in no unit
    factories.make_account(name="深圳恒锐科技有限公司", unit=other_unit)
    path = tmp_path / "deals.csv"
    path.write_text("商机编号,客户名称,负责人\nV1,深圳恒锐科技,director\n", encoding="utf-8")

    # when
    run_import("deals", path)

    # then
    assert Deal.objects.get().unit == other_unit


def test_a_deal_without_account_or_owner_gets_a_plain_title(db, tmp_path):
    # given
    path = tmp_path / "deals.csv"
    path.write_text("商机编号,阶段,客户名称\nV1,初步接触,\n", encoding="utf-8")

    # when
    report = run_import("deals", path)

    # then
    deal = Deal.objects.get()
    assert report.errors == []
    assert (deal.account, deal.unit, deal.title) == (None, None, "未命名商机")


def test_reimporting_a_deal_without_account_changes_nothing(teams_and_products, dataset_dir):
    # given
    run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")
    before = Deal.objects.get(external_id="PE84CX4O").updated_at

    # when
    report = run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then
    assert (report.created, report.updated, report.unchanged) == (0, 0, 6)
    assert Deal.objects.get(external_id="PE84CX4O").updated_at == before


def test_a_file_without_account_column_keeps_an_existing_deals_account(db, rep, tmp_path):
    # given a deal imported with its account and owner
    first = tmp_path / "deals.csv"
    first.write_text("商机编号,客户名称,负责人\nV1,深圳恒锐科技有限公司,rep\n", encoding="utf-8")
    run_import("deals", first)
    stages = tmp_path / "stages.csv"
    stages.write_text("商机编号,阶段\nV1,赢单\n", encoding="utf-8")

    # when a later file only updates stages
    report = run_import("deals", stages)

    # then
    deal = Deal.objects.select_related("account").get()
    assert report.errors == [] and deal.stage == "won"
    assert (deal.account.name, deal.title) == ("深圳恒锐科技有限公司", "深圳恒锐科技有限公司")
    assert deal.unit == rep.memberships.get().unit
