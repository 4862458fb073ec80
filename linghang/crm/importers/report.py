"""What an import did: rows stored, rows refused (with line and field), a preview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class RowError:
    """One problem in one row. ``line`` is the spreadsheet row number (header = 1)."""

    line: int
    field: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "message": self.message}

    def __str__(self) -> str:
        return f"line {self.line} [{self.field or '-'}]: {self.message}"


@dataclass
class ImportReport:
    """The outcome of one ``run_import`` call; ``ok_rows`` counts rows stored (or storable)."""

    kind: str
    source: str
    dry_run: bool = False
    ok_rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    preview: list[dict[str, Any]] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # Records created by model ("units", "people" …) for kinds that make several sorts.
    created_by_model: dict[str, int] = field(default_factory=dict)
    # False when the file as a whole could not be read (missing, empty, not a table).
    readable: bool = True

    @property
    def error_lines(self) -> int:
        return len({error.line for error in self.errors})

    @property
    def rows(self) -> int:
        return self.ok_rows + self.error_lines

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0

    def as_json(self) -> dict[str, Any]:
        """The fixed ``--json`` contract: exactly these three keys."""
        return {
            "ok_rows": self.ok_rows,
            "errors": [error.as_dict() for error in self.errors],
            "preview": self.preview,
        }

    def __str__(self) -> str:
        mode = " (dry run)" if self.dry_run else ""
        return (
            f"{self.kind}{mode}: {self.ok_rows} ok, {self.error_lines} with errors, "
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged "
            f"in {self.seconds:.2f}s"
        )


def json_safe(value: Any) -> Any:
    """Dates, decimals and other parsed values as JSON-friendly scalars."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
