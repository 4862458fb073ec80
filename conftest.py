"""Fixtures every test may use: the personas of ``core.testing.factories``."""

from __future__ import annotations

import pytest

from linghang.core.testing import factories
from linghang.units.choices import Role


@pytest.fixture
def unit(db):
    return factories.make_unit(name="华东一组", region="华东")


@pytest.fixture
def other_unit(db):
    return factories.make_unit(name="华南一组", region="华南")


@pytest.fixture
def rep(unit):
    return factories.make_user(Role.REP, unit=unit, username="rep")


@pytest.fixture
def unit_lead(unit):
    return factories.make_user(Role.UNIT_LEAD, unit=unit, username="lead")


@pytest.fixture
def outsider(other_unit):
    """A rep in another unit, who must see nothing of ``unit``'s records."""
    return factories.make_user(Role.REP, unit=other_unit, username="outsider")


@pytest.fixture
def director(db):
    return factories.make_user(Role.DIRECTOR, username="director", region="华东")


@pytest.fixture
def admin_user(db):
    return factories.make_user(Role.ADMIN, username="admin", is_superuser=True, is_staff=True)
