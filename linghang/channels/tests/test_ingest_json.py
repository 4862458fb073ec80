"""``linghang ingest --json`` (without ``--dry-run``) stores and prints the report as JSON."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from linghang.channels.models import Conversation, Message
from linghang.channels.tests.helpers import chat_lines, run_ingest, write_chat

pytestmark = pytest.mark.django_db


def test_json_report_is_printed_alone_on_stdout(tmp_path, extraction_calls):
    # given
    path = write_chat(tmp_path, chat_lines(3), name="王工")

    # when
    out, err = run_ingest(str(path), "--json")

    # then
    assert json.loads(out) == {
        "files": 1,
        "conversations_created": 1,
        "messages_added": 3,
        "messages_skipped": 0,
        "conversation_ids": [Conversation.objects.get().pk],
        "errors": [],
    }
    assert Message.objects.count() == 3
    assert "--account" in err and "已分析" in err


def test_json_report_lists_errors_and_exits_non_zero(tmp_path, no_extraction):
    # given
    path = write_chat(tmp_path, chat_lines(2))
    path.write_bytes(path.read_bytes() + b"bad,row\r\n")

    # when
    out = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("ingest", str(path), "--json", stdout=out, stderr=StringIO())

    # then
    assert raised.value.returncode == 1
    report = json.loads(out.getvalue())
    assert report["messages_added"] == 2
    assert [(e["file"], e["line"]) for e in report["errors"]] == [(str(path), 4)]
    assert set(report["errors"][0]) == {"file", "line", "message"}
