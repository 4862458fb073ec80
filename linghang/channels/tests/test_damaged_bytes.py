"""A few undecodable bytes in a UTF-8 export: read as UTF-8, the damaged lines reported."""

from __future__ import annotations

import io

import pytest

from linghang.channels.encodings import HEAD_BYTES, detect_encoding, open_text
from linghang.channels.models import Message
from linghang.channels.services import ingest_file

pytestmark = pytest.mark.django_db


def chat(count: int, *, start: int = 0) -> str:
    """A MemoTrace TXT chat of ``count`` messages, ten minutes apart."""
    return "".join(
        f"2026-03-02 {9 + (start + i) // 60:02d}:{(start + i) % 60:02d}:00 李总\n"
        f"第{start + i}条：预算大概五十万，下周请技术部门一起评估方案\n\n"
        for i in range(count)
    )


def test_stray_byte_in_a_utf8_head_keeps_utf8():
    # given
    data = chat(3).encode() + b"\xff" + chat(3, start=3).encode()

    # when / then
    assert detect_encoding(data) == "utf-8"


def test_one_gbk_line_in_a_utf8_head_keeps_utf8():
    # given
    gbk_line = "2026-03-02 10:00:00 李总\n好的，我们内部再商量一下预算\n\n".encode("gbk")
    data = chat(20).encode() + gbk_line + chat(20, start=30).encode()

    # when / then
    assert detect_encoding(data) == "utf-8"


def test_a_genuine_gbk_chat_is_still_gb18030():
    # given
    data = chat(20).encode("gbk")

    # when / then
    assert detect_encoding(data) == "gb18030"


def test_stray_byte_is_imported_and_its_line_reported(tmp_path):
    # given: the byte sits in the content line of the second message (line 5)
    path = tmp_path / "李总(远航物流).txt"
    path.write_bytes(
        chat(1).encode()
        + chat(1, start=1).encode().replace(b"\xef\xbc\x9a", b"\xff")
        + chat(2, start=2).encode()
    )

    # when
    report = ingest_file(path)

    # then
    assert report.messages_added == 4
    assert Message.objects.get(source_line=4).text.startswith("第1条\ufffd预算")
    assert Message.objects.get(source_line=1).text.startswith("第0条：预算")
    assert [(e.file, e.line) for e in report.errors] == [(str(path), 5)]
    assert "UTF-8" in report.errors[0].message


def test_bad_byte_after_the_head_is_replaced_and_reported(tmp_path):
    # given: a clean head, then one GBK line far past it
    clean = chat(40).encode() * (HEAD_BYTES // len(chat(40).encode()) + 1)
    lines_before = clean.count(b"\n")
    path = tmp_path / "李总.txt"
    path.write_bytes(clean + "2026-03-03 09:00:00 李总\n".encode() + "好的\n".encode("gbk"))

    # when
    report = ingest_file(path)

    # then
    assert [e.line for e in report.errors] == [lines_before + 2]
    assert "\ufffd" in Message.objects.get(source_line=lines_before + 1).text


def test_damage_is_counted_by_line_when_streaming():
    # given
    lines: list[int] = []
    data = "好\n".encode() + b"\xffbad\n" + "好\n".encode() + b"also \xfe bad\n"

    # when
    decoded = open_text(io.BytesIO(data), on_damaged_line=lines.append)
    text = decoded.stream.read()

    # then
    assert text == "好\n\ufffdbad\n好\nalso \ufffd bad\n"
    assert lines == [2, 4]


def test_one_gbk_line_costs_that_line_not_the_whole_file(tmp_path):
    # given
    path = tmp_path / "李总.txt"
    gbk_content = "好的，我们内部再商量一下预算\n\n".encode("gbk")
    path.write_bytes(
        chat(20).encode() + b"2026-03-02 10:00:00 Li\n" + gbk_content + chat(20, start=61).encode()
    )

    # when
    report = ingest_file(path)

    # then
    assert report.messages_added == 41
    assert (
        Message.objects.get(source_line=1).text
        == "第0条：预算大概五十万，下周请技术部门一起评估方案"
    )
    assert [e.line for e in report.errors] == [62]
