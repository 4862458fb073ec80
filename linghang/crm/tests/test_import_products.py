"""Products import: the catalogue, matched on a normalised name."""

from __future__ import annotations

from decimal import Decimal

from linghang.crm.importers import run_import
from linghang.crm.models import Product


def test_products_are_stored_with_series_and_price(db, dataset_dir):
    # given / when
    report = run_import("products", dataset_dir / "products.csv")

    # then
    assert report.ok_rows == 4
    pro = Product.objects.get(name="GTX Pro")
    assert (pro.series, pro.list_price) == ("GTX", Decimal("4821.00"))


def test_a_differently_spaced_name_updates_the_same_product(db, dataset_dir, tmp_path):
    # given GTX Pro in the catalogue
    run_import("products", dataset_dir / "products.csv")
    path = tmp_path / "prices.csv"
    path.write_text('产品名称,价格\nGTXPro,"4,999"\n', encoding="utf-8")

    # when
    report = run_import("products", path)

    # then
    assert (report.created, report.updated) == (0, 1)
    assert Product.objects.get(name="GTX Pro").list_price == Decimal("4999.00")
    assert Product.objects.count() == 4
