"""``linghang import KIND FILE`` without ``--json``: a short summary a person can act on."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def test_the_summary_lists_counts_and_each_error_with_line_and_field(
    teams_and_products, fixtures_dir
):
    # given
    out = StringIO()

    # when the import refuses rows, it still prints the summary before failing
    with pytest.raises(CommandError):
        call_command(
            "import_records",
            "deals",
            str(fixtures_dir / "deals_bad_rows.csv"),
            "--currency",
            "USD",
            stdout=out,
        )

    # then
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("deals：4 行成功，4 行有错误")
    assert any(line.strip().startswith("第 3 行 [stage]") for line in lines)
    assert any(line.strip().startswith("第 6 行 [product]") for line in lines)
