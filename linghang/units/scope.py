"""Which units a person may see. Every visibility-filtered query starts here.

A rep and a unit lead see the units they belong to; a director sees every unit of
their region (all regions when none is set); an admin or superuser sees everything.
Records outside any unit are visible to directors and admins only.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from linghang.units.choices import Role
from linghang.units.models import Unit


@dataclass(frozen=True)
class Scope:
    """``unit_ids`` is None when everything is visible."""

    unit_ids: frozenset[int] | None
    sees_unassigned: bool

    @property
    def sees_all(self) -> bool:
        return self.unit_ids is None


NOTHING = Scope(unit_ids=frozenset(), sees_unassigned=False)
EVERYTHING = Scope(unit_ids=None, sees_unassigned=True)


def role_of(user: AbstractBaseUser | AnonymousUser) -> str | None:
    if not user.is_authenticated:
        return None
    if getattr(user, "is_superuser", False):
        return Role.ADMIN
    profile = getattr(user, "staff_profile", None)
    return profile.role if profile else Role.REP


def scope_for(user: AbstractBaseUser | AnonymousUser) -> Scope:
    """The units ``user`` may see; cached on the user object for the request."""
    cached = getattr(user, "_linghang_scope", None)
    if cached is not None:
        return cached
    scope = _compute_scope(user)
    if user.is_authenticated:
        user._linghang_scope = scope  # type: ignore[union-attr,attr-defined]
    return scope


def _compute_scope(user: AbstractBaseUser | AnonymousUser) -> Scope:
    role = role_of(user)
    if role is None:
        return NOTHING
    if role == Role.ADMIN:
        return EVERYTHING
    if role == Role.DIRECTOR:
        region = user.staff_profile.region  # type: ignore[union-attr]
        if not region:
            return EVERYTHING
        ids = Unit.objects.filter(region=region).values_list("id", flat=True)
        return Scope(unit_ids=frozenset(ids), sees_unassigned=True)
    ids = Unit.objects.filter(memberships__user_id=user.pk).values_list("id", flat=True)  # type: ignore[misc]
    return Scope(unit_ids=frozenset(ids), sees_unassigned=False)


def restrict(queryset, user, unit_field: str):  # type: ignore[no-untyped-def]
    """Filter ``queryset`` to rows whose ``unit_field`` lies in the user's scope.

    Every model's ``visible_to`` is this one call with its own path to the unit,
    so a later view inherits the rule by using ``Model.objects.visible_to(user)``.
    """
    from django.db.models import Q

    scope = scope_for(user)
    if scope.sees_all:
        return queryset
    condition = Q(**{f"{unit_field}__in": scope.unit_ids or []})
    if scope.sees_unassigned:
        condition |= Q(**{f"{unit_field}__isnull": True})
    return queryset.filter(condition)
