"""The meeting-transcript parser: contract plus the three turn shapes and the header."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from linghang.channels.parsers.transcript_txt.parser import TranscriptTxtParser
from linghang.core.testing.contracts import RECEIVED_AT, ParserContract, fixtures_of, parse_file

FIXTURES = {p.name: p for p in fixtures_of(TranscriptTxtParser)}
WITH_HEADER = FIXTURES["华星精密方案沟通.txt"]


def parse_text(text: str, name: str = "会议.txt", **hints):  # type: ignore[no-untyped-def]
    return list(
        TranscriptTxtParser(**hints).parse(
            io.StringIO(text), source_name=name, received_at=RECEIVED_AT
        )
    )


class TestTranscriptContract(ParserContract):
    parser_class = TranscriptTxtParser


def test_header_gives_start_title_account_and_our_side():
    # given / when
    messages, _ = parse_file(TranscriptTxtParser(), WITH_HEADER)

    # then
    first = messages[0]
    assert first.channel == "meeting"
    assert first.title == "华星精密MES方案沟通"
    assert first.account_name == "华星精密制造有限公司"
    assert first.industry == "工业自动化"
    assert first.thread_key == "meeting:华星精密MES方案沟通:202603051400"
    assert [(m.sender, m.side) for m in messages] == [
        ("周宇", "rep"),
        ("张经理（设备部）", "customer"),
        ("孙工", "rep"),
        ("张经理（设备部）", "customer"),
    ]


def test_offsets_are_added_to_the_start_including_hours():
    # given / when
    messages, _ = parse_file(TranscriptTxtParser(), WITH_HEADER)

    # then
    assert messages[1].ts.isoformat() == "2026-03-05T14:01:10+08:00"
    assert messages[3].ts.isoformat() == "2026-03-05T15:02:03+08:00"


def test_words_over_several_lines_are_one_turn():
    # given / when
    messages, _ = parse_file(TranscriptTxtParser(), WITH_HEADER)

    # then
    assert messages[1].text == "好的。我们预算这边\n大概是八十万以内。"
    assert messages[1].line == 10


def test_one_line_shape_in_utf16_with_start_from_the_file_name():
    # given / when
    messages, _ = parse_file(TranscriptTxtParser(), FIXTURES["2026-03-06 1030 江城三院.txt"])

    # then
    assert [m.sender for m in messages] == ["陈主任", "周宇", "陈主任"]
    assert messages[1].text == "这块我们做过十几家医院"
    assert messages[0].ts.isoformat() == "2026-03-06T10:30:03+08:00"


def test_rep_names_hint_marks_our_speakers():
    # given / when
    messages, _ = parse_file(
        TranscriptTxtParser(rep_names=["周宇"]), FIXTURES["2026-03-06 1030 江城三院.txt"]
    )

    # then
    assert [m.side for m in messages] == ["customer", "rep", "customer"]


def test_bracketed_time_shape_with_bom_falls_back_to_received_at():
    # given / when
    messages, _ = parse_file(TranscriptTxtParser(), FIXTURES["远航物流周会.txt"])

    # then
    assert (messages[0].sender, messages[0].text) == ("李总", "今年预算一百万出头")
    assert messages[0].ts == datetime(2026, 3, 1, 12, 0, 3, tzinfo=UTC)


def test_minutes_and_seconds_offsets():
    # given
    text = "会议时间：2026年3月9日 9:30\n王工(01:05)：你好\n李明(61:00)：再见\n"

    # when
    messages = parse_text(text)

    # then
    assert [m.ts.isoformat() for m in messages] == [
        "2026-03-09T09:31:05+08:00",
        "2026-03-09T10:31:00+08:00",
    ]


def test_speech_ending_in_a_clock_time_is_not_a_new_turn():
    # given
    text = "会议时间：2026-03-09 09:30\n王工 00:00:05\n那就约，明天 15:00\n"

    # when
    messages = parse_text(text)

    # then
    assert [m.text for m in messages] == ["那就约，明天 15:00"]


def test_bad_offset_skips_that_turn_with_its_words():
    # given / when
    messages, errors = parse_file(TranscriptTxtParser(), FIXTURES["broken_offset.txt"])

    # then
    assert [e.line for e in errors] == [5]
    assert [m.text for m in messages] == ["第一句", "最后一句"]
