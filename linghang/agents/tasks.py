"""Celery wrappers around the understanding agent's services (run inline without a broker)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from celery import shared_task

from linghang.agents.services import extract_conversations


@shared_task
def extract_conversations_task(conversation_ids: list[int], engine_name: str | None = None) -> Any:
    return asdict(extract_conversations(conversation_ids, engine_name))
