"""The labelled-conversation JSONL parser: contract plus the schema's own cases."""

from __future__ import annotations

import io
import json

import pytest

from linghang.channels.parsers.base import ParseError
from linghang.channels.parsers.eval_jsonl.parser import EvalJsonlParser
from linghang.core.testing.contracts import RECEIVED_AT, ParserContract, fixtures_of, parse_file

FIXTURES = {p.name: p for p in fixtures_of(EvalJsonlParser)}


def parse_text(text: str, **kwargs):  # type: ignore[no-untyped-def]
    return list(
        EvalJsonlParser().parse(
            io.StringIO(text), source_name="x.jsonl", received_at=RECEIVED_AT, **kwargs
        )
    )


class TestEvalJsonlContract(ParserContract):
    parser_class = EvalJsonlParser


def test_conversation_fields_come_from_the_line():
    # given / when
    messages, _ = parse_file(EvalJsonlParser(), FIXTURES["conversations.jsonl"])

    # then
    first = messages[0]
    assert first.thread_key == "eval:t001"
    assert first.account_name == "华星精密制造有限公司"
    assert first.industry == "工业自动化"
    assert first.channel == "wechat"
    assert {m.thread_key for m in messages} == {"eval:t001", "eval:t002", "eval:t003"}


def test_timestamps_without_zone_are_local_time():
    # given / when
    messages, _ = parse_file(EvalJsonlParser(), FIXTURES["conversations.jsonl"])

    # then
    assert messages[0].ts.isoformat() == "2026-03-02T09:12:52+08:00"
    assert messages[-1].ts.isoformat() == "2026-03-06T10:00:00+08:00"


def test_all_messages_of_a_conversation_point_at_its_line():
    # given / when
    messages, _ = parse_file(EvalJsonlParser(), FIXTURES["conversations.jsonl"])

    # then
    assert {m.line for m in messages if m.thread_key == "eval:t002"} == {2}


def test_placeholders_set_the_kind():
    # given / when
    messages, _ = parse_file(EvalJsonlParser(), FIXTURES["conversations.jsonl"])

    # then
    kinds = {m.text[:4]: m.kind for m in messages if m.text.startswith("[")}
    assert kinds == {"[图片]": "image", "[语音]": "voice", "[文件]": "file"}


def test_gold_labels_are_not_part_of_the_conversation():
    # given
    line = {
        "id": "g1",
        "channel": "wechat",
        "account": "甲",
        "messages": [
            {"ts": "2026-01-01 10:00:00", "sender": "A", "side": "customer", "text": "hi"}
        ],
        "gold": {"budget": {"min": 1, "max": 1}},
    }

    # when
    messages = parse_text(json.dumps(line))

    # then
    assert [m.text for m in messages] == ["hi"]


def test_broken_line_raises_after_earlier_conversations_were_delivered():
    # given
    delivered = []
    text = FIXTURES["broken.jsonl"].read_text(encoding="utf-8")

    # when
    with pytest.raises(ParseError) as raised:
        for message in EvalJsonlParser().parse(
            io.StringIO(text), source_name="broken.jsonl", received_at=RECEIVED_AT
        ):
            delivered.append(message)

    # then
    assert (raised.value.file, raised.value.line) == ("broken.jsonl", 2)
    assert {m.thread_key for m in delivered} == {"eval:t001"}
    assert "broken.jsonl:2" in str(raised.value)


def test_with_an_error_sink_later_lines_are_still_read():
    # given / when
    messages, errors = parse_file(EvalJsonlParser(), FIXTURES["broken.jsonl"])

    # then
    assert [e.line for e in errors] == [2, 3, 4]
    assert {m.thread_key for m in messages} == {"eval:t001", "eval:t002"}


@pytest.mark.parametrize(
    "line, fragment",
    [
        ('["not", "an", "object"]', "JSON 对象"),
        ('{"id": "a", "channel": "wechat", "messages": []}', "messages"),
        (
            '{"id": "a", "channel": "wechat", "messages": [{"ts": "2026-01-01 10:00:00", '
            '"sender": "A", "side": "boss", "text": "x"}]}',
            "side",
        ),
        ('{"channel": "wechat", "messages": []}', "id"),
    ],
)
def test_invalid_conversations_say_what_is_wrong(line, fragment):
    # given / when
    with pytest.raises(ParseError) as raised:
        parse_text(line)

    # then
    assert raised.value.line == 1 and fragment in raised.value.message
