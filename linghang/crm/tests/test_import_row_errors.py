"""Per-row errors: each names the spreadsheet line and the field, and good rows are kept."""

from __future__ import annotations

from linghang.crm.importers import run_import
from linghang.crm.models import Deal


def test_bad_rows_are_reported_by_line_and_field_and_good_rows_stored(
    teams_and_products, fixtures_dir
):
    # given a pipeline file mixing good rows with an unknown stage, a bad date and amount,
    # an unknown agent, an unknown product, a cell spanning two text lines (row 7) that a
    # spreadsheet still shows as one row, and a row without account (not an error)
    path = fixtures_dir / "deals_bad_rows.csv"

    # when
    report = run_import("deals", path, currency="USD")

    # then
    assert [(e.line, e.field) for e in report.errors] == [
        (3, "stage"),
        (4, "engaged_on"),
        (4, "amount"),
        (5, "owner"),
        (6, "product"),
    ]
    assert all(error.message for error in report.errors)
    assert report.ok_rows == 4
    assert set(Deal.objects.values_list("external_id", flat=True)) == {
        "OK000001",
        "OK000006",
        "OK000007",
        "OK000008",
    }


def test_a_missing_required_column_is_reported_on_the_header_line(db, tmp_path):
    # given a contacts file without any name column
    path = tmp_path / "contacts.csv"
    path.write_text("客户名称,职务\n杭州博远科技有限公司,工程师\n", encoding="utf-8")

    # when
    report = run_import("contacts", path)

    # then
    assert [(e.line, e.field) for e in report.errors] == [(1, "name")]
    assert report.ok_rows == 0


def test_an_invalid_email_refuses_only_that_row(db, tmp_path):
    # given
    path = tmp_path / "contacts.csv"
    path.write_text(
        "客户名称,联系人,邮箱\n甲公司,王伟,wang@example.cn\n甲公司,李娜,not-an-email\n",
        encoding="utf-8",
    )

    # when
    report = run_import("contacts", path)

    # then
    assert report.ok_rows == 1
    assert [(e.line, e.field) for e in report.errors] == [(3, "email")]
