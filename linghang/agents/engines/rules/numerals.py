"""Chinese and Arabic numerals as people write them in chats.

Handles the formal (壹佰捌拾), the plain (一百五十) and the colloquial forms: a trailing
digit takes the next lower unit (一百二 = 120, 一万二 = 12000) and two neighbouring
digits make a range (七八十 = 70–80, 十五六 = 15–16).
"""

from __future__ import annotations

import re

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "叁": 3,
    "仨": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)
CN_NUMBER = f"[{CN_CHARS}]+"
ARABIC_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUMBER = f"(?:{ARABIC_NUMBER}|{CN_NUMBER})"
_NUMBER_RE = re.compile(NUMBER)


def parse_number(text: str) -> tuple[float, float] | None:
    """``(low, high)`` for a numeral; low == high unless it is a range like 七八十."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return None
        return value, value
    return parse_chinese(text)


def parse_chinese(text: str) -> tuple[float, float] | None:
    pair = _neighbour_digits(text)
    if pair is not None:
        i, low_digit, high_digit = pair
        low = _chinese_integer(text[:i] + low_digit + text[i + 2 :])
        high = _chinese_integer(text[:i] + high_digit + text[i + 2 :])
        if low is None or high is None:
            return None
        return float(low), float(high)
    value = _chinese_integer(text)
    return None if value is None else (float(value), float(value))


def to_int(text: str) -> int | None:
    """A single integer (the low end of a range)."""
    parsed = parse_number(text)
    return None if parsed is None else int(parsed[0])


def find_numbers(text: str) -> list[re.Match[str]]:
    return list(_NUMBER_RE.finditer(text))


def _neighbour_digits(text: str) -> tuple[int, str, str] | None:
    """Position of two consecutive ascending digits (七八, 十五六's 五六), if any."""
    for i in range(len(text) - 1):
        a, b = CN_DIGITS.get(text[i]), CN_DIGITS.get(text[i + 1])
        if a is not None and b is not None and a and b == a + 1:
            return i, text[i], text[i + 1]
    return None


def _chinese_integer(text: str) -> int | None:
    total = 0  # completed 亿/万 sections
    section = 0  # value below the current 万
    digit: int | None = None
    last_unit = 0  # the unit most recently applied, for 一百二 = 120
    after_zero = False
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None:  # two digits in a row: not a number we understand
                return None
            digit = CN_DIGITS[ch]
            if digit == 0:
                after_zero, digit = True, None
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
        elif ch in CN_BIG:
            big = CN_BIG[ch]
            section += digit or 0
            total = (total + section) * big if big > 10_000 else total + section * big
            section, digit, last_unit, after_zero = 0, None, big, False
        else:
            return None
    if digit is not None:
        # A bare trailing digit after a unit means the next lower unit: 一百二, 一万二.
        scale = last_unit // 10 if last_unit >= 10 and not after_zero else 1
        section += digit * max(scale, 1)
    return total + section
