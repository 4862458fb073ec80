"""Read the evaluation set's conversation JSONL (``shared/data/eval/README.md`` §1).

``gold`` is ignored. A bad line becomes a :class:`LineError` naming the line; the other
lines are still read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from linghang.agents.schema import ConversationInput, MessageInput

TS_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class BadConversation(ValueError):
    """The line is JSON but not a conversation in the evaluation schema."""


def read_conversations(lines: Iterable[str]) -> Iterator[ConversationInput | LineError]:
    """Conversations in file order, with a :class:`LineError` in place of each bad line.

    A repeated id is an error on the later line: ids key the predictions.
    """
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            conversation = conversation_from_dict(json.loads(line.rstrip("\r\n")))
        except json.JSONDecodeError as exc:
            yield LineError(number, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        except BadConversation as exc:
            yield LineError(number, str(exc))
            continue
        if conversation.id in seen:
            yield LineError(number, f"duplicate id {conversation.id!r} skipped")
            continue
        seen.add(conversation.id)
        yield conversation


def conversation_from_dict(row: Any) -> ConversationInput:
    if not isinstance(row, dict):
        raise BadConversation("expected a JSON object")
    conversation_id = row.get("id")
    if not isinstance(conversation_id, str) or not conversation_id.strip():
        raise BadConversation("missing or empty 'id'")
    messages = row.get("messages")
    if not isinstance(messages, list):
        raise BadConversation(f"{conversation_id}: 'messages' must be a list")
    return ConversationInput(
        id=conversation_id,
        channel=str(row.get("channel") or ""),
        account=str(row.get("account") or ""),
        industry=str(row.get("industry") or ""),
        messages=[_message(conversation_id, i, m) for i, m in enumerate(messages)],
    )


def _message(conversation_id: str, index: int, row: Any) -> MessageInput:
    where = f"{conversation_id}: messages[{index}]"
    if not isinstance(row, dict):
        raise BadConversation(f"{where} is not an object")
    text, sender, side = row.get("text"), row.get("sender"), row.get("side")
    if not isinstance(text, str):
        raise BadConversation(f"{where}: 'text' must be a string")
    if side not in ("rep", "customer"):
        raise BadConversation(f"{where}: 'side' must be 'rep' or 'customer', got {side!r}")
    return MessageInput(
        ts=_timestamp(where, row.get("ts")), sender=str(sender or ""), side=side, text=text
    )


def _timestamp(where: str, value: Any) -> dt.datetime:
    if isinstance(value, str):
        for fmt in TS_FORMATS:
            try:
                return dt.datetime.strptime(value.strip(), fmt)
            except ValueError:
                continue
    raise BadConversation(f"{where}: bad 'ts' {value!r} (want YYYY-MM-DD HH:MM:SS)")
