"""Chinese text helpers that carry no sales knowledge: width, script and name keys."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

COMPANY_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "集团",
    "公司",
    "co., ltd.",
    "co.,ltd.",
    "co. ltd",
    "co ltd",
    "corporation",
    "corp.",
    "corp",
    "inc.",
    "inc",
    "ltd.",
    "ltd",
    "llc",
    "gmbh",
)
_SPACE_PUNCT = re.compile(r"[\s\u3000·・,，.。()（）\-_]+")


@cache
def _t2s_converter():  # type: ignore[no-untyped-def]
    from opencc import OpenCC  # imported lazily: it loads its dictionaries on first use

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to Simplified Chinese (a no-op for text that is already simplified)."""
    # The converter costs ~0.1 ms a call; most text has no traditional character at all.
    if text.isascii() or _traditional_chars().isdisjoint(text):
        return text
    return str(_t2s_converter().convert(text))


@cache
def _traditional_chars() -> frozenset[str]:
    """Every character OpenCC's t2s dictionary would change."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    with table.open(encoding="utf-8") as lines:
        return frozenset(line.split("\t", 1)[0] for line in lines if line.strip())


def normalize_width(text: str) -> str:
    """Full-width letters, digits and punctuation to their half-width forms."""
    return unicodedata.normalize("NFKC", text)


def search_form(text: str) -> str:
    """Text as stored for and compared in substring search: simplified, half-width, lower."""
    return to_simplified(normalize_width(text)).strip().lower()


def company_key(name: str) -> str:
    """A matching key for a company name: 腾讯科技（深圳）有限公司 ≈ 腾讯科技(深圳)."""
    key = to_simplified(normalize_width(name)).strip().lower()
    changed = True
    while changed:
        changed = False
        for suffix in COMPANY_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)].rstrip()
                changed = True
    return _SPACE_PUNCT.sub("", key)
