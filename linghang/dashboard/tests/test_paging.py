"""Paging without COUNT(*): one extra row tells whether another page follows."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories
from linghang.crm.models import Account
from linghang.dashboard.paging import MAX_PAGE, parse_page_number, peek_page


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, 1), ("", 1), ("abc", 1), ("0", 1), ("-3", 1), ("2", 2), (str(10**9), MAX_PAGE)],
)
def test_parse_page_number(raw, expected):
    assert parse_page_number(raw) == expected


def test_peek_page_knows_neighbours_without_counting(db, django_assert_num_queries):
    # given
    for n in range(5):
        factories.make_account(name=f"客户{n}")
    accounts = Account.objects.order_by("name")
    # when: one query for the page's ids, one for their rows
    with django_assert_num_queries(2):
        first = peek_page(accounts, 1, per_page=2)
    last = peek_page(accounts, 3, per_page=2)
    # then
    assert [a.name for a in first.items] == ["客户0", "客户1"]
    assert first.has_next and not first.has_previous
    assert [a.name for a in last.items] == ["客户4"]
    assert last.has_previous and not last.has_next


def test_an_empty_page_costs_one_query(db, django_assert_num_queries):
    # given
    factories.make_account(name="客户0")
    accounts = Account.objects.order_by("name")
    # when
    with django_assert_num_queries(1):
        page = peek_page(accounts, 2, per_page=2)
    # then
    assert page.items == [] and not page.has_next and page.has_previous


def test_peek_page_keeps_the_queryset_order_and_joins(db, unit, django_assert_num_queries):
    # given
    for name in ("丙", "甲", "乙"):
        factories.make_account(name=f"{name}公司", unit=unit)
    accounts = Account.objects.select_related("unit").order_by("-name")
    # when
    page = peek_page(accounts, 1, per_page=3)
    # then: the order of the ids, and the unit already loaded
    assert [a.name for a in page.items] == sorted((a.name for a in page.items), reverse=True)
    with django_assert_num_queries(0):
        assert {a.unit.name for a in page.items} == {"华东一组"}
