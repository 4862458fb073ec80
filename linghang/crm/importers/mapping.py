"""Which column feeds which field: built-in aliases first, explicit ``field=column`` on top.

Aliases cover the English headers of the public CRM data set and the Chinese headers a
Chinese export carries (客户名称, 联系人, 金额 …); headers are compared after ``fold``, so
``Close Value``, ``close_value`` and ``CLOSE-VALUE`` are one header.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from linghang.crm.importers.fields import FieldSpec, fold
from linghang.crm.importers.report import RowError

HEADER_LINE = 1


@dataclass
class ColumnMap:
    """Resolved mapping: field name → column index (and header, for the report)."""

    indexes: dict[str, int] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def parse_map_args(items: Iterable[str]) -> dict[str, str | None]:
    """``["amount=合同金额", "owner="]`` → ``{"amount": "合同金额", "owner": None}``.

    An empty column means "do not import this field", even if an alias would match.
    """
    overrides: dict[str, str | None] = {}
    for item in items:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(_("映射格式应为 字段=列名：%(item)s") % {"item": item})
        overrides[name.strip()] = column.strip() or None
    return overrides


def resolve_mapping(
    specs: Sequence[FieldSpec],
    header: Sequence[str],
    overrides: Mapping[str, str | None] | None = None,
) -> tuple[ColumnMap, list[RowError]]:
    """Match every field to a column; errors are reported on the header line."""
    overrides = dict(overrides or {})
    known = {spec.name for spec in specs}
    errors = [
        _header_error(name, _("未知字段，可用：%(fields)s") % {"fields": ", ".join(sorted(known))})
        for name in overrides
        if name not in known
    ]
    chosen: dict[str, int | None] = {}
    # Explicit mappings claim their columns first, so no alias can take them.
    for name, column in overrides.items():
        if name in known:
            chosen[name] = _find_explicit(header, column)
            if column is not None and chosen[name] is None:
                errors.append(_header_error(name, _("找不到列：%(column)s") % {"column": column}))
    claimed = {index for index in chosen.values() if index is not None}
    for spec in specs:
        if spec.name not in overrides:
            index = _find_alias(header, (spec.name, *spec.aliases), claimed)
            chosen[spec.name] = index
            if index is not None:
                claimed.add(index)
    errors += [
        _header_error(
            spec.name, _("缺少必需的列（可用 --map %(field)s=列名 指定）") % {"field": spec.name}
        )
        for spec in specs
        if spec.required and chosen.get(spec.name) is None
    ]
    return _column_map(header, chosen), errors


def _column_map(header: Sequence[str], chosen: dict[str, int | None]) -> ColumnMap:
    mapped = ColumnMap()
    for name, index in chosen.items():
        if index is not None:
            mapped.indexes[name] = index
            mapped.columns[name] = header[index]
    used = set(mapped.indexes.values())
    mapped.ignored = [name for index, name in enumerate(header) if index not in used and name]
    return mapped


def _header_error(field_name: str, message: str) -> RowError:
    return RowError(HEADER_LINE, field_name, message)


def _find_explicit(header: Sequence[str], column: str | None) -> int | None:
    if column is None:
        return None
    if column in header:
        return list(header).index(column)
    return _find_alias(header, (column,), set())


def _find_alias(header: Sequence[str], aliases: Iterable[str], claimed: set[int]) -> int | None:
    folded = [fold(name) for name in header]
    for alias in aliases:
        key = fold(alias)
        for index, name in enumerate(folded):
            if name == key and index not in claimed:
                return index
    return None
