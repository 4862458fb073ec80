"""The rules engine honours the engine contract."""

from __future__ import annotations

from linghang.agents.schema import ConversationInput
from linghang.core.testing.engine_contract import SAMPLE, EngineContract, build_conversation

REVISION = build_conversation(
    ("c", "小张（市场部）", "我们部门预算30万"),
    ("r", "小王", "好的，这周五前把方案发您"),
    ("c", "周总", "最多15万，老板定的，下个月底前签"),
    ("c", "周总", "你们比同行贵一截，报价单明天发我"),
)


class TestRulesEngine(EngineContract):
    engine_name = "rules"

    def conversations(self) -> list[ConversationInput]:
        return [SAMPLE, REVISION]

    def test_reads_the_sample(self, engine) -> None:  # type: ignore[no-untyped-def]
        gold = engine.extract(SAMPLE).to_gold_dict()
        assert gold["budget"] == {"min": 500000, "max": 500000, "currency": "CNY"}
        assert gold["decision_date"] == "2026-04-30"
        assert gold["competitors"] == ["金蝶"]
        assert {o["type"] for o in gold["objections"]} == {"compatibility"}
        assert "case_request" in gold["triggers"]
