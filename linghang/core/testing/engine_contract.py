"""The contract every extraction engine's tests inherit (like allauth's OAuth2TestsMixin).

    class TestMyEngine(EngineContract):
        engine_name = "mine"

Each test checks one promise of ``agents.engines.base.ExtractionEngine``: registered under
its name, pure and deterministic, evidence that points at exact substrings of the input,
customer signals citing customer messages, an empty conversation giving an empty result,
and output in exactly the evaluation set's ``gold`` shape. ``build_conversation`` makes
small inputs for engine tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import pytest

from linghang.agents.engines.base import ExtractionEngine
from linghang.agents.schema import ConversationInput, ExtractionResult, MessageInput
from linghang.core.registry import load

GOLD_KEYS = {
    "intent_level",
    "budget",
    "decision_date",
    "decision_chain",
    "objections",
    "competitors",
    "needs",
    "next_steps",
    "triggers",
    "gray_items",
}
SIDES = {"c": "customer", "r": "rep"}


def build_conversation(
    *lines: tuple[str, str, str],
    day: str = "2026-03-02",
    conversation_id: str = "t1",
    account: str = "测试客户",
    channel: str = "wechat",
    industry: str = "工业自动化",
) -> ConversationInput:
    """``("c" | "r", sender, text)`` lines, one minute apart from ``day`` 10:00."""
    start = dt.datetime.fromisoformat(f"{day} 10:00:00")
    messages = [
        MessageInput(
            ts=start + dt.timedelta(minutes=i), sender=sender, side=SIDES.get(side, side), text=text
        )
        for i, (side, sender, text) in enumerate(lines)
    ]
    return ConversationInput(conversation_id, channel, account, industry, messages)


SAMPLE = build_conversation(
    ("r", "小李-星辰软件", "王总好，上次说的排产系统您这边怎么看"),
    ("c", "王总（生产部）", "预算五十来万，下个月底前定，最后我拍板"),
    ("c", "王总（生产部）", "主要担心跟现在的ERP接口打不通，金蝶那边也来报过价"),
    ("r", "小李-星辰软件", "明白，这周五前我把方案和案例发您"),
    ("c", "王总（生产部）", "行，有没有同行的案例，发我看看"),
    conversation_id="sample",
)
EMPTY = build_conversation(conversation_id="empty")


class EngineContract:
    """Mixin for an engine's tests. Set ``engine_name``; override ``prepare`` to preset
    a fake engine, and ``conversations`` to add engine-specific inputs."""

    engine_name: ClassVar[str] = ""

    @pytest.fixture
    def engine(self) -> ExtractionEngine:
        engine = load("extraction_engines", self.engine_name)()
        self.prepare(engine)
        return engine

    def prepare(self, engine: ExtractionEngine) -> None:
        """Hook: preset results (static engine) or stub a client (remote engines)."""

    def conversations(self) -> list[ConversationInput]:
        return [SAMPLE]

    def test_is_registered_under_its_name(self, engine: ExtractionEngine) -> None:
        assert engine.name == self.engine_name
        assert isinstance(engine, ExtractionEngine)

    def test_returns_a_result_named_after_the_engine(self, engine: ExtractionEngine) -> None:
        for conversation in self.conversations():
            result = engine.extract(conversation)
            assert isinstance(result, ExtractionResult)
            assert result.engine == self.engine_name

    def test_evidence_is_an_exact_substring_of_the_input(self, engine: ExtractionEngine) -> None:
        for conversation in self.conversations():
            for evidence in engine.extract(conversation).all_evidence():
                assert evidence.points_into(conversation), evidence

    def test_customer_signals_cite_customer_messages(self, engine: ExtractionEngine) -> None:
        for conversation in self.conversations():
            result = engine.extract(conversation)
            rep_steps = {id(s.evidence) for s in result.next_steps if s.owner == "rep"}
            for evidence in result.all_evidence():
                side = conversation.messages[evidence.message_index].side
                assert side == "customer" or id(evidence) in rep_steps, evidence

    def test_is_deterministic(self, engine: ExtractionEngine) -> None:
        for conversation in self.conversations():
            assert engine.extract(conversation) == engine.extract(conversation)

    def test_empty_conversation_gives_an_empty_result(self, engine: ExtractionEngine) -> None:
        gold = engine.extract(EMPTY).to_gold_dict()
        assert gold["budget"] is None and gold["decision_date"] is None
        assert all(gold[k] == [] for k in GOLD_KEYS - {"intent_level", "budget", "decision_date"})

    def test_gold_dict_has_exactly_the_gold_shape(self, engine: ExtractionEngine) -> None:
        for conversation in self.conversations():
            gold: dict[str, Any] = engine.extract(conversation).to_gold_dict()
            assert set(gold) == GOLD_KEYS
            assert gold["intent_level"] in {"high", "medium", "low", "none"}
            for item in gold["decision_chain"]:
                assert set(item) == {"person", "title", "role"}
            for key in ("objections", "gray_items"):
                assert all(set(item) == {"type", "evidence"} for item in gold[key])
            assert all(set(s) == {"owner", "action", "due"} for s in gold["next_steps"])
