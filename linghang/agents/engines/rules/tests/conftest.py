from __future__ import annotations

import pytest

from linghang.agents.engines.rules.engine import RulesEngine
from linghang.agents.schema import ConversationInput
from linghang.core.testing.engine_contract import build_conversation


@pytest.fixture(scope="session")
def rules() -> RulesEngine:
    return RulesEngine()


@pytest.fixture
def extract(rules: RulesEngine):  # type: ignore[no-untyped-def]
    """``extract(("c", "王总", "预算五十万"), …)`` → the gold-shaped dict."""

    def run(*lines: tuple[str, str, str], day: str = "2026-03-02", account: str = "测试客户"):  # type: ignore[no-untyped-def]
        conversation: ConversationInput = build_conversation(*lines, day=day, account=account)
        return rules.extract(conversation).to_gold_dict()

    return run
