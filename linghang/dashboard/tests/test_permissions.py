"""``can_decide``: the board is the manager's; a rep sees their unit's items read-only."""

from __future__ import annotations

from linghang.core.testing import factories
from linghang.dashboard.permissions import can_decide
from linghang.units.choices import Role
from linghang.units.models import Membership


def test_a_rep_may_not_decide_their_units_item(rep, gray_item):
    # when
    allowed = can_decide(rep, gray_item)
    # then
    assert allowed is False


def test_the_units_lead_may_decide(unit_lead, gray_item):
    # when
    allowed = can_decide(unit_lead, gray_item)
    # then
    assert allowed is True


def test_a_member_marked_lead_may_decide_whatever_their_role(unit, gray_item):
    # given
    lead = factories.make_user(Role.REP, username="seat-lead")
    Membership.objects.create(unit=unit, user=lead, is_lead=True)
    # when
    allowed = can_decide(lead, gray_item)
    # then
    assert allowed is True


def test_a_lead_of_another_unit_may_not_decide(other_unit, gray_item):
    # given
    other_lead = factories.make_user(Role.UNIT_LEAD, unit=other_unit, username="other-lead")
    # when
    allowed = can_decide(other_lead, gray_item)
    # then
    assert allowed is False


def test_the_director_of_the_region_may_decide(director, gray_item, other_units_gray_item):
    # when
    own_region = can_decide(director, gray_item)
    other_region = can_decide(director, other_units_gray_item)
    # then
    assert own_region is True
    assert other_region is False


def test_an_admin_may_decide_anything(admin_user, gray_item, other_units_gray_item):
    # when
    decisions = [can_decide(admin_user, gray_item), can_decide(admin_user, other_units_gray_item)]
    # then
    assert decisions == [True, True]
