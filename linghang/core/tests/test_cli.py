"""The `linghang` console script: aliases and clean configuration errors."""

from __future__ import annotations

import os
import subprocess
import sys


def _linghang(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # These tests use SQLite in a temp dir even during the PostgreSQL run.
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | env
    return subprocess.run(
        [sys.executable, "-m", "linghang.cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_import_describes_the_import_command(tmp_path):
    result = _linghang("help", "import", LINGHANG_DATA_DIR=str(tmp_path))
    assert result.returncode == 0
    assert "--dry-run" in result.stdout


def test_bad_boolean_is_named_without_a_traceback(tmp_path):
    result = _linghang("check", LINGHANG_DATA_DIR=str(tmp_path), LINGHANG_DEBUG="maybe")
    assert result.returncode == 2
    assert "LINGHANG_DEBUG='maybe'" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_time_zone_is_named(tmp_path):
    result = _linghang("check", LINGHANG_DATA_DIR=str(tmp_path), LINGHANG_TIME_ZONE="Mars/Base")
    assert result.returncode == 2
    assert "LINGHANG_TIME_ZONE" in result.stderr


def test_bad_database_url_is_named(tmp_path):
    result = _linghang("check", LINGHANG_DATA_DIR=str(tmp_path), DATABASE_URL="garbage://x")
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr


def test_bad_log_level_is_named(tmp_path):
    result = _linghang("check", LINGHANG_DATA_DIR=str(tmp_path), LINGHANG_LOG_LEVEL="LOUD")
    assert result.returncode == 2
    assert "LINGHANG_LOG_LEVEL" in result.stderr
