"""The static engine honours the engine contract and returns what a test preset."""

from __future__ import annotations

import pytest

from linghang.agents.engines.base import ExtractionEngine
from linghang.agents.engines.static.engine import StaticEngine
from linghang.agents.schema import BudgetValue, Evidence, ExtractionResult
from linghang.core.testing.engine_contract import SAMPLE, EngineContract


def preset_for_sample() -> ExtractionResult:
    text = SAMPLE.messages[1].text
    start = text.index("五十来万")
    return ExtractionResult(
        engine="static",
        budget=BudgetValue(
            min=500000, max=500000, evidence=Evidence.of(1, text, start, start + 4), confidence=0.9
        ),
    )


class TestStaticEngine(EngineContract):
    engine_name = "static"

    @pytest.fixture(autouse=True)
    def _clean(self):  # type: ignore[no-untyped-def]
        StaticEngine.reset()
        yield
        StaticEngine.reset()

    def prepare(self, engine: ExtractionEngine) -> None:
        StaticEngine.preset(SAMPLE.id, preset_for_sample())

    def test_returns_the_preset_and_records_the_call(self, engine) -> None:  # type: ignore[no-untyped-def]
        # when
        result = engine.extract(SAMPLE)
        # then
        assert result.budget is not None and result.budget.max == 500000
        assert StaticEngine.calls == [SAMPLE.id]

    def test_unknown_conversations_get_an_empty_result(self, engine) -> None:  # type: ignore[no-untyped-def]
        other = SAMPLE.__class__("other", "wechat", "x", "y", [])
        assert engine.extract(other) == ExtractionResult(engine="static")
