"""Which customer amount is the budget (eval README §3.2).

Only customer messages count. An amount is a *strong* candidate when its clause (or the
clause before it in the same sentence) says it is what the customer can spend (预算,
以内, 批的是 …), a *weak* one when nothing around it says otherwise, and no candidate
when it is someone's price, a cost or a count (报价, 贵, 工资 …). The latest strong
statement wins, else the latest weak one. Per-unit figures are multiplied by the stated
quantity; without a quantity they give no budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from linghang.agents.engines.rules.lexicons import money_cues as cues
from linghang.agents.engines.rules.money import Money, find_money
from linghang.agents.engines.rules.numerals import NUMBER, to_int
from linghang.agents.engines.rules.prepare import Clause, Prepared
from linghang.agents.schema import BudgetValue


def _words(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(words))


_BUDGET = _words(cues.BUDGET_CUES)
_NOT_BUDGET = _words(cues.NOT_BUDGET_CUES)
_ENVELOPE = _words(cues.ENVELOPE_CUES)
_VOID = _words(cues.VOID_CUES)
_NOT_AN_ISSUE = _words(cues.NOT_AN_ISSUE)
_QUOTE_CONTEXT = _words(cues.QUOTE_CONTEXT)
_CLAUSE_CAP = _words(cues.CLAUSE_CAP_CUES)
_MONTHLY = _words(cues.MONTHLY_RATE_CUES)
_ALL_NOUNS = sorted(
    {n for markers, _ in cues.PER_UNIT_FAMILIES.values() for n in markers}, key=len, reverse=True
)
_PER_UNIT = re.compile(
    r"(?<![\d零一二两三四五六七八九十百千万])(?:单|每一?|一)(?P<noun>"
    + "|".join(_ALL_NOUNS)
    + r")(?![月年天周期])"
    + r"|(?:每|单)一?个(?P<other>[\u4e00-\u9fff](?![月年天周期]))|(?P<generic>"
    + "|".join(cues.PER_UNIT_GENERIC)
    + ")"
)
_FAMILY_OF = {n: fam for fam, (markers, _) in cues.PER_UNIT_FAMILIES.items() for n in markers}
_ALL_CLASSIFIERS = sorted(
    {c for _, cls in cues.PER_UNIT_FAMILIES.values() for c in cls}, key=len, reverse=True
)
_DURATION = re.compile(r"(?:" + "|".join(cues.DURATION_CUES) + rf")?(?P<n>{NUMBER})(?P<u>个月|年)")
_QUANTITY_CACHE: dict[str, re.Pattern[str]] = {}


@dataclass(frozen=True, slots=True)
class Candidate:
    """An amount the customer stated, or a statement that voids the budget."""

    message: Prepared
    start: int
    end: int
    low: int | None
    high: int | None
    currency: str
    strong: bool
    void: bool = False
    cap: bool = False

    @property
    def value(self) -> int | None:
        return self.high if self.high is not None else self.low


def budget_candidates(
    messages: Sequence[Prepared], names_vendor: Callable[[str], bool]
) -> list[Candidate]:
    found: list[Candidate] = []
    for message in messages:
        if not message.is_customer:
            continue
        for money in find_money(message.text):
            candidate = _candidate(message, money, messages, names_vendor)
            if candidate is not None:
                found.append(candidate)
        marker = _NOT_AN_ISSUE.search(message.text)
        if marker:
            found.append(
                Candidate(
                    message, marker.start(), marker.end(), None, None, "CNY", strong=True, void=True
                )
            )
    found.sort(key=lambda c: (c.message.index, c.start))
    return found


def choose_budget(candidates: Sequence[Candidate]) -> BudgetValue | None:
    strong = [c for c in candidates if c.strong]
    pool = strong or list(candidates)
    if not pool:
        return None
    chosen = pool[-1]
    if chosen.void or chosen.value is None:
        return None
    low, high = chosen.low, chosen.high
    if low == high and any(c.cap and c.high == high for c in strong):
        low = None  # the same figure was stated as a cap earlier
    return BudgetValue(
        min=low,
        max=high,
        currency=chosen.currency,
        evidence=chosen.message.evidence(chosen.start, chosen.end),
        confidence=0.8 if chosen.strong else 0.55,
    )


def _candidate(
    message: Prepared,
    money: Money,
    messages: Sequence[Prepared],
    names_vendor: Callable[[str], bool],
) -> Candidate | None:
    clause = message.clause_at(money.start)
    neighbours = _sentence_clauses_before(message, clause)
    strong = (
        money.cap
        or money.floor
        or bool(_BUDGET.search(clause.text))
        or any(_BUDGET.search(c.text) for c in neighbours)
    )
    if _NOT_BUDGET.search(clause.text):
        return None
    if not strong and (
        _bare_neighbour_says_price(message, clause, names_vendor)
        or _follows_a_quote(message, messages)
    ):
        return None
    if money.slang and not strong:
        return None
    cap = (
        money.cap
        or bool(_CLAUSE_CAP.search(clause.text))
        or _cap_in_clause_before(neighbours, money)
    )
    strong = strong or cap
    if _ENVELOPE.search(clause.text) or any(_ENVELOPE.search(c.text) for c in neighbours[-1:]):
        strong = False
    void = bool(_VOID.search(message.text[money.end : clause.end]))
    low, high, end = _per_unit_total(message, money, clause, messages)
    if cap and not money.floor:
        low = None
    if money.floor:
        high = None
    return Candidate(
        message,
        clause.start,
        max(clause.end, end),
        low,
        high,
        money.currency,
        strong=strong,
        void=void,
        cap=cap and not money.floor,
    )


def _sentence_clauses_before(message: Prepared, clause: Clause) -> list[Clause]:
    before = [c for c in message.clauses if c.sentence == clause.sentence and c.end <= clause.start]
    return before[-2:]


def _bare_neighbour_says_price(
    message: Prepared, clause: Clause, names_vendor: Callable[[str], bool]
) -> bool:
    """For an amount standing alone (报过价 十二万多; 50来个W 比我们想的高; 隔壁用X的
    一年才五万): a price word or a rival's name next to it says it is not our budget."""
    i = message.clauses.index(clause)
    near = message.clauses[max(0, i - 1) : i + 2]
    return any(_NOT_BUDGET.search(c.text) or names_vendor(c.text) for c in near)


