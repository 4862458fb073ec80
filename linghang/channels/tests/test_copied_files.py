"""A renamed copy of an export (``李总 (1).txt``, ``- 副本``, ``copy``) is the same chat."""

from __future__ import annotations

import shutil

import pytest

from linghang.channels.export_writers import write_memotrace_txt
from linghang.channels.models import Conversation
from linghang.channels.parsers.filenames import export_stem
from linghang.channels.services import ingest_file
from linghang.channels.tests.helpers import chat_lines, write_chat

pytestmark = pytest.mark.django_db

COPIES = [
    "李总(远航物流) (1).txt",
    "李总(远航物流) - 副本.txt",
    "李总(远航物流)_副本.txt",
    "李总(远航物流) copy.txt",
    "李总(远航物流) - Copy (2).txt",
    "李总(远航物流) 副本 2.txt",
]


@pytest.mark.parametrize("copy_name", COPIES)
def test_copied_txt_export_adds_nothing(tmp_path, copy_name):
    # given
    original = write_memotrace_txt(tmp_path / "李总(远航物流).txt", chat_lines(4))
    ingest_file(original)
    copy = tmp_path / "downloads" / copy_name
    copy.parent.mkdir()
    shutil.copy(original, copy)

    # when
    report = ingest_file(copy)

    # then
    assert (report.conversations_created, report.messages_added) == (0, 0)
    assert report.messages_skipped == 4
    assert Conversation.objects.get().title == "李总(远航物流)"


def test_copied_csv_export_adds_nothing(tmp_path):
    # given
    original = write_chat(tmp_path, chat_lines(3))
    ingest_file(original)
    copy = tmp_path / "张经理(华星精密制造)_utf8 (1).csv"
    shutil.copy(original, copy)

    # when
    report = ingest_file(copy)

    # then
    assert (report.conversations_created, report.messages_added) == (0, 0)


def test_copied_transcript_adds_nothing(tmp_path):
    # given
    original = tmp_path / "2026-03-05 1400 华星精密.txt"
    original.write_text("周宇 00:00:05\n您好\n\n王工 00:00:30\n预算两百万\n", encoding="utf-8")
    ingest_file(original)
    copy = tmp_path / "2026-03-05 1400 华星精密 - 副本.txt"
    shutil.copy(original, copy)

    # when
    report = ingest_file(copy)

    # then
    assert (report.conversations_created, report.messages_added) == (0, 0)


@pytest.mark.parametrize(
    "name, stem",
    [
        ("客户群(2).txt", "客户群(2)"),  # no space before "(2)": part of the remark
        ("王工(示例)_utf8 - 副本.csv", "王工(示例)"),
        ("副本.txt", "副本"),
    ],
)
def test_only_copy_suffixes_are_dropped(name, stem):
    # when / then
    assert export_stem(name, strip_utf8=True) == stem
