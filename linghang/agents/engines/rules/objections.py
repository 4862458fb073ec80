"""Customer objections by type (eval README §3.5): one per type, with its first evidence."""

from __future__ import annotations

from collections.abc import Sequence

from linghang.agents.engines.rules.competitors import find_vendors
from linghang.agents.engines.rules.lexicons import signal_cues as lex
from linghang.agents.engines.rules.patterns import any_of, table
from linghang.agents.engines.rules.prepare import Clause, Prepared
from linghang.agents.schema import Objection

_TYPES = table(lex.OBJECTIONS, flags=0)
_NEGATION = any_of(lex.OBJECTION_NEGATIONS)
# A complaint about a named rival (则武…就是太贵) is not an objection to us unless the
# customer compares with us (比你们, 你们…).
_ABOUT_US = any_of(["你们", "你家", "贵司", "您们", "你这"])
_RIVAL_SENSITIVE = {"price", "timing", "trust"}


def find_objections(messages: Sequence[Prepared]) -> list[Objection]:
    found: dict[str, Objection] = {}
    for message in messages:
        if not message.is_customer:
            continue
        for clause in message.clauses:
            for kind in _matching_types(message, clause):
                if kind not in found:
                    found[kind] = Objection(
                        type=kind,  # type: ignore[arg-type]
                        evidence=message.evidence(clause.start, clause.end),
                        confidence=0.6,
                    )
    return list(found.values())


def _matching_types(message: Prepared, clause: Clause) -> list[str]:
    if _NEGATION.search(clause.text):
        return []
    kinds = [kind for kind, pattern in _TYPES.items() if pattern.search(clause.text)]
    if kinds and not _ABOUT_US.search(clause.text) and _sentence_names_rival(message, clause):
        kinds = [k for k in kinds if k not in _RIVAL_SENSITIVE]
    return kinds


def _sentence_names_rival(message: Prepared, clause: Clause) -> bool:
    """The rival is named in this clause or just before it in the same sentence."""
    i = message.clauses.index(clause)
    before = [c for c in message.clauses[max(0, i - 2) : i + 1] if c.sentence == clause.sentence]
    return any(find_vendors(c.text) for c in before)
