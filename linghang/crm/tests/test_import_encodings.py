"""Encodings: UTF-8 with and without BOM and GBK (as Chinese Excel saves CSV) all read."""

from __future__ import annotations

import pytest

from linghang.crm.importers import run_import
from linghang.crm.importers.readers import detect_encoding
from linghang.crm.models import Contact


@pytest.mark.parametrize(
    ("filename", "encoding"),
    [
        ("contacts_zh.csv", "utf-8"),
        ("contacts_zh_bom.csv", "utf-8-sig"),
        ("contacts_zh_gbk.csv", "gb18030"),
    ],
)
def test_each_encoding_imports_the_same_contacts(db, fixtures_dir, filename, encoding):
    # given the same three contacts saved in a different encoding
    path = fixtures_dir / filename

    # when
    report = run_import("contacts", path)

    # then
    assert detect_encoding(path.read_bytes()) == encoding
    assert report.ok_rows == 3 and report.errors == []
    assert report.columns["name"] == "联系人"  # the BOM did not stick to the first header
    assert set(Contact.objects.values_list("name", "title")) == {
        ("邵宏伟", "生产副总"),
        ("潘文博", "自动化工程师"),
        ("曾淑芬", "采购经理"),
    }


def test_a_gbk_file_longer_than_the_detection_sample_streams_through(db, tmp_path):
    # given a GBK file far larger than the 64 KB head used for detection
    rows = "".join(f"杭州博远科技有限公司,联系人{i},工程师\n" for i in range(4000))
    path = tmp_path / "big_gbk.csv"
    path.write_bytes(("客户名称,联系人,职务\n" + rows).encode("gbk"))

    # when
    report = run_import("contacts", path)

    # then
    assert report.ok_rows == 4000
    assert Contact.objects.filter(name="联系人3999").exists()


def test_an_undecodable_line_refuses_that_row_only(db, tmp_path):
    # given a UTF-8 file (detected from its first 64 KB) with a stray GBK name on row 2002
    good = "".join(f"杭州博远科技有限公司,联系人{i}\n" for i in range(2000)).encode()
    stray = "杭州博远科技有限公司,".encode() + "张强\n".encode("gbk")
    path = tmp_path / "mixed.csv"
    path.write_bytes("客户名称,联系人\n".encode() + good + stray + "杭州博远科技,李娜\n".encode())

    # when
    report = run_import("contacts", path)

    # then
    assert [(e.line, e.field) for e in report.errors] == [(2002, "")]
    assert "utf-8" in report.errors[0].message
    assert report.ok_rows == 2001
    assert Contact.objects.filter(name="李娜").exists()
