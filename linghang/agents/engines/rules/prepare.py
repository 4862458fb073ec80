"""Turn a conversation into analysable text: simplified, half-width, split into clauses.

Every transformation here is character-for-character, so an offset found in the
normalised text is a valid offset into the original message: evidence spans stay exact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from linghang.agents.schema import ConversationInput, Evidence
from linghang.core.chinese import to_simplified

# Full-width ASCII (！ to ～) and the ideographic space map one-to-one to half-width.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_CLAUSE_BREAK = re.compile(
    r"[,;!?。，；！？…\n]+"
    r"|(?<!\d)[.:]|[.:](?!\d)"
    r"|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])|\s{2,}"
)
_SENTENCE_BREAK = re.compile(r"[;!?。；！？\n]+|(?<!\d)\.|\.(?!\d)")


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of one message between punctuation: the unit most cues are read in."""

    start: int
    end: int
    text: str
    sentence: int  # index of the sentence (within the message) holding the clause


@dataclass(frozen=True, slots=True)
class Prepared:
    """One message, normalised for analysis, with its clauses."""

    index: int
    side: str
    sender: str
    ts: dt.datetime
    raw: str
    text: str
    clauses: tuple[Clause, ...]

    @property
    def is_customer(self) -> bool:
        return self.side == "customer"

    @property
    def day(self) -> dt.date:
        return self.ts.date()

    def evidence(self, start: int, end: int) -> Evidence:
        trimmed = _trim(self.raw, start, end)
        if trimmed[1] > trimmed[0]:
            start, end = trimmed
        return Evidence.of(self.index, self.raw, start, end)

    def clause_at(self, pos: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= pos < clause.end:
                return clause
        return self.clauses[-1] if self.clauses else Clause(0, 0, "", 0)


def prepare_conversation(conversation: ConversationInput) -> list[Prepared]:
    return [
        prepare_message(i, m.side, m.sender, m.ts, m.text)
        for i, m in enumerate(conversation.messages)
    ]


def prepare_message(index: int, side: str, sender: str, ts: dt.datetime, raw: str) -> Prepared:
    text = normalise(raw)
    return Prepared(index, side, sender, ts, raw, text, split_clauses(text))


def normalise(raw: str) -> str:
    """Simplified script, half-width letters/digits/punctuation; same length as ``raw``."""
    text = raw.translate(_WIDTH)
    if not _traditional_chars().isdisjoint(text):
        text = _simplify_same_length(text)
    return text


def split_clauses(text: str) -> tuple[Clause, ...]:
    clauses: list[Clause] = []
    sentence_ends = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    pos = 0
    for match in [*_CLAUSE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if end > pos:
            sentence = sum(1 for e in sentence_ends if e <= pos)
            clauses.append(Clause(pos, end, text[pos:end], sentence))
        if match:
            pos = match.end()
    return tuple(clauses)


def _simplify_same_length(text: str) -> str:
    converted = to_simplified(text)
    if len(converted) == len(text):
        return converted
    # A phrase conversion changed the length: fall back to one character at a time,
    # keeping any character whose conversion is not a single character.
    out = []
    for ch in text:
        simple = to_simplified(ch)
        out.append(simple if len(simple) == 1 else ch)
    return "".join(out)


@cache
def _traditional_chars() -> frozenset[str]:
    """Characters that t2s changes, read once from OpenCC's own table.

    Checking for them first skips the (slow, pure-Python) converter for the
    overwhelming majority of messages, which are already simplified.
    """
    try:
        import opencc

        table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
        chars = set()
        for line in table.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            if key and values.split(" ")[0] != key:
                chars.add(key)
        return frozenset(chars)
    except (ImportError, OSError):  # unknown packaging: convert everything, slowly
        return frozenset(chr(cp) for cp in range(0x3400, 0xA000))


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation from an evidence span."""
    strip = " \t\n,，。.;；:：!！?？、~～…"
    while start < end and raw[start] in strip:
        start += 1
    while end > start and raw[end - 1] in strip:
        end -= 1
    return start, end
