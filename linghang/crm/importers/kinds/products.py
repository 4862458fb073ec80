"""Products: the catalogue, matched on a normalised name (``GTXPro`` is ``GTX Pro``)."""

from __future__ import annotations

from typing import Any

from linghang.crm.importers import lookups
from linghang.crm.importers.fields import FieldSpec, money, text
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.upsert import upsert
from linghang.crm.models import Product


class ProductImporter(Importer):
    kind = "products"
    fields = (
        FieldSpec(
            "name",
            ("product", "product_name", "产品", "产品名称", "名称", "品名"),
            text(120),
            required=True,
        ),
        FieldSpec(
            "series", ("category", "product_line", "系列", "类别", "产品线", "分类"), text(80)
        ),
        FieldSpec(
            "list_price",
            (
                "sales_price",
                "price",
                "list_price_cny",
                "unit_price",
                "标准价",
                "价格",
                "单价",
                "目录价",
                "报价",
            ),
            money(14),
        ),
    )

    def write(self, rows: list[Row]) -> WriteOutcome:
        existing = lookups.fetch_products()
        items = []
        for row in rows:
            values: dict[str, Any] = {
                name: row.values[name] for name in ("series", "list_price") if self.maps(name)
            }
            key = lookups.product_key(row.values["name"])
            if key not in existing:
                values["name"] = row.values["name"]  # an existing product keeps its spelling
            items.append((key, values))
        return upsert(Product, items, dict(existing)).outcome
