"""One frozen registry per plug-in kind.

Each entry maps a short name to a dotted path, imported only when first used (as
Healthchecks' TRANSPORTS does), so a broken optional plug-in cannot break start-up.
Third-party packages add entries through the entry-point groups
``linghang.parsers``, ``linghang.extraction_engines`` and ``linghang.notifiers``.
To add a plug-in of our own: add one module and one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import import_module
from importlib.metadata import entry_points
from types import MappingProxyType
from typing import Any

PARSERS: Mapping[str, str] = MappingProxyType(
    {
        # Order matters: sniffing tries them in this order, most specific first.
        "eval_jsonl": "linghang.channels.parsers.eval_jsonl.parser.EvalJsonlParser",
        "memotrace_csv": "linghang.channels.parsers.memotrace_csv.parser.MemoTraceCsvParser",
        "memotrace_txt": "linghang.channels.parsers.memotrace_txt.parser.MemoTraceTxtParser",
        "transcript_txt": "linghang.channels.parsers.transcript_txt.parser.TranscriptTxtParser",
    }
)

EXTRACTION_ENGINES: Mapping[str, str] = MappingProxyType(
    {
        "rules": "linghang.agents.engines.rules.engine.RulesEngine",
        "static": "linghang.agents.engines.static.engine.StaticEngine",
    }
)

NOTIFIERS: Mapping[str, str] = MappingProxyType({})

KINDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"parsers": PARSERS, "extraction_engines": EXTRACTION_ENGINES, "notifiers": NOTIFIERS}
)


class UnknownPlugin(LookupError):
    """Asked for a plug-in name that no registry entry or entry point provides."""


@cache
def entries(kind: str) -> Mapping[str, str]:
    """Built-in entries of ``kind`` plus those installed packages declare."""
    merged = dict(KINDS[kind])
    for ep in entry_points(group=f"linghang.{kind}"):
        merged.setdefault(ep.name, ep.value.replace(":", "."))
    return MappingProxyType(merged)


@cache
def load(kind: str, name: str) -> Any:
    """Import and return the class registered as ``name`` under ``kind``."""
    try:
        dotted = entries(kind)[name]
    except KeyError:
        known = ", ".join(sorted(entries(kind)))
        raise UnknownPlugin(f"no {kind} entry named {name!r} (known: {known})") from None
    module_path, _, attr = dotted.rpartition(".")
    return getattr(import_module(module_path), attr)
