"""Ingesting a file: idempotent, overlapping exports, broken input keeps what came before."""

from __future__ import annotations

import pytest

from linghang.channels.models import Conversation, Message, SourceFile
from linghang.channels.services import ingest_file
from linghang.channels.tests.helpers import chat_lines, write_chat

pytestmark = pytest.mark.django_db


def test_same_file_twice_changes_nothing(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(10))
    first = ingest_file(path)
    before = (Conversation.objects.count(), Message.objects.count(), SourceFile.objects.count())

    # when
    second = ingest_file(path)

    # then
    assert (first.messages_added, first.conversations_created) == (10, 1)
    assert (second.messages_added, second.messages_skipped) == (0, 10)
    assert second.conversations_created == 0 and second.changed_conversation_ids == []
    assert (
        Conversation.objects.count(),
        Message.objects.count(),
        SourceFile.objects.count(),
    ) == before


def test_overlapping_later_export_adds_only_new_messages(tmp_path):
    # given
    ingest_file(write_chat(tmp_path, chat_lines(10)))
    later = tmp_path / "later"
    later.mkdir()

    # when
    report = ingest_file(write_chat(later, chat_lines(10, first=5)))

    # then
    assert (report.messages_added, report.messages_skipped) == (5, 5)
    assert Message.objects.count() == 15
    assert Conversation.objects.count() == 1


def test_identical_messages_in_the_same_second_are_both_kept(tmp_path):
    # given
    lines = chat_lines(1) * 2

    # when
    report = ingest_file(write_chat(tmp_path, lines))
    again = ingest_file(write_chat(tmp_path, lines))

    # then
    assert report.messages_added == 2 and again.messages_added == 0


def test_conversation_span_and_message_fields(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(4))

    # when
    report = ingest_file(path)

    # then
    conversation = Conversation.objects.get()
    messages = list(conversation.messages.order_by("ts"))
    assert conversation.started_at == messages[0].ts
    assert conversation.last_message_at == messages[-1].ts
    assert conversation.thread_key == "memotrace:7:张经理(华星精密制造)"
    assert [m.source_line for m in messages] == [2, 3, 4, 5]
    assert {m.source_file_id for m in messages} == set(report.source_file_ids)
    source = SourceFile.objects.get()
    assert (source.parser, source.messages_added, len(source.sha256)) == ("memotrace_csv", 4, 64)


def test_a_broken_line_keeps_what_came_before_and_reads_on(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(6))
    rows = path.read_bytes().split(b"\r\n")
    rows[3] = b"broken,row"
    path.write_bytes(b"\r\n".join(rows))

    # when
    report = ingest_file(path)

    # then
    assert report.messages_added == 5
    assert [(e.file, e.line) for e in report.errors] == [(str(path), 4)]
    assert "12" in report.errors[0].message
    assert SourceFile.objects.get().errors == [e.as_dict() for e in report.errors]


def test_jsonl_with_a_bad_line_keeps_earlier_and_later_conversations(tmp_path):
    # given
    good = (
        '{"id": "%s", "channel": "wechat", "account": "远航物流", "messages": '
        '[{"ts": "2026-03-02 10:00:00", "sender": "李总", "side": "customer", "text": "好"}]}'
    )
    path = tmp_path / "conversations.jsonl"
    path.write_text("\n".join([good % "a", "{oops", good % "b"]), encoding="utf-8")

    # when
    report = ingest_file(path)

    # then
    assert report.messages_added == 2
    assert [(e.line, e.file) for e in report.errors] == [(2, str(path))]
    assert set(Conversation.objects.values_list("thread_key", flat=True)) == {"eval:a", "eval:b"}


def test_unknown_format_is_an_error_naming_the_file(tmp_path):
    # given
    path = tmp_path / "notes.txt"
    path.write_text("随便写的一些笔记\n没有时间也没有发言人\n", encoding="utf-8")

    # when
    report = ingest_file(path)

    # then
    assert [(e.file, e.line) for e in report.errors] == [(str(path), None)]
    assert "notes.txt" in str(report.errors[0])
    assert Message.objects.count() == 0 and SourceFile.objects.count() == 0


def test_missing_file_is_reported_not_raised(tmp_path):
    # when
    report = ingest_file(tmp_path / "nope.csv")

    # then
    assert report.errors and report.errors[0].file.endswith("nope.csv")


def test_chunks_are_written_separately(tmp_path, monkeypatch):
    # given: chunks of 3, so 10 messages take four transactions
    monkeypatch.setattr("linghang.channels.services.CHUNK_SIZE", 3)
    path = write_chat(tmp_path, chat_lines(10))

    # when
    report = ingest_file(path)

    # then
    assert report.messages_added == Message.objects.count() == 10
