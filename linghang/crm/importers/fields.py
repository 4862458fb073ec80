"""Target fields of an import and the parsers that turn one cell into one typed value.

A parser takes whatever the reader produced (text from CSV; text, numbers or dates
from XLSX) and returns a clean value or raises ``FieldInvalid`` with a message a
person can act on. Blank cells never reach a parser: they are ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

Parser = Callable[[Any], Any]

_FOLD_DROP = re.compile(r"[\s_\-.·:：/]+")
_MONEY_NOISE = re.compile(r"[\s,，¥￥$€]|元|rmb|cny|usd", re.IGNORECASE)
_CHINESE_MULTIPLIERS = {"亿": Decimal(100_000_000), "万": Decimal(10_000), "w": Decimal(10_000)}
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y年%m月%d日",
    "%Y%m%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
)


class FieldInvalid(ValueError):
    """A cell's value cannot be used; ``message`` says why in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldSpec:
    """One target field: its name, the column headers it answers to, and its parser.

    ``required`` means the column must be present and the cell non-blank.
    """

    name: str
    aliases: tuple[str, ...]
    parse: Parser
    required: bool = False


def fold(text: str) -> str:
    """A comparison key for headers and vocabulary: width, case and separators ignored."""
    return _FOLD_DROP.sub("", unicodedata.normalize("NFKC", str(text)).strip().lower())


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(max_length: int) -> Parser:
    def parse(value: Any) -> str:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # XLSX stores phone numbers and codes as floats
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        result = str(value).strip()
        if len(result) > max_length:
            raise FieldInvalid(_("超过 %(limit)s 个字符") % {"limit": max_length})
        return result

    return parse


def integer(minimum: int = 0, maximum: int = 2_147_483_647) -> Parser:
    def parse(value: Any) -> int:
        number = _to_decimal(value)
        if number is None or number != number.to_integral_value():
            raise FieldInvalid(_("不是整数：%(value)s") % {"value": value})
        if not minimum <= number <= maximum:
            raise FieldInvalid(_("超出范围 %(low)s–%(high)s") % {"low": minimum, "high": maximum})
        return int(number)

    return parse


def money(max_digits: int = 16, places: int = 2) -> Parser:
    """Amounts as people write them: 1,054 / ¥1,054.00 / 50万 / 1.2亿 / 80W."""
    limit = Decimal(10) ** (max_digits - places)
    quantum = Decimal(1).scaleb(-places)

    def parse(value: Any) -> Decimal:
        number = _to_decimal(value)
        if number is None:
            raise FieldInvalid(_("不是金额：%(value)s") % {"value": value})
        if number < 0 or number >= limit:
            raise FieldInvalid(_("金额超出范围：%(value)s") % {"value": value})
        return number.quantize(quantum, rounding=ROUND_HALF_UP)

    return parse


def date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip()
    try:
        return dt.datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise FieldInvalid(_("无法识别的日期：%(value)s") % {"value": raw})


def email(value: Any) -> str:
    address = text(254)(value)
    try:
        validate_email(address)
    except ValidationError as exc:
        raise FieldInvalid(_("邮箱格式不正确：%(value)s") % {"value": address}) from exc
    return address.lower()


def choice(vocabulary: Mapping[str, str]) -> Parser:
    """Map the many ways people write a value onto one code; keys are ``fold``-ed."""
    folded = {fold(word): code for word, code in vocabulary.items()}

    def parse(value: Any) -> str:
        code = folded.get(fold(value))
        if code is None:
            raise FieldInvalid(_("无法识别的取值：%(value)s") % {"value": value})
        return code

    return parse


def _to_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    raw = _MONEY_NOISE.sub("", unicodedata.normalize("NFKC", str(value))).lower()
    multiplier = Decimal(1)
    for suffix, factor in _CHINESE_MULTIPLIERS.items():
        if raw.endswith(suffix):
            raw, multiplier = raw[: -len(suffix)], factor
            break
    try:
        number = Decimal(raw) * multiplier
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
