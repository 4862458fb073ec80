"""Chinese money expressions: 五十万, 五十来万, 80W以内, 一百二到一百五十万, 七八十万, 3.5k,
30-50w / 30~50万 / 30—50W / 30〜50万 (any dash or tilde; the unit after the second number
carries to the first),
一年不超过20个 (个 = 万), 30万美金以内, 控制价为人民币壹佰捌拾万元整.

``find_money(text)`` returns every amount with its span and what the words around it
say: a cap (以内, 不超过 …) drops the lower bound, a floor (以上, 起 …) the upper one,
approximations (左右, 来, 出头 …) keep a single figure. Deciding which amount is the
budget is ``budget.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linghang.agents.engines.rules.numerals import CN_BIG, NUMBER, parse_number

_CURRENCY_WORDS = {
    "美金": "USD",
    "美元": "USD",
    "刀": "USD",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "欧元": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "日元": "JPY",
    "日币": "JPY",
    "jpy": "JPY",
    "英镑": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "港币": "HKD",
    "港元": "HKD",
    "hkd": "HKD",
    "hk$": "HKD",
    "新加坡元": "SGD",
    "新币": "SGD",
    "sgd": "SGD",
    "韩元": "KRW",
    "krw": "KRW",
    "泰铢": "THB",
    "卢布": "RUB",
    "人民币": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    "¥": "CNY",
    "￥": "CNY",
}
_MAGNITUDE = {
    "百万": 1_000_000,
    "千万": 10_000_000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "w": 10_000,
    "k": 1_000,
    "千": 1_000,
    "m": 1_000_000,
}
_CUR_BEFORE = r"(?:(?P<cur1>US\$|HK\$|\$|¥|￥|€|£|USD|EUR|RMB|CNY|JPY|HKD|GBP|人民币)\s?)?"
_CUR_AFTER = (
    r"(?:\s?(?P<cur2>美金|美元|欧元|日元|日币|英镑|港币|港元|新加坡元|新币|韩元|泰铢|卢布|人民币|"
    r"块钱|元|块|刀(?![具片])|USD|EUR|JPY|HKD|GBP|SGD|RMB|CNY|usd|rmb|eur))?"
)
_MONEY_RE = re.compile(
    _CUR_BEFORE
    + rf"(?P<n1>{NUMBER})"
    + r"(?:(?P<u1>百万|千万|万|w|W|k|K|千)?\s?(?P<sep>到|至|——?|[-~–‑‐−〜－])\s?"
    + rf"(?P<n2>{NUMBER}))?"
    + r"(?P<approx>来|多|余)?(?P<ge>个)?"
    + r"(?P<unit>百万|千万|万|亿|w|W|k|K|千|M(?![a-zA-Z]))?(?![a-zA-Z])"
    + r"(?P<approx2>多)?"
    + _CUR_AFTER
)
# Words after an amount that make it a count, an area or a weight, not money.
_MEASURE_AFTER = re.compile(
    r"^\s?(?:件|片|人|名|台|辆|套|家|条|平|米|公里|千米|km|吨|次|小时|天|年|月|周|分钟|秒|步|"
    r"字|行|笔|张|箱|托|公斤|斤|克|kg|度|瓦|伏|页|份|户|座|位|单(?!价)|颗|只|盒|包|瓶|"
    r"粒|根|倍|%|多?[件片人台])"
)
_VAGUE_BEFORE = re.compile(r"(?:几|数|上|好|成|大几|小几)$")
_CAP_BEFORE = re.compile(
    r"(?:不超过|不能超过|别超过|不要超过|不得超过|不可超过|不高于|最多|最高|顶多|至多|上限|"
    r"控制在|限价|控制价|封顶|不到|低于)(?:为|是|在)?(?:人民币)?\s?$"
)
_CAP_AFTER = re.compile(
    r"^\s?(?:以内|之内|以下|内|封顶|为上限|打住|(?:也|都)?(?:能|可以)接受|也行|撑死)"
)
_FLOOR_BEFORE = re.compile(r"(?:至少|不低于|起码|最少|最低|起步价)(?:为|是|要)?\s?$")
_FLOOR_AFTER = re.compile(r"^\s?(?:以上|起步|起(?![来码])|打底|往上)")
# A bare 个 is 万 only where nothing countable follows: 一年不超过20个, 三十个以内.
_SLANG_AFTER = re.compile(
    r"^(?:\s?(?:以内|之内|左右|上下|封顶|出头|以下)|\s*$|\s?[,.!?;~。，！？；])"
)
_APPROX_AFTER = re.compile(r"^\s?(?:左右|上下|出头|上下浮动)")


@dataclass(frozen=True, slots=True)
class Money:
    """One amount in a text. ``low``/``high`` are None for an open bound."""

    start: int
    end: int
    low: int | None
    high: int | None
    currency: str
    cap: bool = False
    floor: bool = False
    slang: bool = False  # a bare 个 read as 万: only trusted in a budget context
    explicit_currency: bool = False

    def scaled(self, factor: int) -> Money:
        return Money(
            self.start,
            self.end,
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.currency,
            self.cap,
            self.floor,
            self.slang,
            self.explicit_currency,
        )


def find_money(text: str) -> list[Money]:
    """Every money amount in ``text`` (already normalised to half-width)."""
    found = []
    for match in _MONEY_RE.finditer(text):
        money = _read(match, text)
        if money is not None:
            found.append(money)
    return found


def _read(match: re.Match[str], text: str) -> Money | None:
    n1, n2 = match["n1"], match["n2"]
    if n1[0] in CN_BIG or _VAGUE_BEFORE.search(text[: match.start("n1")]):
        return None
    after = text[match.end() :]
    if after[:1] == "几" or (_MEASURE_AFTER.match(after) and not _has_currency(match)):
        return None
    unit = (match["unit"] or "").lower()
    slang = bool(match["ge"]) and not unit
    if slang and not (_SLANG_AFTER.match(after) and (parse_number(n1) or (0, 0))[0] >= 5):
        return None
    magnitude = _MAGNITUDE.get(unit, 10_000 if slang else 1)
    if not _is_money(match, unit, slang, n1, n2):
        return None
    bounds = _bounds(match, magnitude)
    if bounds is None:
        return None
    low, high = bounds
    if high <= 0 or high > 10**12:
        return None
    return _with_modifiers(match, text, low, high, slang)


def _is_money(match: re.Match[str], unit: str, slang: bool, n1: str, n2: str | None) -> bool:
    if _has_currency(match) or slang:
        return True
    if unit in _MAGNITUDE and unit != "千":
        return True
    if unit == "千":
        return n1[0].isdigit()  # 8千 yes, 七千 only with 元/块 (it is usually a count)
    last = n2 or n1
    return any(ch in CN_BIG for ch in last)


def _has_currency(match: re.Match[str]) -> bool:
    return bool(match["cur1"] or match["cur2"])


def _bounds(match: re.Match[str], magnitude: int) -> tuple[float, float] | None:
    first = parse_number(match["n1"])
    if first is None:
        return None
    if match["n2"] is None:
        return first[0] * magnitude, first[1] * magnitude
    second = parse_number(match["n2"])
    if second is None:
        return None
    # The second number's unit carries over to the first: 一百二到一百五十万, 20-30万.
    u1 = (match["u1"] or "").lower()
    carried = _trailing_big(match["n2"])
    if u1:
        low = first[0] * _MAGNITUDE[u1]
    elif carried > 1 and _trailing_big(match["n1"]) == 1 and not _has_big(match["n1"]):
        low = first[0] * carried
    else:
        low = first[0]
    low, high = low * magnitude, second[1] * magnitude
    if low > high:
        return None
    return low, high


def _trailing_big(number: str) -> int:
    return CN_BIG.get(number[-1], 1) if number and not number[0].isdigit() else 1


def _has_big(number: str) -> bool:
    return any(ch in CN_BIG for ch in number)


def _with_modifiers(match: re.Match[str], text: str, low: float, high: float, slang: bool) -> Money:
    before = text[max(0, match.start() - 10) : match.start()]
    after = text[match.end() : match.end() + 8]
    end = match.end()
    cap = bool(_CAP_BEFORE.search(before))
    cap_after = _CAP_AFTER.match(after)
    if cap_after and (low == high or "接受" not in cap_after.group()):
        cap, end = True, end + cap_after.end()
    floor = not cap and bool(_FLOOR_BEFORE.search(before))
    floor_after = None if cap else _FLOOR_AFTER.match(after)
    if floor_after:
        floor, end = True, end + floor_after.end()
    approx = _APPROX_AFTER.match(text[end:])
    if approx:
        end += approx.end()
    currency = _currency(match)
    return Money(
        start=match.start(),
        end=end,
        low=None if cap else round(low),
        high=None if floor else round(high),
        currency=currency or "CNY",
        cap=cap,
        floor=floor,
        slang=slang,
        explicit_currency=currency is not None,
    )


def _currency(match: re.Match[str]) -> str | None:
    for word in (match["cur1"], match["cur2"]):
        if word:
            return _CURRENCY_WORDS.get(word.lower(), "CNY")
    return None
