"""Accounts: one row per customer company, matched on the normalised name."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from linghang.crm.importers import lookups
from linghang.crm.importers.fields import FieldSpec, integer, money, text
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.report import RowError
from linghang.crm.importers.upsert import save_changes, upsert
from linghang.crm.importers.vocab import industry
from linghang.crm.models import Account

NAME_ALIASES = (
    "account",
    "account_name",
    "company",
    "company_name",
    "customer",
    "客户名称",
    "客户",
    "公司名称",
    "公司",
    "企业名称",
    "单位名称",
)
ACCOUNT_ID_ALIASES = ("account_id", "customer_id", "客户编号", "客户id", "客户代码")
LINK_CHUNK = 2000
UNIT_ALIASES = ("unit", "unit_name", "team", "作战单元", "所属单元", "单元", "团队")


class AccountImporter(Importer):
    kind = "accounts"
    fields = (
        FieldSpec("name", NAME_ALIASES, text(200), required=True),
        FieldSpec("external_id", ACCOUNT_ID_ALIASES, text(80)),
        FieldSpec("industry", ("sector", "行业", "所属行业", "行业分类"), industry),
        FieldSpec(
            "year_established",
            ("year_established", "founded", "成立年份", "成立时间"),
            integer(1000, 2100),
        ),
        FieldSpec("revenue_musd", ("revenue", "年收入", "营收"), money(14)),
        FieldSpec("employees", ("employee_count", "员工数", "员工人数", "人数", "规模"), integer()),
        FieldSpec(
            "location", ("office_location", "city", "所在地", "城市", "所在城市", "地区"), text(120)
        ),
        FieldSpec(
            "parent", ("subsidiary_of", "parent_company", "母公司", "上级公司", "集团"), text(200)
        ),
        FieldSpec("unit", UNIT_ALIASES, text(120)),
    )
    plain_fields = (
        "name",
        "external_id",
        "industry",
        "year_established",
        "revenue_musd",
        "employees",
        "location",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parent_links: dict[str, str | None] = {}  # child name → parent name

    def write(self, rows: list[Row]) -> WriteOutcome:
        index = lookups.fetch_accounts(
            [row.values["name"] for row in rows],
            [row.values["external_id"] for row in rows if row.get("external_id")],
        )
        units = lookups.fetch_units(row.get("unit") for row in rows) if self.maps("unit") else {}
        errors: list[RowError] = []
        items = []
        for row in rows:
            values = self._values(row, units, errors)
            if values is not None:
                # An account already known by its external id keeps its record when renamed.
                known = index.find(row.values["name"], row.get("external_id"))
                items.append((known.name_key if known else values["name_key"], values))
        result = upsert(Account, items, dict(index.by_key))
        result.outcome.errors.extend(errors)
        return result.outcome

    def _values(self, row: Row, units: dict, errors: list[RowError]) -> dict[str, Any] | None:
        values = {name: row.values[name] for name in self.plain_fields if self.maps(name)}
        values["name_key"] = lookups.account_key(row.values["name"])
        if self.maps("unit"):
            unit = units.get(lookups.fold(row.get("unit", "")))
            if row.get("unit") and unit is None:
                errors.append(
                    RowError(
                        row.line, "unit", _("作战单元不存在：%(name)s") % {"name": row.get("unit")}
                    )
                )
                return None
            values["unit_id"] = unit.pk if unit else None
        if self.maps("parent"):
            self.parent_links[row.values["name"]] = row.get("parent")
        return values

    def finish(self) -> WriteOutcome:
        """Link subsidiaries once every row is stored: a parent may appear further down."""
        outcome = WriteOutcome()
        links = list(self.parent_links.items())
        for start in range(0, len(links), LINK_CHUNK):
            outcome.created += self._link_parents(links[start : start + LINK_CHUNK])
        return outcome

    def _link_parents(self, links: list[tuple[str, str | None]]) -> int:
        parents = {name for _child, name in links if name}
        index = lookups.fetch_accounts([*(child for child, _name in links), *parents], [])
        created = lookups.create_missing_accounts(index, parents)
        changed = []
        for child_name, parent_name in links:
            child = index.find(child_name, None)
            parent = index.find(parent_name, None)
            parent_id = parent.pk if parent and child and parent.pk != child.pk else None
            if child is not None and child.parent_id != parent_id:
                child.parent_id = parent_id
                changed.append(child)
        save_changes(Account, changed, {"parent_id"})
        return created
