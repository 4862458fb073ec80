from linghang.core.testing.factories import make_account, make_unit
from linghang.crm.models import Account


def test_rep_sees_only_their_units_accounts(rep, outsider, unit, other_unit):
    # given
    ours = make_account(unit=unit)
    theirs = make_account(unit=other_unit)
    # when
    visible = set(Account.objects.visible_to(rep))
    # then
    assert ours in visible
    assert theirs not in visible
    assert ours not in set(Account.objects.visible_to(outsider))


def test_unit_lead_sees_their_unit(unit_lead, unit):
    ours = make_account(unit=unit)
    assert list(Account.objects.visible_to(unit_lead)) == [ours]


def test_director_sees_their_region_and_unassigned(director, unit, other_unit):
    # given unit is in 华东 (the director's region), other_unit in 华南
    east = make_account(unit=unit)
    south = make_account(unit=other_unit)
    unassigned = make_account()
    # when
    visible = set(Account.objects.visible_to(director))
    # then
    assert visible == {east, unassigned}
    assert south not in visible


def test_admin_sees_everything(admin_user, unit, other_unit):
    accounts = {make_account(unit=unit), make_account(unit=other_unit), make_account()}
    assert set(Account.objects.visible_to(admin_user)) == accounts


def test_rep_in_no_unit_sees_nothing(db):
    from linghang.core.testing.factories import make_user

    loner = make_user()
    make_account(unit=make_unit())
    assert not Account.objects.visible_to(loner).exists()


def test_anonymous_sees_nothing(db, unit):
    from django.contrib.auth.models import AnonymousUser

    make_account(unit=unit)
    assert not Account.objects.visible_to(AnonymousUser()).exists()
