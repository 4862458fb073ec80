"""A CSV quote that never closes: the lines it swallowed are named, never lost silently."""

from __future__ import annotations

import csv

from linghang.crm.importers import run_import
from linghang.crm.models import Account

HEADER = "客户编号,客户名称,行业,所在城市\n"


def good_rows(first: int, count: int) -> str:
    return "".join(f"A{n:03d},公司{n},制造业,苏州\n" for n in range(first, first + count))


def test_a_quote_open_to_the_end_of_the_file_names_every_line_it_took(db, tmp_path):
    # given rows on lines 2–6, a quote opened on line 7 and never closed, lines 8–11 after it
    path = tmp_path / "accounts.csv"
    path.write_text(HEADER + good_rows(2, 5) + 'A007,"未闭合引号,制造业,苏州\n' + good_rows(8, 4))

    # when
    report = run_import("accounts", path)

    # then
    assert [(e.line, e.field) for e in report.errors] == [(7, "")]
    assert "引号未闭合" in report.errors[0].message and "7–11" in report.errors[0].message
    assert report.ok_rows == 5
    assert Account.objects.count() == 5


def test_a_quote_closed_lines_later_costs_only_those_lines(db, tmp_path):
    # given a quote opened on line 3 that a stray quote on line 5 closes
    swallowed = 'A003,"未闭合引号,制造业,苏州\nA004,公司4,制造业,苏州\nA005,公司5",制造业,苏州\n'
    path = tmp_path / "accounts.csv"
    path.write_text(HEADER + good_rows(2, 1) + swallowed + good_rows(6, 3))

    # when
    report = run_import("accounts", path)

    # then rows on lines 2 and 6–8 are stored; lines 3–5 are named in one error
    assert len(report.errors) == 1 and "3–5" in report.errors[0].message
    stored = set(Account.objects.values_list("name", flat=True))
    assert stored == {"公司2", "公司6", "公司7", "公司8"}


def test_a_quoted_value_with_a_line_break_still_imports(db, tmp_path):
    # given a remark over two lines, properly quoted
    path = tmp_path / "accounts.csv"
    path.write_text('客户编号,客户名称,备注\nA001,公司1,"第一行\n第二行"\nA002,公司2,\n')

    # when
    report = run_import("accounts", path)

    # then
    assert report.errors == [] and report.ok_rows == 2


def test_a_field_over_the_csv_size_limit_is_a_row_error_in_chinese(db, tmp_path):
    # given an unclosed quote whose line alone is longer than the parser accepts
    huge = "x" * (csv.field_size_limit() + 10)
    path = tmp_path / "accounts.csv"
    path.write_text(HEADER + good_rows(2, 1) + f'A003,"{huge}\n' + good_rows(4, 2))

    # when
    report = run_import("accounts", path)

    # then the line is named and the rows after it are read
    assert [(e.line, e.field) for e in report.errors] == [(3, "")]
    assert "字段超过" in report.errors[0].message
    assert "field larger" not in report.errors[0].message
    assert report.ok_rows == 3
