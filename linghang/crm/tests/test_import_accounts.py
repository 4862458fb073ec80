"""Accounts import: data-set headers, typo repair, parents, and Chinese headers."""

from __future__ import annotations

from decimal import Decimal

from linghang.crm.importers import run_import
from linghang.crm.models import Account


def test_dataset_accounts_are_stored_with_repaired_industry_and_parents(db, dataset_dir):
    # given the data set's accounts file (``technolgy`` typo, a parent further down)
    path = dataset_dir / "accounts.csv"

    # when
    report = run_import("accounts", path)

    # then
    assert report.ok_rows == 6 and report.errors == []
    acme = Account.objects.get(name="Acme Corporation")
    assert acme.industry == "technology"
    assert acme.revenue_musd == Decimal("1100.04")
    assert (acme.year_established, acme.employees, acme.location) == (1996, 2822, "United States")
    assert Account.objects.get(name="Codehow").parent == acme


def test_a_parent_missing_from_the_file_is_created_by_name(db, dataset_dir):
    # given / when
    run_import("accounts", dataset_dir / "accounts.csv")

    # then
    assert Account.objects.get(name="Zoomit").parent.name == "Newparent"


def test_chinese_headers_map_automatically(db, fixtures_dir):
    # given a file with 客户编号, 客户名称, 行业, 所在城市, 员工人数 and an unknown 备注
    path = fixtures_dir / "accounts_zh.csv"

    # when
    report = run_import("accounts", path)

    # then
    assert report.ok_rows == 3
    assert report.ignored_columns == ["备注"]
    account = Account.objects.get(external_id="A002")
    assert (account.name, account.industry, account.location, account.employees) == (
        "无锡聚丰精密机械有限公司",
        "制造业",
        "无锡",
        650,
    )
    assert account.name_key == "无锡聚丰精密机械"
