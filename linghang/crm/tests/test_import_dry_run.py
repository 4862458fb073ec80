"""``linghang import KIND FILE --dry-run --json``: the report contract, nothing stored."""

from __future__ import annotations

import json
from io import StringIO

from django.core.management import call_command

from linghang.crm.models import Account, Deal
from linghang.units.models import Unit


def run_command(*args: str) -> str:
    out = StringIO()
    call_command("import_records", *args, stdout=out)
    return out.getvalue()


def test_dry_run_json_prints_the_report_and_stores_nothing(teams_and_products, fixtures_dir):
    # given
    accounts_before = Account.objects.count()

    # when
    output = run_command(
        "deals",
        str(fixtures_dir / "deals_bad_rows.csv"),
        "--dry-run",
        "--json",
        "--currency",
        "USD",
    )

    # then
    report = json.loads(output)
    assert set(report) == {"ok_rows", "errors", "preview"}
    assert report["ok_rows"] == 4
    assert report["errors"][0] == {
        "line": 3,
        "field": "stage",
        "message": report["errors"][0]["message"],
    }
    assert report["preview"][0]["external_id"] == "OK000001"
    assert report["preview"][0]["amount"] == "550.00"
    assert Deal.objects.count() == 0
    assert Account.objects.count() == accounts_before


def test_dry_run_of_a_teams_file_creates_no_people_or_units(db, dataset_dir):
    # given / when
    output = run_command("teams", str(dataset_dir / "sales_teams.csv"), "--dry-run", "--json")

    # then
    assert json.loads(output)["ok_rows"] == 4
    assert not Unit.objects.exists()


def test_dry_run_of_the_whole_data_set_stores_nothing(db, dataset_dir):
    # given / when
    output = run_command("crm-dataset", str(dataset_dir), "--dry-run", "--json")

    # then
    assert json.loads(output)["rows"] > 0
    assert not Account.objects.exists() and not Deal.objects.exists()
