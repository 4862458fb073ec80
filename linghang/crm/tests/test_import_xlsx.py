"""XLSX import: typed cells (numbers, dates) read in openpyxl's streaming mode."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook

from linghang.crm.importers import run_import
from linghang.crm.models import Contact, Deal


@pytest.fixture
def deals_xlsx(tmp_path):
    """A workbook as Chinese Excel saves it: numbers as numbers, dates as dates."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["商机编号", "商机名称", "客户名称", "阶段", "金额", "预计成交日期"])
    sheet.append(
        [
            "X1",
            "恒锐伺服改造",
            "苏州恒锐汽车制动部件有限公司",
            "方案报价",
            115700,
            dt.datetime(2026, 11, 25),
        ]
    )
    sheet.append([None, None, None, None, None, None])  # a blank row in the middle
    sheet.append(["X2", "聚丰MES", "无锡聚丰精密机械有限公司", "赢单", 213400.5, "2026-08-10"])
    sheet.append(["X3", "坏行", "无锡聚丰精密机械有限公司", "赢单", "很多", "2026-08-10"])
    path = tmp_path / "deals.xlsx"
    workbook.save(path)
    return path


def test_xlsx_rows_import_with_typed_cells(db, deals_xlsx):
    # given a workbook with a blank row and a bad amount on spreadsheet row 5

    # when
    report = run_import("deals", deals_xlsx)

    # then
    assert report.ok_rows == 2
    assert [(e.line, e.field) for e in report.errors] == [(5, "amount")]
    first = Deal.objects.get(external_id="X1")
    assert (first.stage, first.amount, first.expected_close) == (
        "proposal",
        Decimal("115700.00"),
        dt.date(2026, 11, 25),
    )
    assert Deal.objects.get(external_id="X2").amount == Decimal("213400.50")


def test_xlsx_numeric_phone_numbers_stay_digits(db, tmp_path):
    # given a phone number stored as a number
    workbook = Workbook()
    workbook.active.append(["客户名称", "联系人", "手机"])
    workbook.active.append(["杭州博远科技有限公司", "王伟", 13800000001])
    path = tmp_path / "contacts.xlsx"
    workbook.save(path)

    # when
    run_import("contacts", path)

    # then
    assert Contact.objects.get().phone == "13800000001"


def test_a_file_that_is_not_a_workbook_is_reported_not_raised(db, tmp_path):
    # given
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")

    # when
    report = run_import("accounts", path)

    # then
    assert report.ok_rows == 0
    assert report.errors[0].line == 0 and "XLSX" in report.errors[0].message
