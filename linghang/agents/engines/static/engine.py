"""A real engine that returns preset results, for tests (like Django's locmem mail backend)."""

from __future__ import annotations

from typing import ClassVar

from linghang.agents.engines.base import ExtractionEngine
from linghang.agents.schema import ConversationInput, ExtractionResult


class StaticEngine(ExtractionEngine):
    """Returns the result preset for a conversation id, or an empty one.

    Tests preset results with ``StaticEngine.preset(conversation_id, result)`` and clear
    them with ``StaticEngine.reset()``; ``StaticEngine.calls`` records what was asked,
    the way ``django.core.mail.outbox`` records what was sent.
    """

    name: ClassVar[str] = "static"
    results: ClassVar[dict[str, ExtractionResult]] = {}
    calls: ClassVar[list[str]] = []

    @classmethod
    def preset(cls, conversation_id: object, result: ExtractionResult) -> None:
        cls.results[str(conversation_id)] = result

    @classmethod
    def reset(cls) -> None:
        cls.results.clear()
        cls.calls.clear()

    def extract(self, conversation: ConversationInput) -> ExtractionResult:
        key = str(conversation.id)
        self.calls.append(key)
        preset = self.results.get(key)
        if preset is None:
            return ExtractionResult(engine=self.name)
        return preset.model_copy(update={"engine": self.name}, deep=True)
