"""Gray items found inside one conversation (eval README §3.10).

Cross-conversation conflicts are the workspace's job (``agents.workspace``); here a
budget overridden by a different customer-side person (市场部说30万, 老板说最多15万)
is a conflict too.
"""

from __future__ import annotations

from collections.abc import Sequence

from linghang.agents.engines.rules.budget import Candidate
from linghang.agents.engines.rules.lexicons import gray_cues as lex
from linghang.agents.engines.rules.patterns import any_of, table
from linghang.agents.engines.rules.prepare import Prepared
from linghang.agents.schema import GrayFinding

_KINDS = table(lex.GRAY_ITEMS)
_NEGATION = any_of(lex.GRAY_NEGATIONS)


def find_gray_items(
    messages: Sequence[Prepared], budget_candidates: Sequence[Candidate]
) -> list[GrayFinding]:
    found: dict[str, GrayFinding] = {}
    for message in messages:
        if not message.is_customer:
            continue
        for start, end in _spans(message):
            text = message.text[start:end]
            if _NEGATION.search(text):
                continue
            for kind, pattern in _KINDS.items():
                if kind not in found and pattern.search(text):
                    found[kind] = GrayFinding(
                        type=kind,  # type: ignore[arg-type]
                        evidence=message.evidence(start, end),
                        confidence=0.55,
                    )
    override = budget_override(budget_candidates)
    if override is not None and "conflicting_info" not in found:
        found["conflicting_info"] = override
    return list(found.values())


def _spans(message: Prepared) -> list[tuple[int, int]]:
    """Each clause, then each sentence: 采购小米休产假，后面换成老洪负责 spans two clauses."""
    spans = [(c.start, c.end) for c in message.clauses]
    sentences: dict[int, list[int]] = {}
    for clause in message.clauses:
        bounds = sentences.setdefault(clause.sentence, [clause.start, clause.end])
        bounds[1] = clause.end
    spans += [(a, b) for a, b in sentences.values() if (a, b) not in spans]
    return spans


def budget_override(candidates: Sequence[Candidate]) -> GrayFinding | None:
    """The latest budget contradicts an earlier one stated by someone else."""
    strong = [c for c in candidates if c.strong and not c.void and c.value]
    if len(strong) < 2:
        return None
    latest = strong[-1]
    for earlier in strong[:-1]:
        if earlier.message.sender != latest.message.sender and differs(earlier, latest):
            return GrayFinding(
                type="conflicting_info",
                confidence=0.6,
                evidence=latest.message.evidence(latest.start, latest.end),
            )
    return None


def differs(a: Candidate, b: Candidate) -> bool:
    if a.currency != b.currency or a.value is None or b.value is None:
        return a.currency != b.currency
    return abs(a.value - b.value) > 0.10 * max(a.value, b.value)
