"""``linghang ingest`` hands analysis to ``core.tasks.dispatch``: inline, or queued."""

from __future__ import annotations

import pytest
from celery.result import AsyncResult

from linghang.agents.tasks import extract_conversations_task
from linghang.channels.models import Conversation
from linghang.channels.tests.helpers import chat_lines, run_ingest, write_chat

pytestmark = pytest.mark.django_db


def test_without_a_broker_analysis_runs_inline_and_is_summarised(tmp_path, extraction_calls):
    # given
    path = write_chat(tmp_path, chat_lines(2))

    # when
    out, _ = run_ingest(str(path))

    # then
    assert extraction_calls == [[Conversation.objects.get().pk]]
    assert "已分析 1 个会话" in out and "已排队" not in out


def test_with_a_broker_analysis_is_queued(tmp_path, settings, monkeypatch, extraction_calls):
    # given
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/0"
    queued: list[tuple] = []

    def delay(*args):  # type: ignore[no-untyped-def]
        queued.append(args)
        return AsyncResult("task-id")

    monkeypatch.setattr(extract_conversations_task, "delay", delay)
    path = write_chat(tmp_path, chat_lines(2))

    # when
    out, _ = run_ingest(str(path))

    # then
    assert queued == [([Conversation.objects.get().pk],)]
    assert extraction_calls == []
    assert "已排队：1 个会话交给后台分析" in out
