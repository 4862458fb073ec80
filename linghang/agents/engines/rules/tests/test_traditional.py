"""Traditional Chinese input is read like simplified, with spans into the original text."""

from __future__ import annotations

from linghang.core.testing.engine_contract import build_conversation


def test_traditional_text_is_understood_and_evidence_stays_exact(rules) -> None:  # type: ignore[no-untyped-def]
    # given
    conversation = build_conversation(
        ("c", "陳經理（資訊部）", "今年預算八十萬以內，下個月底前定下來"), day="2026-03-02"
    )
    # when
    result = rules.extract(conversation)
    # then
    assert (result.budget.min, result.budget.max) == (None, 800000)
    assert result.decision_date.date.isoformat() == "2026-04-30"
    for evidence in result.all_evidence():
        assert evidence.points_into(conversation)
        assert "預算" in evidence.quote or "下個月" in evidence.quote or evidence.quote


def test_full_width_digits_are_read(rules) -> None:  # type: ignore[no-untyped-def]
    conversation = build_conversation(("c", "王总", "预算８０万以内"))
    assert rules.extract(conversation).budget.max == 800000
