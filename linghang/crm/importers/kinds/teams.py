"""Sales teams: ``agent, manager, region`` rows become units, people and memberships.

Each manager leads one unit (named after them unless the file names it), in the
row's region; every agent and manager becomes a user with an unusable password (they
sign in once an admin sets one) and a staff profile. Nobody who is not in the file
is created: a region's director, for example, is set up by an admin.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from linghang.crm.importers import lookups
from linghang.crm.importers.fields import FieldSpec, fold, text
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.upsert import UpsertResult, save_changes, upsert
from linghang.units.choices import Role
from linghang.units.models import Membership, StaffProfile, Unit

# Stored data, not UI text: not translated, so a re-import under another language
# finds the same unit.
UNIT_NAME_FORMAT = "{manager} 团队"
USERNAME_UNSAFE = re.compile(r"[^\w.@+-]+")
MAX_SUFFIX = 50
# A role the import may set; a director's or admin's role is never lowered by it.
IMPORTABLE_ROLES = {Role.REP, Role.UNIT_LEAD}


class TeamImporter(Importer):
    kind = "teams"
    fields = (
        FieldSpec(
            "agent",
            ("sales_agent", "rep", "member", "销售代表", "销售", "成员", "姓名"),
            text(150),
            required=True,
        ),
        FieldSpec(
            "manager",
            ("sales_manager", "lead", "经理", "销售经理", "负责人", "主管", "组长"),
            text(150),
            required=True,
        ),
        FieldSpec(
            "region", ("regional_office", "office", "区域", "大区", "办事处", "所属区域"), text(80)
        ),
        FieldSpec("unit", ("unit_name", "team", "作战单元", "团队", "单元"), text(120)),
    )

    def write(self, rows: list[Row]) -> WriteOutcome:
        roles = {row.values["agent"]: Role.REP for row in rows}
        roles |= {row.values["manager"]: Role.UNIT_LEAD for row in rows}
        people, new_people = ensure_people(roles)
        units = self._ensure_units(rows)
        wanted: dict[tuple[int, int], bool] = {}
        for row in rows:
            unit = units.objects[fold(self._unit_name(row))]
            wanted[(unit.pk, people[fold(row.values["manager"])].pk)] = True
            wanted.setdefault((unit.pk, people[fold(row.values["agent"])].pk), False)
        existing = {
            (m.unit_id, m.user_id): m
            for m in Membership.objects.filter(unit_id__in={unit_id for unit_id, _user in wanted})
        }
        items = [
            ((unit_id, user_id), {"unit_id": unit_id, "user_id": user_id, "is_lead": is_lead})
            for (unit_id, user_id), is_lead in wanted.items()
        ]
        outcome = upsert(Membership, items, existing).outcome
        outcome.created_by_model.update(
            units=units.outcome.created, people=new_people, memberships=outcome.created
        )
        return outcome

    def _unit_name(self, row: Row) -> str:
        return row.get("unit") or UNIT_NAME_FORMAT.format(manager=row.values["manager"])

    def _ensure_units(self, rows: list[Row]) -> UpsertResult:
        existing = lookups.fetch_units(self._unit_name(row) for row in rows)
        items = []
        for row in rows:
            values: dict[str, Any] = {"name": self._unit_name(row)}
            if self.maps("region"):
                values["region"] = row.get("region", "")
            items.append((fold(values["name"]), values))
        return upsert(Unit, items, existing)


def ensure_people(roles: Mapping[str, str]) -> tuple[dict[str, Any], int]:
    """Users by folded name, created (with a staff profile) when unknown; and how many were."""
    people = lookups.fetch_people(roles)
    missing = {fold(name): name for name in roles if fold(name) not in people}
    if missing:
        usernames = unique_usernames(list(missing.values()))
        new_users = [
            get_user_model()(username=usernames[name], password=make_password(None))
            for name in missing.values()
        ]
        get_user_model().objects.bulk_create(new_users)
        people |= dict(zip(missing, new_users, strict=True))
    _ensure_profiles(people, roles)
    return people, len(missing)


def _ensure_profiles(people: dict[str, Any], roles: Mapping[str, str]) -> None:
    by_user = {
        p.user_id: p
        for p in StaffProfile.objects.filter(user_id__in=[user.pk for user in people.values()])
    }
    new, changed = [], []
    for name, role in roles.items():
        user = people[fold(name)]
        profile = by_user.get(user.pk)
        if profile is None:
            by_user[user.pk] = StaffProfile(user_id=user.pk, role=role, display_name=name)
            new.append(by_user[user.pk])
        elif profile.role != role and profile.role in IMPORTABLE_ROLES:
            profile.role = role
            changed.append(profile)
    StaffProfile.objects.bulk_create(new)
    save_changes(StaffProfile, changed, {"role"})


def unique_usernames(names: list[str]) -> dict[str, str]:
    """``Moses Frase`` → ``moses.frase`` (``王伟`` stays ``王伟``), suffixed when taken."""
    bases = {
        name: USERNAME_UNSAFE.sub(".", name.strip().lower()).strip(".")[:140] or "user"
        for name in names
    }
    users = get_user_model().objects
    taken = set(users.filter(username__in=bases.values()).values_list("username", flat=True))
    if taken:  # only names that collide pay for looking at their suffixed variants
        variants = [f"{base}-{n}" for base in taken for n in range(2, MAX_SUFFIX)]
        taken |= set(users.filter(username__in=variants).values_list("username", flat=True))
    chosen: dict[str, str] = {}
    for name, base in bases.items():
        options = (base, *(f"{base}-{n}" for n in range(2, MAX_SUFFIX)))
        chosen[name] = next(option for option in options if option not in taken)
        taken.add(chosen[name])
    return chosen
