"""The MemoTrace TXT parser: contract plus blocks, notices and telling the rep apart."""

from __future__ import annotations

import io

from linghang.channels.parsers.memotrace_txt.parser import LOOKAHEAD, MemoTraceTxtParser
from linghang.core.testing.contracts import RECEIVED_AT, ParserContract, fixtures_of, parse_file

FIXTURES = {p.name: p for p in fixtures_of(MemoTraceTxtParser)}
ONE_TO_ONE = FIXTURES["张经理(华星精密).txt"]


def parse_text(text: str, name: str = "王工.txt", **hints):  # type: ignore[no-untyped-def]
    return list(
        MemoTraceTxtParser(**hints).parse(
            io.StringIO(text), source_name=name, received_at=RECEIVED_AT
        )
    )


class TestMemoTraceTxtContract(ParserContract):
    parser_class = MemoTraceTxtParser


def test_thread_and_account_hint_come_from_the_file_name():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), ONE_TO_ONE)

    # then
    assert messages[0].thread_key == "memotrace-txt:张经理(华星精密)"
    assert messages[0].title == "张经理(华星精密)"
    assert messages[0].account_name == "华星精密"


def test_rep_is_the_sender_who_is_not_the_remark_or_the_added_friend():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), ONE_TO_ONE)

    # then
    sides = {m.sender: m.side for m in messages if m.kind == "text"}
    assert sides == {"周宇": "rep", "张经理(华星精密)": "customer"}


def test_multi_line_content_keeps_inner_blank_lines():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), ONE_TO_ONE)

    # then
    assert messages[2].text == "你好，我们今年要上MES\n预算大概五十万左右\n\n下个月底厂长拍板"
    assert messages[2].line == 6


def test_system_lines_have_no_sender_and_recalls_are_marked():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), ONE_TO_ONE)

    # then
    assert (messages[0].kind, messages[0].side, messages[0].sender) == ("system", "system", "")
    recalls = [(m.sender, m.side) for m in messages if m.kind == "recalled"]
    assert recalls == [("周宇", "rep"), ("张经理(华星精密)", "customer")]


def test_placeholders_links_and_quotes():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), ONE_TO_ONE)

    # then
    kinds = [m.kind for m in messages[3:7]]
    assert kinds == ["image", "voice", "emoji", "file"]
    link = next(m for m in messages if m.kind == "link")
    assert link.text.splitlines()[:2] == ["[链接]:title:某竞品MES白皮书", "description:十大案例"]
    quote = next(m for m in messages if "引用:" in m.text)
    assert (quote.side, quote.kind) == ("rep", "text")
    assert quote.text.endswith("\n引用:张经理(华星精密):价格能不能再让一点？")


def test_name_then_time_order_in_gbk():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), FIXTURES["刘总.txt"])

    # then
    assert [(m.sender, m.side) for m in messages] == [
        ("刘总", "customer"),
        ("周宇", "rep"),
        ("刘总", "customer"),
    ]
    assert messages[0].text == "周经理，预算批下来了，一百二到一百五十万"
    assert messages[2].kind == "video"


def test_group_chat_without_hint_guesses_no_rep():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(), FIXTURES["MES项目群.txt"])

    # then
    assert {m.side for m in messages if m.kind == "text"} == {"customer"}


def test_self_name_hint_decides_the_rep():
    # given / when
    messages, _ = parse_file(MemoTraceTxtParser(self_name="周宇"), FIXTURES["MES项目群.txt"])

    # then
    sides = {m.sender: m.side for m in messages if m.kind == "text"}
    assert sides == {
        "周宇": "rep",
        "刘总（信息科）": "customer",
        "王工": "customer",
        "赵敏": "customer",
    }


def test_side_evidence_is_gathered_only_over_a_bounded_window():
    # given: the remark's owner speaks only after the look-ahead window
    blocks = [f"2026-01-01 10:{i // 60:02d}:{i % 60:02d} 李明\n第{i}条\n" for i in range(LOOKAHEAD)]
    blocks.append("2026-01-01 12:00:00 王工\n好\n")

    # when
    messages = parse_text("\n".join(blocks))

    # then: decided from the window (李明 is the one unknown sender), then applied
    assert messages[0].side == "rep" and messages[-1].side == "customer"
    assert len(messages) == LOOKAHEAD + 1


def test_minutes_only_time_and_windows_line_ends():
    # given
    text = "2026-01-01 10:00 王工\r\n在吗\r\n\r\n2026-01-01 10:01 李明\r\n在\r\n"

    # when
    messages = parse_text(text)

    # then
    assert [(m.sender, m.text, m.side) for m in messages] == [
        ("王工", "在吗", "customer"),
        ("李明", "在", "rep"),
    ]


def test_bad_timestamp_skips_only_that_block():
    # given / when
    messages, errors = parse_file(MemoTraceTxtParser(), FIXTURES["broken_李总.txt"])

    # then
    assert [e.line for e in errors] == [4]
    assert [m.text for m in messages] == ["第一条", "最后一条"]
