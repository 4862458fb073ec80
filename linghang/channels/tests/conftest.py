"""Fixtures for ``linghang ingest`` tests: the extraction task absent, or recorded."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture
def no_extraction(monkeypatch):
    """Pretend the extraction task is absent, whatever the agents app holds today."""
    monkeypatch.setitem(sys.modules, "linghang.agents.tasks", None)


@pytest.fixture
def extraction_calls(monkeypatch) -> list[list[int]]:
    """Record the conversations the extraction task is run on, instead of analysing them."""
    from linghang.agents import tasks
    from linghang.agents.services import ExtractionSummary

    calls: list[list[int]] = []

    def record(conversation_ids, engine_name=None):  # type: ignore[no-untyped-def]
        calls.append(list(conversation_ids))
        return ExtractionSummary(engine="fake", conversations=len(calls[-1]))

    monkeypatch.setattr(tasks, "extract_conversations", record)
    return calls
