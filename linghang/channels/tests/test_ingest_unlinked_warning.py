"""``linghang ingest`` warns about conversations that belong to no account."""

from __future__ import annotations

import pytest

from linghang.channels.tests.helpers import chat_lines, run_ingest, write_chat

pytestmark = pytest.mark.django_db


def test_conversations_without_account_are_counted_with_the_fix(tmp_path, no_extraction):
    # given: "王工" and "李姐" name no company; the third does
    write_chat(tmp_path, chat_lines(2), name="王工")
    write_chat(tmp_path, chat_lines(2), name="李姐")
    write_chat(tmp_path, chat_lines(2))

    # when
    out, _ = run_ingest(str(tmp_path))

    # then
    assert "2 个会话没有关联客户" in out
    assert "--account 客户名称" in out
    assert "  - 李姐" in out and "  - 王工" in out
    assert "张经理" not in out.split("没有关联客户")[1]


def test_no_warning_when_every_conversation_has_an_account(tmp_path, no_extraction):
    # given
    path = write_chat(tmp_path, chat_lines(2), name="王工")

    # when
    out, _ = run_ingest(str(path), "--account", "远航物流")

    # then
    assert "没有关联客户" not in out
