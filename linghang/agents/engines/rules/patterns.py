"""Compile the lexicons' regular-expression fragments once, at import time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def any_of(fragments: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern matching any fragment (each fragment wrapped as a group)."""
    return re.compile("|".join(f"(?:{f})" for f in fragments), flags)


def table(entries: Mapping[str, Iterable[str]], flags: int = 0) -> dict[str, re.Pattern[str]]:
    return {key: any_of(fragments, flags) for key, fragments in entries.items()}