def _follows_a_quote(message: Prepared, messages: Sequence[Prepared]) -> bool:
    """你们的报价单收到了 / 六十来个W: a bare amount right after talk of a quote."""
    earlier = [m for m in messages[max(0, message.index - 2) : message.index] if m.is_customer]
    return any(_QUOTE_CONTEXT.search(m.text) for m in earlier)


def _cap_in_clause_before(neighbours: list[Clause], money: Money) -> bool:
    """续费最多按去年的价，去年是18万: the cap word sits in the clause before."""
    if not neighbours or money.floor:
        return False
    previous = neighbours[-1]
    return bool(_CLAUSE_CAP.search(previous.text)) and not find_money(previous.text)


def _per_unit_total(
    message: Prepared, money: Money, clause: Clause, messages: Sequence[Prepared]
) -> tuple[int | None, int | None, int]:
    """Multiply a per-unit figure by its quantity (and a monthly rate by its months)."""
    markers = list(_PER_UNIT.finditer(message.text, clause.start, money.start))
    marker = markers[-1] if markers else None
    if marker is None:
        return money.low, money.high, money.end
    family = _FAMILY_OF.get(marker["noun"] or "", "")
    if marker["other"]:  # 每个仓 … 15个仓: count the same noun
        family = "个?" + marker["other"]
    quantity = _find_quantity(message, money, family, (marker.start(), marker.end()), messages)
    if quantity is None:
        return None, None, money.end
    count, quantity_end = quantity
    months = _months(message, clause, money)
    factor = count * months
    low = None if money.low is None else money.low * factor
    high = None if money.high is None else money.high * factor
    return low, high, quantity_end


def _months(message: Prepared, clause: Clause, money: Money) -> int:
    if not _MONTHLY.search(message.text, clause.start, money.start):
        return 1
    match = _DURATION.search(message.text, money.end)
    if match is None:
        return 1
    n = to_int(match["n"]) or 1
    return n * 12 if match["u"] == "年" else n


def _find_quantity(
    message: Prepared,
    money: Money,
    family: str,
    marker: tuple[int, int],
    messages: Sequence[Prepared],
) -> tuple[int, int] | None:
    pattern = _quantity_pattern(family)
    same_message = [m for m in pattern.finditer(message.text) if not _inside(m, marker)]
    after = [m for m in same_message if m.start() >= money.end]
    before = [m for m in same_message if m.end() <= money.start]
    for match in [*after, *reversed(before)]:
        count = to_int(match["n"])
        if count and count > 1:
            end = match.end() if match.start() >= money.end else money.end
            return count, end
    for earlier in reversed(messages[max(0, message.index - 8) : message.index]):
        if not earlier.is_customer:
            continue
        for match in pattern.finditer(earlier.text):  # "we have N stores" comes first
            count = to_int(match["n"])
            if count and count > 1:
                return count, money.end
    return None


def _quantity_pattern(family: str) -> re.Pattern[str]:
    if family not in _QUANTITY_CACHE:
        if family in cues.PER_UNIT_FAMILIES:
            classifiers = cues.PER_UNIT_FAMILIES[family][1]
        else:
            classifiers = [family] if family else _ALL_CLASSIFIERS
        _QUANTITY_CACHE[family] = re.compile(
            rf"(?<![第\d.])(?P<n>{NUMBER})(?:{'|'.join(classifiers)})(?![\d])"
        )
    return _QUANTITY_CACHE[family]


def _inside(match: re.Match[str], span: tuple[int, int]) -> bool:
    return match.start() < span[1] and match.end() > span[0]
