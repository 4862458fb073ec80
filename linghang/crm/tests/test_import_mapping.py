"""Column mapping: aliases by default, ``--map field=column`` overrides, ``field=`` skips."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from linghang.crm.importers import parse_map_args, run_import
from linghang.crm.models import Deal


@pytest.fixture
def odd_headers(tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(
        "单号,甲方,合同额（含税）,金额,负责人\nK1,甲公司,300,100,张三\n", encoding="utf-8"
    )
    return path


def test_explicit_mapping_overrides_the_aliases(db, odd_headers):
    # given a file whose id, account and amount columns have unusual names

    # when
    report = run_import(
        "deals",
        odd_headers,
        mapping={
            "external_id": "单号",
            "account": "甲方",
            "amount": "合同额（含税）",
            "owner": None,
        },
    )

    # then
    assert report.errors == []
    deal = Deal.objects.get()
    assert (deal.external_id, deal.account.name, deal.amount) == ("K1", "甲公司", 300)
    assert report.columns["amount"] == "合同额（含税）"


def test_an_empty_mapping_skips_a_field_an_alias_would_match(db, odd_headers):
    # given 负责人 (an unknown person) would map to owner by alias

    # when
    report = run_import("deals", odd_headers, mapping={"account": "甲方", "owner": None})

    # then
    assert report.errors == [] and Deal.objects.get().owner is None


def test_an_explicitly_mapped_column_is_not_also_taken_by_an_alias(db, tmp_path):
    # given a "name" column holding the account (the deal title's alias is "name")
    path = tmp_path / "deals.csv"
    path.write_text("id,name,product\nN1,甲公司,\n", encoding="utf-8")

    # when
    report = run_import("deals", path, mapping={"account": "name"})

    # then
    assert "title" not in report.columns
    assert Deal.objects.get().title == "甲公司"  # derived from the account, not the column


def test_unknown_fields_and_columns_are_reported_on_the_header_line(db, odd_headers):
    # given / when
    report = run_import("deals", odd_headers, mapping={"budget": "金额", "account": "客户"})

    # then
    assert sorted((e.line, e.field) for e in report.errors) == [(1, "account"), (1, "budget")]
    assert not Deal.objects.exists()


def test_the_command_takes_repeated_map_options(db, odd_headers):
    # given / when
    call_command(
        "import_records",
        "deals",
        str(odd_headers),
        "--map",
        "account=甲方",
        "--map",
        "owner=",
        "--currency",
        "美元",
        "--json",
    )

    # then
    assert Deal.objects.get().currency == "USD"


def test_malformed_map_arguments_are_a_command_error(db, odd_headers):
    with pytest.raises(CommandError):
        call_command("import_records", "deals", str(odd_headers), "--map", "account")


def test_parse_map_args():
    assert parse_map_args(["amount=合同金额", "owner="]) == {"amount": "合同金额", "owner": None}
