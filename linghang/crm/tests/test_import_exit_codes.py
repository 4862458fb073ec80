"""``linghang import`` exit status: 0 imported, 1 rows refused or file unread, 2 no such path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from linghang.crm.importers import run_import


def run_command(*args: str) -> str:
    out = StringIO()
    call_command("import_records", *args, stdout=out)
    return out.getvalue()


def failure(*args: str) -> tuple[CommandError, str]:
    out = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_records", *args, stdout=out)
    return caught.value, out.getvalue()


def test_a_missing_file_is_a_command_error_naming_it(db, tmp_path):
    # given
    missing = tmp_path / "nonexist.csv"

    # when
    error, output = failure("accounts", str(missing))

    # then
    assert error.returncode == 2
    assert str(missing) in str(error) and "no such file" in str(error)
    assert output == ""


def test_a_directory_is_not_reported_as_a_missing_file(db, tmp_path):
    # given / when
    error, _output = failure("accounts", str(tmp_path))

    # then
    assert error.returncode == 2
    assert str(tmp_path) in str(error) and "is a directory" in str(error)
    assert "文件不存在" not in str(error)


def test_run_import_names_a_directory_as_one(db, tmp_path):
    # given / when
    report = run_import("accounts", tmp_path)

    # then
    assert not report.readable
    assert "目录" in report.errors[0].message and "不存在" not in report.errors[0].message


def test_a_missing_data_set_directory_is_a_command_error(db, tmp_path):
    # given / when
    error, output = failure("crm-dataset", str(tmp_path / "nope"))

    # then
    assert error.returncode == 2
    assert str(tmp_path / "nope") in str(error)
    assert "共" not in output


def test_a_data_set_directory_names_the_files_it_lacks(db, tmp_path, dataset_dir):
    # given only two of the four files
    shutil.copy(dataset_dir / "accounts.csv", tmp_path)
    shutil.copy(dataset_dir / "sales_teams.csv", tmp_path)

    # when
    error, _output = failure("crm-dataset", str(tmp_path))

    # then
    assert "products.csv" in str(error) and "sales_pipeline.csv" in str(error)
    assert "accounts.csv" not in str(error)


def test_row_errors_exit_1_after_the_summary(teams_and_products, fixtures_dir):
    # given / when
    error, output = failure("deals", str(fixtures_dir / "deals_bad_rows.csv"), "--currency", "USD")

    # then
    assert error.returncode == 1
    assert "4 行有错误" in output


def test_row_errors_exit_1_after_the_json(teams_and_products, fixtures_dir):
    # given / when
    error, output = failure(
        "deals", str(fixtures_dir / "deals_bad_rows.csv"), "--currency", "USD", "--json"
    )

    # then
    assert error.returncode == 1
    assert json.loads(output)["ok_rows"] == 4


def test_a_dry_run_preview_with_row_errors_exits_0(teams_and_products, fixtures_dir):
    # given / when
    output = run_command(
        "deals",
        str(fixtures_dir / "deals_bad_rows.csv"),
        "--currency",
        "USD",
        "--dry-run",
        "--json",
    )

    # then
    assert len(json.loads(output)["errors"]) >= 4


def test_a_dry_run_of_an_unreadable_file_exits_1(db, tmp_path):
    # given
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")

    # when
    error, output = failure("accounts", str(empty), "--dry-run", "--json")

    # then
    assert error.returncode == 1
    assert json.loads(output)["errors"][0]["line"] == 0


def test_a_clean_import_exits_0(db, dataset_dir):
    # given / when
    output = run_command("crm-dataset", str(dataset_dir))

    # then
    assert "共 " in output


def test_the_shell_sees_exit_status_2_for_a_missing_file(tmp_path):
    # given the real console script, on SQLite in a temp dir
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment["LINGHANG_DATA_DIR"] = str(tmp_path)

    # when
    result = subprocess.run(
        [sys.executable, "-m", "linghang.cli", "import", "accounts", str(tmp_path / "x.csv")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    # then
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
