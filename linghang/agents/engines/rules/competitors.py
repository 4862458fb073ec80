"""Competitors the customer side names as alternatives (eval README §3.6).

A multi-pattern (Aho–Corasick) pass finds vendor names in customer messages. A name
counts unless the customer drops it (不考虑X了), it is only part of their environment
(我们用的是管家婆, 跟金蝶财务打通) or it is an everyday platform named without a
consideration cue. Vendors the rep mentions never count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from linghang.agents.engines.rules.lexicons import vendors as lex
from linghang.agents.engines.rules.prepare import Clause, Prepared
from linghang.agents.schema import Competitor

_CONSIDER = re.compile("|".join(lex.CONSIDERATION_CUES), re.IGNORECASE)
_DROP = re.compile("|".join(lex.DROP_CUES), re.IGNORECASE)
_ENVIRONMENT = re.compile("|".join(lex.ENVIRONMENT_CUES))
_REPLACE = re.compile("换")
_LATIN = re.compile(r"[a-z0-9]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class VendorHit:
    canonical: str
    start: int
    end: int


def parse_vendor_table(table: str) -> dict[str, list[str]]:
    """``canonical | alias, alias; canonical …`` lines → {canonical: [aliases]}."""
    vendors: dict[str, list[str]] = {}
    for line in table.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for entry in filter(None, (e.strip() for e in line.split(";"))):
            canonical, _, aliases = entry.partition("|")
            names = [a.strip() for a in aliases.split(",") if a.strip()]
            vendors[canonical.strip()] = names
    return vendors


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for canonical, aliases in parse_vendor_table(lex.VENDOR_TABLE).items():
        for alias in (canonical, *aliases):
            automaton.add_word(alias.lower(), (canonical, alias))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=8192)
def find_vendors(text: str) -> tuple[VendorHit, ...]:
    """Vendor names in ``text``, longest match first where names overlap. Cached: the
    same clause is asked about by several fields."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare case-mapping that changes length
        lowered = text
    hits: list[VendorHit] = []
    for end_index, (canonical, alias) in _automaton().iter(lowered):
        start, end = end_index - len(alias) + 1, end_index + 1
        if _accept(text, start, end, alias):
            hits.append(VendorHit(canonical, start, end))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[VendorHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return tuple(kept)


def names_vendor(text: str) -> bool:
    return bool(find_vendors(text))


def find_competitors(messages: Sequence[Prepared], account: str) -> list[Competitor]:
    considered: dict[str, Competitor] = {}
    dropped: set[str] = set()
    own = account.lower()
    for message in messages:
        if not message.is_customer:
            continue
        for hit in find_vendors(message.text):
            if hit.canonical.lower() in own:
                continue
            status = _status(message, hit)
            if status == "drop":
                dropped.add(hit.canonical)
            elif status == "consider" and hit.canonical not in considered:
                clause = message.clause_at(hit.start)
                considered[hit.canonical] = Competitor(
                    name=hit.canonical,
                    confidence=0.7,
                    evidence=message.evidence(clause.start, clause.end),
                )
    return [c for name, c in considered.items() if name not in dropped]


def _status(message: Prepared, hit: VendorHit) -> str:
    clause = message.clause_at(hit.start)
    if _DROP.search(clause.text) or _dropped_later(message, clause):
        return "drop"
    sentence = " ".join(c.text for c in message.clauses if c.sentence == clause.sentence)
    others = clause.text[: hit.start - clause.start] + clause.text[hit.end - clause.start :]
    if _ENVIRONMENT.search(clause.text):
        return "consider" if _REPLACE.search(sentence) else "environment"
    if hit.canonical in lex.ENVIRONMENT_PRONE and not _CONSIDER.search(others):
        return "environment"
    return "consider"


def _dropped_later(message: Prepared, clause: Clause) -> bool:
    """金蝶我们用过，效果不好，不考虑了: the drop comes a clause or two later, before any
    other vendor is named."""
    i = message.clauses.index(clause)
    for following in message.clauses[i + 1 : i + 3]:
        if following.sentence != clause.sentence or find_vendors(following.text):
            return False
        if _DROP.search(following.text):
            return True
    return False


def _accept(text: str, start: int, end: int, alias: str) -> bool:
    """Latin names only as whole words; a few Chinese names not when part of a word."""
    if _LATIN.match(alias[0]) and start > 0 and _LATIN.match(text[start - 1]):
        return False
    if _LATIN.match(alias[-1]) and end < len(text) and _LATIN.match(text[end]):
        return False
    blocked = lex.NOT_FOLLOWED_BY.get(alias, "")
    return not (blocked and end < len(text) and text[end] in blocked)
