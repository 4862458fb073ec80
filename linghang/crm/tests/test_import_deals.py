"""Deals import: the data set's pipeline file with its quirks, and Chinese headers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from linghang.crm.importers import run_import
from linghang.crm.models import Account, Deal


def test_pipeline_rows_become_deals_with_product_stage_owner_and_currency(
    teams_and_products, dataset_dir
):
    # given accounts, products and teams already imported

    # when
    report = run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then every row is stored, the one without an account too
    assert report.ok_rows == 6
    assert report.errors == []
    deal = Deal.objects.select_related("product", "owner__staff_profile").get(
        external_id="Z063OYW0"
    )
    assert deal.product.name == "GTX Pro"  # the file says GTXPro
    assert deal.title == "GTX Pro · Isdom"
    assert (deal.stage, deal.amount, deal.currency) == ("won", Decimal("4514.00"), "USD")
    assert (deal.engaged_on, deal.closed_on) == (dt.date(2016, 10, 25), dt.date(2017, 3, 11))
    assert deal.owner.staff_profile.display_name == "Darcel Schlecht"


def test_open_deals_keep_empty_close_date_and_amount(teams_and_products, dataset_dir):
    # given / when
    run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then
    engaging = Deal.objects.get(external_id="MV1LWRNH")
    assert (engaging.stage, engaging.closed_on, engaging.amount) == ("engaging", None, None)
    prospecting = Deal.objects.get(external_id="ZNBS69V1")
    assert (prospecting.stage, prospecting.engaged_on) == ("prospecting", None)


def test_an_account_without_unit_joins_its_first_owners_unit(teams_and_products, dataset_dir):
    # given Cancity has no unit; its first deal belongs to Moses Frase (Dustin's team)

    # when
    run_import("deals", dataset_dir / "sales_pipeline.csv", currency="USD")

    # then
    assert Account.objects.get(name="Cancity").unit.name == "Dustin Brinkmann 团队"
    assert Account.objects.get(name="Isdom").unit.name == "Melvin Marxen 团队"


def test_chinese_deal_file_parses_amounts_dates_and_stages(db, fixtures_dir):
    # given 115,700 / 21.34万 / 2026年3月25日 / 需求沟通 / closed_won

    # when
    report = run_import("deals", fixtures_dir / "deals_zh.csv")

    # then
    assert report.ok_rows == 3 and report.errors == []
    first, second, third = Deal.objects.order_by("external_id")
    assert (first.title, first.stage, first.amount, first.currency) == (
        "恒锐伺服改造",
        "engaging",
        Decimal("115700.00"),
        "CNY",
    )
    assert (second.stage, second.amount, second.expected_close) == (
        "negotiation",
        Decimal("213400.00"),
        dt.date(2026, 8, 10),
    )
    assert (third.stage, third.expected_close) == ("won", dt.date(2026, 3, 25))
    assert first.account.name == "苏州恒锐汽车制动部件有限公司"
