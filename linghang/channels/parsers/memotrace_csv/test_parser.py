"""The MemoTrace CSV parser: contract plus the export's odd rows."""

from __future__ import annotations

import io

import pytest

from linghang.channels.parsers.base import ParseError
from linghang.channels.parsers.memotrace_csv.parser import HEADER, MemoTraceCsvParser
from linghang.core.testing.contracts import RECEIVED_AT, ParserContract, fixtures_of, parse_file

FIXTURES = {p.name: p for p in fixtures_of(MemoTraceCsvParser)}
ONE_TO_ONE = FIXTURES["张经理(华星精密)_utf8.csv"]


def by_line(path):  # type: ignore[no-untyped-def]
    messages, errors = parse_file(MemoTraceCsvParser(), path)
    assert not errors
    return {m.line: m for m in messages}


class TestMemoTraceCsvContract(ParserContract):
    parser_class = MemoTraceCsvParser


def test_bom_file_is_read_and_thread_comes_from_talker_and_file_remark():
    # given / when
    messages, _ = parse_file(MemoTraceCsvParser(), ONE_TO_ONE)

    # then
    assert ONE_TO_ONE.read_bytes().startswith(b"\xef\xbb\xbf")
    assert {m.thread_key for m in messages} == {"memotrace:21:张经理(华星精密)"}
    assert messages[0].title == "张经理(华星精密)"
    assert messages[0].account_name == "华星精密"


def test_is_sender_decides_the_side_and_create_time_the_instant():
    # given / when
    rows = by_line(ONE_TO_ONE)

    # then
    assert (rows[3].sender, rows[3].side) == ("周宇", "rep")
    assert (rows[4].sender, rows[4].side) == ("张经理(华星精密)", "customer")
    assert rows[3].ts.isoformat() == "2026-03-02T09:01:10+08:00"
    assert rows[4].sender_id == "wxid_fake_zhang01"


def test_multi_line_text_keeps_its_line_breaks_and_starting_line():
    # given / when
    rows = by_line(ONE_TO_ONE)

    # then
    assert rows[4].text == "你好，我们今年要上MES\n预算大概80W以内"
    assert rows[6].kind == "image"  # the row after the two-line record starts on line 6


def test_media_xml_becomes_placeholders():
    # given / when
    texts = {m.kind: m.text for m in by_line(ONE_TO_ONE).values() if m.kind != "text"}

    # then
    assert texts["image"] == "[图片]"
    assert texts["voice"] == "[语音]"
    assert texts["video"] == "[视频]"
    assert texts["emoji"] == "[表情包]"
    assert texts["other"] == "[位置]"
    assert all("<" not in text for text in texts.values())


def test_app_messages_keep_only_their_title():
    # given / when
    rows = by_line(ONE_TO_ONE)

    # then
    assert (rows[10].kind, rows[10].text) == ("file", "[文件] 华星MES方案&报价.pdf")
    assert (rows[11].kind, rows[11].text) == ("link", "[链接] 某竞品MES白皮书")
    assert (rows[12].kind, rows[12].text) == ("file", "[文件]")


def test_quote_is_text_with_the_quoted_message_on_a_last_line():
    # given / when
    quote = by_line(ONE_TO_ONE)[13]

    # then
    assert quote.kind == "text"
    assert quote.text == "实施费已经含在报价里了\n引用:张经理(华星精密):价格能不能再让一点？"


def test_system_and_recall_notices():
    # given / when
    rows = by_line(ONE_TO_ONE)

    # then
    assert (rows[2].side, rows[2].kind, rows[2].sender) == ("system", "system", "")
    assert (rows[14].side, rows[14].kind, rows[14].text) == ("rep", "recalled", "你撤回了一条消息")
    assert (rows[15].side, rows[15].kind) == ("customer", "recalled")
    assert rows[18].kind == "system"


def test_group_chat_in_gbk_has_one_thread_and_many_senders():
    # given / when
    messages, _ = parse_file(MemoTraceCsvParser(), FIXTURES["MES项目群_utf8.csv"])

    # then
    assert {m.thread_key for m in messages} == {"memotrace:33:MES项目群"}
    assert [m.sender for m in messages] == ["周宇", "刘总（信息科）", "王工-华星精密", "赵敏"]
    assert [m.side for m in messages] == ["rep", "customer", "customer", "customer"]


def test_wrong_header_is_a_file_level_error_even_with_a_sink():
    # given
    text = "id,talker,content\n1,2,3\n"

    # when
    with pytest.raises(ParseError) as raised:
        list(
            MemoTraceCsvParser().parse(
                io.StringIO(text),
                source_name="a.csv",
                received_at=RECEIVED_AT,
                on_error=lambda e: None,
            )
        )

    # then
    assert raised.value.line == 1 and "localId" in raised.value.message


def test_missing_create_time_falls_back_to_str_time_in_the_given_zone():
    # given
    row = "1,5,1,0,0,,,早,2026-03-02 09:00:00,甲,甲,wxid_a"
    text = ",".join(HEADER) + "\r\n" + row + "\r\n"

    # when
    messages = list(
        MemoTraceCsvParser().parse(
            io.StringIO(text, newline=""), source_name="a.csv", received_at=RECEIVED_AT
        )
    )

    # then
    assert messages[0].ts.isoformat() == "2026-03-02T09:00:00+08:00"
