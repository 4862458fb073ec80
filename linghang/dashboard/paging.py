"""Page-number paging without ``COUNT(*)``: fetch one row more than a page to know if
another page follows.

Lists such as the deal list grow to 100,000 rows and are usually filtered by a text
search; counting every match on every page would cost more than the page itself, and
nobody needs "page 1 of 2,000" to find a deal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db.models import QuerySet

T = TypeVar("T")
PER_PAGE = 50
MAX_PAGE = 10_000  # beyond this an OFFSET scan gets slow; a search narrows faster


@dataclass(frozen=True)
class PageSlice(Generic[T]):
    """One page of a list, and whether there is a page before and after it."""

    items: list[T]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def next_number(self) -> int:
        return self.number + 1

    @property
    def previous_number(self) -> int:
        return self.number - 1


def parse_page_number(raw: Any) -> int:
    """A page number from a query string: bad or missing values mean page 1."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


def peek_page(queryset: QuerySet[Any], number: int, per_page: int = PER_PAGE) -> PageSlice[Any]:
    """Page ``number`` (1-based) of an ordered ``queryset``.

    The page's ids come first, then only those rows: picking ids can walk an index in
    order without reading table rows or joining what ``select_related`` adds, so a
    search that must skip thousands of rows stays cheap (see ``bench/list_bench.py``).
    """
    number = min(max(number, 1), MAX_PAGE)
    offset = (number - 1) * per_page
    ids = list(queryset.values_list("pk", flat=True)[offset : offset + per_page + 1])
    rows = _rows_in_order(queryset, ids)
    return PageSlice(items=rows[:per_page], number=number, has_next=len(ids) > per_page)


def _rows_in_order(queryset: QuerySet[Any], ids: list[Any]) -> list[Any]:
    """The rows of ``ids`` loaded through ``queryset`` (its joins), in the order of ``ids``."""
    if not ids:
        return []
    by_id = queryset.in_bulk(ids)
    # A row changed or deleted between the two queries simply drops out of the page.
    return [by_id[pk] for pk in ids if pk in by_id]


def page_payload(page: PageSlice[Any]) -> dict[str, Any]:
    """The API's page envelope: ``items``, ``page`` and ``next_page`` (null on the last)."""
    return {
        "items": page.items,
        "page": page.number,
        "next_page": page.next_number if page.has_next else None,
    }
