"""``linghang extract IN.jsonl -o OUT.jsonl``: the fixed output contract, without a database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from linghang.core.testing.engine_contract import GOLD_KEYS


def line(conversation_id: str, account: str, text: str, channel: str = "wechat") -> str:
    return json.dumps(
        {
            "id": conversation_id,
            "channel": channel,
            "industry": "医疗信息化",
            "account": account,
            "messages": [
                {"ts": "2026-03-02 11:15:26", "sender": "李主任", "side": "customer", "text": text},
                {"ts": "2026-03-02 11:16:00", "sender": "小周-云衡", "side": "rep", "text": "收到"},
            ],
            "gold": {"ignored": True},
        },
        ensure_ascii=False,
    )


@pytest.fixture
def conversations(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            [
                line("a1", "滨江医院", "今年预算五十万左右，下个月底前定"),
                line("a2", "滨江医院", "院里批的是八十万", channel="meeting"),
                line("b1", "别的客户", "我们决定直接用钉钉了"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def read(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_writes_one_prediction_per_conversation_in_the_gold_shape(
    conversations: Path, tmp_path: Path
) -> None:
    # given
    out = tmp_path / "out.jsonl"
    # when
    call_command("extract", str(conversations), "-o", str(out))
    # then
    rows = read(out)
    assert [r["id"] for r in rows] == ["a1", "a2", "b1"]
    assert all(set(r) == {"id", "pred"} and set(r["pred"]) == GOLD_KEYS for r in rows)
    assert rows[0]["pred"]["budget"] == {"min": 500000, "max": 500000, "currency": "CNY"}
    assert rows[0]["pred"]["decision_date"] == "2026-04-30"
    # the same account's conversations were analysed together
    assert {g["type"] for g in rows[1]["pred"]["gray_items"]} == {"conflicting_info"}
    assert rows[2]["pred"]["intent_level"] == "none"


def test_a_bad_line_is_named_and_the_others_are_still_written(
    conversations: Path, tmp_path: Path
) -> None:
    # given a file whose second line is broken
    lines = conversations.read_text(encoding="utf-8").splitlines()
    lines.insert(1, '{"id": "broken", "messages": [')
    lines.insert(
        2,
        json.dumps(
            {
                "id": "bad-side",
                "messages": [
                    {"ts": "2026-03-02 10:00:00", "sender": "x", "side": "robot", "text": "hi"}
                ],
            }
        ),
    )
    conversations.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # when
    with pytest.raises(CommandError, match="2 input line"):
        call_command("extract", str(conversations), "-o", str(out), stderr=(err := _Buffer()))
    # then
    assert "line 2: invalid JSON" in err.text
    assert "line 3: bad-side: messages[0]: 'side'" in err.text
    assert [r["id"] for r in read(out)] == ["a1", "a2", "b1"]


def test_runs_in_a_fresh_empty_data_dir_without_a_database(
    conversations: Path, tmp_path: Path
) -> None:
    # given an empty data directory: no SQLite file, no migrations
    data_dir = tmp_path / "fresh"
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "LINGHANG_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    # when
    done = subprocess.run(
        [sys.executable, "-m", "linghang.cli", "extract", str(conversations), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # then
    assert done.returncode == 0, done.stderr
    assert len(read(out)) == 3
    assert not (data_dir / "linghang.sqlite3").exists() or (
        (data_dir / "linghang.sqlite3").stat().st_size == 0
    )


class _Buffer:
    def __init__(self) -> None:
        self.text = ""

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass


def test_output_over_the_input_is_refused(tmp_path):
    # given
    source = tmp_path / "in.jsonl"
    source.write_text("", encoding="utf-8")
    # when / then
    with pytest.raises(CommandError, match="overwrite"):
        call_command("extract", str(source), "-o", str(source))


def test_a_repeated_id_is_reported_on_its_own_line(tmp_path, capsys):
    # given two lines with the same id
    line = json.dumps(
        {"id": "x1", "channel": "wechat", "account": "甲公司", "messages": []}, ensure_ascii=False
    )
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n" + line + "\n", encoding="utf-8")
    # when
    with pytest.raises(CommandError):
        call_command("extract", str(source), "-o", str(tmp_path / "out.jsonl"))
    # then
    assert "line 2: duplicate id 'x1'" in capsys.readouterr().err
