"""What the rows of one chunk point at — accounts, people, units — fetched in bulk.

``ChunkReferences`` runs a fixed handful of queries for a whole chunk, then answers
per row from memory. A reference that cannot be resolved becomes a ``RowError`` on
that row's line and field; the caller skips rows that ``failed``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.utils.translation import gettext as _

from linghang.crm.importers import lookups
from linghang.crm.importers.fields import fold
from linghang.crm.importers.kinds.base import Row
from linghang.crm.importers.report import RowError
from linghang.crm.models import Account
from linghang.units.models import Unit


class ChunkReferences:
    """Accounts (by external id or name, created when named but unknown), owners, units."""

    def __init__(
        self,
        rows: list[Row],
        *,
        accounts: bool = False,
        people: bool = False,
        units: bool = False,
        create_accounts: bool = True,
    ) -> None:
        self.errors: dict[int, list[RowError]] = defaultdict(list)
        self.accounts = lookups.AccountIndex()
        self.people: dict[str, Any] = {}
        self.units: dict[str, Unit] = {}
        self.home_units: dict[int, int] = {}
        if accounts:
            self._load_accounts(rows, create_accounts)
        if people:
            self.people = lookups.fetch_people(row.get("owner") for row in rows)
            self.home_units = lookups.fetch_home_units(user.pk for user in self.people.values())
        if units:
            self.units = lookups.fetch_units(row.get("unit") for row in rows)

    def _load_accounts(self, rows: list[Row], create: bool) -> None:
        names = [row.get("account") for row in rows if row.get("account")]
        ids = [row.get("account_id") for row in rows if row.get("account_id")]
        self.accounts = lookups.fetch_accounts(names, ids)
        if create:
            unknown = [
                row.values["account"]
                for row in rows
                if row.get("account") and self.accounts.find(None, row.get("account_id")) is None
            ]
            lookups.create_missing_accounts(self.accounts, unknown)

    def failed(self, row: Row) -> bool:
        return bool(self.errors.get(row.line))

    def all_errors(self) -> list[RowError]:
        return [error for errors in self.errors.values() for error in errors]

    def refuse(self, row: Row, field: str, message: str) -> None:
        self.errors[row.line].append(RowError(row.line, field, message))

    def account(self, row: Row) -> Account | None:
        account = self.accounts.find(row.get("account"), row.get("account_id"))
        if account is None:
            field = "account_id" if row.get("account_id") else "account"
            self.refuse(
                row,
                field,
                _("客户不存在：%(name)s") % {"name": row.get("account_id") or row.get("account")},
            )
        return account

    def owner(self, row: Row) -> Any:
        name = row.get("owner")
        user = self.people.get(fold(name)) if name else None
        if name and user is None:
            self.refuse(row, "owner", _("负责人不存在：%(name)s") % {"name": name})
        return user

    def unit(self, row: Row) -> Unit | None:
        name = row.get("unit")
        unit = self.units.get(fold(name)) if name else None
        if name and unit is None:
            self.refuse(row, "unit", _("作战单元不存在：%(name)s") % {"name": name})
        return unit

    def home_unit_id(self, user: Any) -> int | None:
        return self.home_units.get(user.pk) if user is not None else None
