"""Teams import: one unit per manager, people as users with roles and memberships."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from linghang.crm.importers import run_import
from linghang.units.models import Membership, StaffProfile, Unit


def test_each_manager_leads_a_unit_in_their_region(db, dataset_dir):
    # given / when
    report = run_import("teams", dataset_dir / "sales_teams.csv")

    # then
    assert report.ok_rows == 4 and report.errors == []
    assert set(Unit.objects.values_list("name", "region")) == {
        ("Dustin Brinkmann 团队", "Central"),
        ("Melvin Marxen 团队", "Central"),
        ("Cara Losch 团队", "East"),
    }
    dustin_unit = Unit.objects.get(name="Dustin Brinkmann 团队")
    members = {
        (m.user.staff_profile.display_name, m.is_lead)
        for m in dustin_unit.memberships.select_related("user__staff_profile")
    }
    assert members == {("Dustin Brinkmann", True), ("Moses Frase", False), ("Anna Snelling", False)}


def test_people_get_roles_and_cannot_sign_in_until_a_password_is_set(db, dataset_dir):
    # given / when
    run_import("teams", dataset_dir / "sales_teams.csv")

    # then
    moses = get_user_model().objects.get(staff_profile__display_name="Moses Frase")
    assert moses.username == "moses.frase"
    assert not moses.has_usable_password()
    assert moses.staff_profile.role == "rep"
    assert StaffProfile.objects.get(display_name="Cara Losch").role == "unit_lead"


def test_no_one_outside_the_file_is_created(db, dataset_dir):
    # given / when
    run_import("teams", dataset_dir / "sales_teams.csv")

    # then seven people in the file, no invented director
    assert get_user_model().objects.count() == 7
    assert not StaffProfile.objects.filter(role="director").exists()
    assert Membership.objects.count() == 7


def test_a_taken_username_gets_a_suffix(db, dataset_dir):
    # given someone else already uses the username moses.frase
    get_user_model().objects.create_user(username="moses.frase")

    # when
    run_import("teams", dataset_dir / "sales_teams.csv")

    # then
    assert StaffProfile.objects.get(display_name="Moses Frase").user.username == "moses.frase-2"
