"""``linghang ingest``: folders, summary, dry run, exit code, extraction hook."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from linghang.channels.models import Conversation, Message, SourceFile
from linghang.channels.tests.helpers import chat_lines, run_ingest, write_chat

pytestmark = pytest.mark.django_db


def test_folder_is_ingested_recursively_with_a_summary(tmp_path, no_extraction):
    # given
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_chat(tmp_path / "a", chat_lines(3))
    write_chat(tmp_path / "a" / "b", chat_lines(2), name="李总(远航物流)")
    (tmp_path / ".hidden").write_text("ignored")

    # when
    out, err = run_ingest(str(tmp_path))

    # then
    assert Message.objects.count() == 5 and Conversation.objects.count() == 2
    assert "新增消息" in out and "5" in out
    assert "抽取服务不可用" in err


def test_dry_run_json_prints_conversations_and_stores_nothing(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(2))

    # when
    out, _ = run_ingest(str(path), "--dry-run", "--json")

    # then
    data = json.loads(out)
    assert data["errors"] == []
    conversation = data["conversations"][0]
    assert (conversation["channel"], conversation["title"]) == ("wechat", "张经理(华星精密制造)")
    assert conversation["messages"][0] == {
        "ts": "2026-03-02T09:00:00+08:00",
        "sender": "张经理(华星精密制造)",
        "side": "customer",
        "kind": "text",
        "text": "第0条消息",
    }
    assert Message.objects.count() == 0 and SourceFile.objects.count() == 0


def test_dry_run_json_lists_errors_and_fails(tmp_path):
    # given
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": "a", "channel": "wechat", "messages": [}\n', encoding="utf-8")

    # when
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("ingest", str(path), "--dry-run", "--json", stdout=out)

    # then
    assert raised.value.returncode == 1
    errors = json.loads(out.getvalue())["errors"]
    assert [(e["file"], e["line"]) for e in errors] == [(str(path), 1)]


def test_errors_are_listed_with_file_and_line_and_exit_non_zero(tmp_path, no_extraction):
    # given
    path = write_chat(tmp_path, chat_lines(3))
    path.write_bytes(path.read_bytes() + b"bad,row\r\n")

    # when
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("ingest", str(path), stdout=out, stderr=StringIO())

    # then
    assert raised.value.returncode == 1
    assert f"{path}:5" in out.getvalue()
    assert Message.objects.count() == 3


def test_options_reach_the_parser(tmp_path, no_extraction):
    # given
    path = tmp_path / "群聊.txt"
    path.write_text(
        "2026-03-04 09:01:00 周宇\n各位好\n\n2026-03-04 09:02:00 刘总\n收到\n\n"
        "2026-03-04 09:03:00 王工\n好\n",
        encoding="utf-8",
    )

    # when
    run_ingest(str(path), "--self-name", "周宇", "--account", "远航物流")

    # then
    assert Message.objects.get(sender="周宇").side == "rep"
    assert Conversation.objects.get().account.name == "远航物流"


def test_extraction_runs_on_conversations_not_yet_analysed(tmp_path, extraction_calls):
    # given
    path = write_chat(tmp_path, chat_lines(2))

    # when
    run_ingest(str(path))
    run_ingest(str(path), "--no-extract")

    # then
    assert extraction_calls == [[Conversation.objects.get().pk]]


def test_missing_path_is_a_command_error(tmp_path):
    # when / then
    with pytest.raises(CommandError):
        run_ingest(str(tmp_path / "nope"))


def test_explicit_format_skips_detection(tmp_path, no_extraction):
    # given: one turn and no header is too little for detection to be sure
    path = tmp_path / "片段.txt"
    path.write_text("王工 00:00:05\n你好\n", encoding="utf-8")

    # when
    run_ingest(str(path), "--format", "transcript_txt")

    # then
    assert Message.objects.get().text == "你好"
