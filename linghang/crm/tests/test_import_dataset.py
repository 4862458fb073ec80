"""The public CRM data set in one call, and ``linghang import crm-dataset DIR``."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command

from linghang.crm.importers import import_crm_dataset
from linghang.crm.models import Account, Deal, Product
from linghang.units.models import Unit


def test_the_four_files_import_in_order(db, dataset_dir):
    # given / when
    reports = import_crm_dataset(dataset_dir)

    # then
    assert [report.kind for report in reports] == ["accounts", "products", "teams", "deals"]
    assert [report.ok_rows for report in reports] == [6, 4, 4, 6]
    assert all(report.errors == [] for report in reports)
    assert Deal.objects.filter(currency="USD").count() == 6
    assert (Account.objects.count(), Product.objects.count(), Unit.objects.count()) == (7, 4, 3)


def test_the_command_prints_a_summary_with_rows_per_second(db, dataset_dir):
    # given
    out = StringIO()

    # when
    call_command("import_records", "crm-dataset", str(dataset_dir), stdout=out)

    # then
    text = out.getvalue()
    assert "deals" in text and "行/秒" in text
    assert "deals：6 行成功，0 行有错误" in text
    assert "第 " not in text  # no error lines


def test_a_missing_directory_is_reported_per_file(db, tmp_path):
    # given / when
    reports = import_crm_dataset(tmp_path / "nowhere")

    # then
    assert all(report.errors and report.errors[0].line == 0 for report in reports)
