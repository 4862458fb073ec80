"""Deals: opportunities with an account, a product, a stage, an amount and an owner.

The account is found by external id or normalised name and created when only named,
so a pipeline export imports on its own; a row without an account is an early-stage
opportunity and imports without one. The deal belongs to the unit working it: the
file's unit, else its owner's unit, else its account's. An account without a unit joins
its first owner's unit (the rule that makes a rep see their unit's accounts).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from linghang.crm.display import display_name
from linghang.crm.importers import lookups
from linghang.crm.importers.fields import FieldSpec, choice, date, money, text
from linghang.crm.importers.kinds.accounts import ACCOUNT_ID_ALIASES, NAME_ALIASES, UNIT_ALIASES
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.references import ChunkReferences
from linghang.crm.importers.upsert import save_changes, upsert
from linghang.crm.importers.vocab import DEAL_STAGES, currency
from linghang.crm.models import Account, Deal, Product
from linghang.crm.search import deal_search_text

OWNER_ALIASES = (
    "sales_agent",
    "owner",
    "owner_name",
    "sales_rep",
    "salesperson",
    "负责人",
    "销售",
    "销售代表",
    "销售人员",
    "所有人",
    "跟进人",
)
TITLE_SEPARATOR = " · "
TITLE_LENGTH = 200
# Stored data, not UI text (like a team's unit name): not translated, so the title does
# not depend on the language of whoever ran the import.
UNTITLED = "未命名商机"


class DealImporter(Importer):
    kind = "deals"
    fields = (
        FieldSpec(
            "external_id",
            ("opportunity_id", "deal_id", "opportunity", "商机编号", "商机id", "编号", "id"),
            text(80),
        ),
        FieldSpec(
            "title",
            ("deal_name", "name", "opportunity_name", "商机名称", "项目名称", "名称"),
            text(200),
        ),
        FieldSpec("account", NAME_ALIASES, text(200)),
        FieldSpec("account_id", ACCOUNT_ID_ALIASES, text(80)),
        FieldSpec("product", ("product_name", "产品", "产品名称"), text(120)),
        FieldSpec("stage", ("deal_stage", "阶段", "销售阶段", "商机阶段"), choice(DEAL_STAGES)),
        FieldSpec(
            "amount",
            (
                "close_value",
                "amount_cny",
                "value",
                "deal_value",
                "金额",
                "商机金额",
                "合同金额",
                "成交金额",
                "预计金额",
            ),
            money(),
        ),
        FieldSpec("currency", ("币种", "货币"), currency),
        FieldSpec("engaged_on", ("engage_date", "接触日期", "首次接触日期", "立项日期"), date),
        FieldSpec(
            "expected_close",
            ("expected_close_date", "预计成交日期", "预计签约日期", "预计成交时间"),
            date,
        ),
        FieldSpec(
            "closed_on", ("close_date", "closed_date", "成交日期", "关闭日期", "结单日期"), date
        ),
        FieldSpec("owner", OWNER_ALIASES, text(150)),
        FieldSpec("unit", UNIT_ALIASES, text(120)),
    )
    plain_fields = ("stage", "amount", "engaged_on", "expected_close", "closed_on")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._products: dict[str, Product] | None = None

    @property
    def products(self) -> dict[str, Product]:
        if self._products is None:
            self._products = lookups.fetch_products()
        return self._products

    def write(self, rows: list[Row]) -> WriteOutcome:
        refs = ChunkReferences(
            rows, accounts=True, people=self.maps("owner"), units=self.maps("unit")
        )
        keys = {row.line: row.get("external_id") or row.content_key("deal") for row in rows}
        existing = {
            deal.external_id: deal
            for deal in Deal.objects.filter(external_id__in=set(keys.values())).select_related(
                "account"
            )
        }
        items, accounts_to_place = [], {}
        for row in rows:
            key = keys[row.line]
            values, account, unit_id = self._values(row, refs, is_new=key not in existing)
            if refs.failed(row):
                continue
            values["external_id"] = key
            self._add_search_text(values, account, existing.get(key))
            items.append((key, values))
            if account is not None and account.unit_id is None and unit_id is not None:
                account.unit_id = unit_id
                accounts_to_place[account.pk] = account
        result = upsert(Deal, items, existing)
        save_changes(Account, accounts_to_place.values(), {"unit_id"})
        result.outcome.errors.extend(refs.all_errors())
        return result.outcome

    @staticmethod
    def _add_search_text(values: dict, account: Account | None, stored: Deal | None) -> None:
        """Bulk writes skip ``Deal.save``, so the search text is computed here."""
        if "title" not in values:
            return
        if "account_id" not in values:  # the file says nothing of accounts: keep the stored one
            account = stored.account if stored else None
        key = account.name_key if account else ""
        values["search_text"] = deal_search_text(values["title"], key)

    def _values(
        self, row: Row, refs: ChunkReferences, *, is_new: bool
    ) -> tuple[dict, Account | None, int | None]:
        """The deal's stored values, its account, and the unit its owner works in."""
        named = bool(row.get("account") or row.get("account_id"))
        account = refs.account(row) if named else None
        product = self._product(row, refs)
        values: dict[str, Any] = {
            name: row.values[name] for name in self.plain_fields if self.maps(name)
        }
        values["currency"] = row.get("currency", self.context.currency)
        if self.maps("product"):
            values["product_id"] = product.pk if product else None
        owner = refs.owner(row) if self.maps("owner") else None
        if self.maps("owner"):
            values["owner_id"] = owner.pk if owner else None
        unit = refs.unit(row) if self.maps("unit") else None
        unit_id = unit.pk if unit else refs.home_unit_id(owner)
        values |= self._placement(account, unit_id, is_new=is_new)
        if row.get("title") or "account_id" in values:
            values["title"] = row.get("title") or self._title(product, account, owner)
        return values, account, unit_id

    def _placement(
        self, account: Account | None, unit_id: int | None, *, is_new: bool
    ) -> dict[str, Any]:
        """``account_id`` when the file speaks of accounts (or the deal is new), and
        ``unit_id``: the owner's unit, else the account's.

        An import assigns a unit but never takes one away, so a deal whose owner and
        account have no unit keeps the unit it had; a file without an account column
        leaves an existing deal's account (and title) as they are.
        """
        placement: dict[str, Any] = {}
        if is_new or self.maps("account") or self.maps("account_id"):
            placement["account_id"] = account.pk if account else None
        deal_unit_id = unit_id if unit_id is not None else getattr(account, "unit_id", None)
        if deal_unit_id is not None:
            placement["unit_id"] = deal_unit_id
        return placement

    def _product(self, row: Row, refs: ChunkReferences) -> Product | None:
        name = row.get("product")
        product = self.products.get(lookups.product_key(name)) if name else None
        if name and product is None:
            refs.refuse(row, "product", _("产品不存在：%(name)s") % {"name": name})
        return product

    @staticmethod
    def _title(product: Product | None, account: Account | None, owner: Any) -> str:
        """``product · account``; without an account, ``product · owner``."""
        party = account.name if account else (display_name(owner) if owner else "")
        parts = [part for part in (product.name if product else "", party) if part]
        return (TITLE_SEPARATOR.join(parts) or UNTITLED)[:TITLE_LENGTH]
