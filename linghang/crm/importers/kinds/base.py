"""The interface every kind of import implements, and the values passed through it."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, ClassVar

from linghang.crm.importers.fields import FieldSpec
from linghang.crm.importers.report import RowError


@dataclass
class ImportContext:
    """Per-import settings: defaults for values the file may not carry."""

    currency: str = "CNY"
    mapped: frozenset[str] = frozenset()


@dataclass
class Row:
    """One data row after field parsing; ``values`` holds only mapped fields."""

    line: int
    values: dict[str, Any]

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name)
        return default if value is None else value

    def content_key(self, prefix: str) -> str:
        """A stable key for rows without an id: same content → same record on re-import."""
        text = "\x1f".join(f"{name}={self.values[name]}" for name in sorted(self.values))
        return f"{prefix}:{hashlib.sha1(text.encode()).hexdigest()[:24]}"


@dataclass
class WriteOutcome:
    """What a ``write`` call did; ``errors`` are rows refused while resolving references.

    ``created_by_model`` is for kinds whose rows become several sorts of record (a
    teams row makes units, people and memberships), so a summary can say which were
    created rather than one number that matches nothing in the file.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    created_by_model: Counter[str] = field(default_factory=Counter)

    def add(self, other: WriteOutcome) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.errors.extend(other.errors)
        self.created_by_model.update(other.created_by_model)


class Importer(ABC):
    """A kind of record that rows of a table become (``accounts``, ``deals`` …).

    Subclasses declare ``fields`` (parsing and column aliases) and implement
    ``write``, which receives a whole chunk of parsed rows: references are resolved
    and records stored with a fixed number of queries per chunk, never per row.
    ``check`` adds row rules that fields alone cannot express; it must not query.
    ``finish`` runs once after the last chunk (e.g. links that may point forward).
    """

    kind: ClassVar[str]
    fields: ClassVar[tuple[FieldSpec, ...]]

    def __init__(self, context: ImportContext) -> None:
        self.context = context

    def maps(self, name: str) -> bool:
        """Whether the file feeds ``name``: unmapped fields are left as they are."""
        return name in self.context.mapped

    def check(self, row: Row) -> list[tuple[str, str]]:
        """Row-level problems as ``(field, message)``; none by default."""
        return []

    @abstractmethod
    def write(self, rows: list[Row]) -> WriteOutcome:
        """Store ``rows``; refuse the ones whose references cannot be resolved."""

    def finish(self) -> WriteOutcome:
        return WriteOutcome()
