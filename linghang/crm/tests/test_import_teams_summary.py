"""The teams summary says what was created: units and people, not one bare number."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def test_the_teams_summary_counts_units_and_people(db, dataset_dir):
    # given
    out = StringIO()

    # when
    call_command("import_records", "teams", str(dataset_dir / "sales_teams.csv"), stdout=out)

    # then three managers' units and seven people, memberships named as such
    summary = out.getvalue().splitlines()[0]
    assert summary.startswith("teams：4 行成功，0 行有错误")
    assert "新建 3 个作战单元、7 名人员" in summary
    assert "成员关系新建 7" in summary


def test_a_second_teams_import_creates_nothing(db, dataset_dir):
    # given
    call_command("import_records", "teams", str(dataset_dir / "sales_teams.csv"), stdout=StringIO())
    out = StringIO()

    # when
    call_command("import_records", "teams", str(dataset_dir / "sales_teams.csv"), stdout=out)

    # then
    assert "新建 0 个作战单元、0 名人员" in out.getvalue()
