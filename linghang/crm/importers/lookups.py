"""Batch look-ups of the records rows refer to: one query per chunk, never per row."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from linghang.core.chinese import company_key
from linghang.crm.importers.fields import fold
from linghang.crm.models import Account, Product
from linghang.units.models import Membership, Unit


@lru_cache(maxsize=65536)
def account_key(name: str) -> str:
    """``company_key`` cached: a deal file repeats the same few hundred names."""
    return company_key(name)


def product_key(name: str) -> str:
    """Product names compared without case or spaces, so ``GTXPro`` is ``GTX Pro``."""
    return fold(name)


@dataclass
class AccountIndex:
    """Accounts of one chunk by name key and by external id."""

    by_key: dict[str, Account] = field(default_factory=dict)
    by_external_id: dict[str, Account] = field(default_factory=dict)

    def find(self, name: str | None, external_id: str | None) -> Account | None:
        if external_id and external_id in self.by_external_id:
            return self.by_external_id[external_id]
        return self.by_key.get(account_key(name)) if name else None


def fetch_accounts(names: Iterable[str], external_ids: Iterable[str]) -> AccountIndex:
    keys = {account_key(name) for name in names}
    ids = set(external_ids)
    index = AccountIndex()
    if not keys and not ids:
        return index
    for account in Account.objects.filter(Q(name_key__in=keys) | Q(external_id__in=ids)):
        index.by_key[account.name_key] = account
        if account.external_id:
            index.by_external_id[account.external_id] = account
    return index


def create_missing_accounts(index: AccountIndex, names: Iterable[str]) -> int:
    """Create an account for every name not yet in ``index``; accounts come first."""
    new: dict[str, Account] = {}
    for name in names:
        key = account_key(name)
        if key and key not in index.by_key and key not in new:
            new[key] = Account(name=name, name_key=key)
    Account.objects.bulk_create(new.values(), batch_size=500)
    index.by_key.update(new)
    return len(new)


def fetch_people(names: Iterable[str]) -> dict[str, AbstractBaseUser]:
    """Users by folded display name or username (``Moses Frase`` or ``moses.frase``)."""
    names = {name for name in names if name}
    if not names:
        return {}
    users = (
        get_user_model()
        .objects.filter(Q(username__in=names) | Q(staff_profile__display_name__in=names))
        .select_related("staff_profile")
    )
    people: dict[str, AbstractBaseUser] = {}
    for user in users:
        people[fold(user.get_username())] = user
        profile = getattr(user, "staff_profile", None)
        if profile is not None and profile.display_name:
            people[fold(profile.display_name)] = user
    return people


def fetch_home_units(user_ids: Iterable[int]) -> dict[int, int]:
    """Each user's first unit (earliest membership): where their deals and new accounts belong."""
    homes: dict[int, int] = {}
    memberships = Membership.objects.filter(user_id__in=set(user_ids)).order_by("id")
    for user_id, unit_id in memberships.values_list("user_id", "unit_id"):
        homes.setdefault(user_id, unit_id)
    return homes


def fetch_units(names: Iterable[str]) -> dict[str, Unit]:
    names = {name for name in names if name}
    return {fold(unit.name): unit for unit in Unit.objects.filter(name__in=names)} if names else {}


def fetch_products() -> dict[str, Product]:
    """All products by normalised name; a catalogue is small enough to hold whole."""
    return {product_key(product.name): product for product in Product.objects.all()}
