"""Who may decide a gray item. The board, its API and the action all ask ``can_decide``.

Seeing an item is not deciding it: a rep sees their unit's items (``visible_to``) but the
board is the manager's, so only the unit's lead, a director over the unit's region and
an admin may resolve or dismiss. A unit lead is a member with ``is_lead`` set, or a
member whose profile role is ``unit_lead``.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from linghang.dashboard.models import GrayItem
from linghang.units.choices import Role
from linghang.units.models import Membership
from linghang.units.scope import role_of, scope_for

User = AbstractBaseUser | AnonymousUser


def can_decide(user: User, item: GrayItem) -> bool:
    """Whether ``user`` may resolve or dismiss ``item``."""
    role = role_of(user)
    if role is None:
        return False
    if role == Role.ADMIN:
        return True
    unit_id = item.account.unit_id
    if role == Role.DIRECTOR:
        # A director decides what their region covers, the unassigned accounts included.
        scope = scope_for(user)
        if scope.sees_all:
            return True
        return scope.sees_unassigned if unit_id is None else unit_id in (scope.unit_ids or ())
    return unit_id is not None and unit_id in led_unit_ids(user)


def led_unit_ids(user: User) -> frozenset[int]:
    """The units ``user`` leads; cached on the user object for the request like the scope."""
    cached = getattr(user, "_linghang_led_units", None)
    if cached is not None:
        return cached
    memberships = Membership.objects.filter(user_id=user.pk)  # type: ignore[misc]
    if role_of(user) != Role.UNIT_LEAD:
        memberships = memberships.filter(is_lead=True)
    led = frozenset(memberships.values_list("unit_id", flat=True))
    user._linghang_led_units = led  # type: ignore[union-attr]
    return led
