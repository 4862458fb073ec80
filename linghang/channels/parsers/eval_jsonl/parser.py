"""Labelled-conversation JSONL (the evaluation set's schema): one conversation per line.

``{"id", "channel", "industry", "account", "messages": [{"ts", "sender", "side", "text"}],
"gold": …}``. ``gold`` and ``links`` are labels for scoring, not conversation content,
and are ignored. A broken line costs only its own conversation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any, TextIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from linghang.channels.parsers.base import (
    CHANNELS,
    SIDES,
    ErrorSink,
    ParsedMessage,
    ParsedThread,
    ParseError,
    Parser,
)
from linghang.channels.parsers.placeholders import kind_of_text


class EvalJsonlParser(Parser):
    """One labelled conversation per line; ``thread_key`` is ``eval:<id>``."""

    name = "eval_jsonl"
    label = gettext_lazy("标注会话 JSONL")

    @classmethod
    def sniff(cls, head: str, filename: str) -> bool:
        first = next((line.strip() for line in head.splitlines() if line.strip()), "")
        return first.startswith("{") and '"messages"' in first and '"id"' in first

    def parse(
        self,
        stream: TextIO,
        *,
        source_name: str,
        received_at: datetime,
        on_error: ErrorSink | None = None,
    ) -> Iterator[ParsedMessage]:
        for lineno, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                messages = self._conversation(json.loads(raw), lineno)
            except json.JSONDecodeError as exc:
                error = _("不是有效的 JSON：%(msg)s（第 %(col)d 列）") % {
                    "msg": exc.msg,
                    "col": exc.colno,
                }
                self.report(ParseError(source_name, lineno, error), on_error)
                continue
            except _Invalid as exc:
                self.report(ParseError(source_name, lineno, str(exc)), on_error)
                continue
            # Validated as a whole first, so a line is delivered entirely or not at all.
            yield from messages

    def _conversation(self, data: Any, lineno: int) -> list[ParsedMessage]:
        if not isinstance(data, dict):
            raise _Invalid(_("每行应是一个 JSON 对象"))
        conv_id = _required_str(data, "id")
        channel = _required_str(data, "channel")
        if channel not in CHANNELS:
            raise _Invalid(_("未知渠道 %(channel)r") % {"channel": channel})
        account = str(data.get("account") or "").strip() or None
        thread = ParsedThread(
            thread_key=f"eval:{conv_id}",
            channel=channel,
            title=f"{account} · {conv_id}" if account else conv_id,
            account_name=account,
            industry=str(data.get("industry") or "").strip() or None,
        )
        raw_messages = data.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise _Invalid(_("缺少 messages 列表"))
        return [self._message(thread, m, lineno, i) for i, m in enumerate(raw_messages)]

    def _message(self, thread: ParsedThread, data: Any, lineno: int, index: int) -> ParsedMessage:
        if not isinstance(data, dict):
            raise _Invalid(_("messages[%(i)d] 应是对象") % {"i": index})
        side = _required_str(data, "side", index)
        if side not in SIDES:
            raise _Invalid(_("messages[%(i)d].side 无效：%(side)r") % {"i": index, "side": side})
        text = data.get("text")
        if not isinstance(text, str):
            raise _Invalid(_("messages[%(i)d] 缺少 text") % {"i": index})
        return ParsedMessage(
            thread=thread,
            ts=self._timestamp(_required_str(data, "ts", index), index),
            sender=_required_str(data, "sender", index),
            side=side,
            kind="system" if side == "system" else kind_of_text(text),
            text=text,
            line=lineno,
        )

    def _timestamp(self, value: str, index: int) -> datetime:
        try:
            return self.localize(datetime.fromisoformat(value))
        except ValueError:
            raise _Invalid(
                _("messages[%(i)d].ts 不是 YYYY-MM-DD HH:MM:SS：%(ts)r") % {"i": index, "ts": value}
            ) from None


class _Invalid(ValueError):
    """A line that is JSON but not a conversation; becomes a ParseError with its line."""


def _required_str(data: dict[str, Any], key: str, index: int | None = None) -> str:
    value = data.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    where = key if index is None else f"messages[{index}].{key}"
    raise _Invalid(_("缺少字段 %(field)s") % {"field": where})
