"""Migration 0005: deals stored before ``Deal.unit`` existed take their account's unit."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("crm", "0004_deal_unit_optional_account")]
AFTER = [("crm", "0005_fill_deal_unit")]


def migrate_to(targets):  # type: ignore[no-untyped-def]
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def at_0004(transactional_db):  # type: ignore[no-untyped-def]
    apps = migrate_to(BEFORE)
    yield apps
    migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_existing_deals_take_their_accounts_unit_and_reversing_is_harmless(at_0004):
    # given a deal of a placed account, one of an unplaced account, one without account
    Unit = at_0004.get_model("units", "Unit")
    Account = at_0004.get_model("crm", "Account")
    Deal = at_0004.get_model("crm", "Deal")
    unit = Unit.objects.create(name="华东一组", region="华东")
    placed = Account.objects.create(name="甲公司", name_key="甲", unit=unit)
    unplaced = Account.objects.create(name="乙公司", name_key="乙")
    for title, account in (("甲", placed), ("乙", unplaced), ("丙", None)):
        Deal.objects.create(title=title, account=account)

    # when
    apps = migrate_to(AFTER)
    filled = dict(apps.get_model("crm", "Deal").objects.values_list("title", "unit_id"))
    migrate_to(BEFORE)  # the reverse is a no-op and must not fail

    # then
    assert filled == {"甲": unit.pk, "乙": None, "丙": None}
