"""Importing the same file twice changes nothing: no duplicates, no touched rows."""

from __future__ import annotations

from linghang.crm.importers import import_crm_dataset, run_import
from linghang.crm.models import Account, Contact, Deal, Lead, Product
from linghang.units.models import Membership, Unit


def snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("id", "updated_at"))
        for model in (Account, Contact, Deal, Lead, Product, Unit, Membership)
    }


def test_the_data_set_imported_twice_leaves_every_row_untouched(db, dataset_dir, fixtures_dir):
    # given everything imported once
    import_crm_dataset(dataset_dir)
    run_import("contacts", fixtures_dir / "contacts_zh.csv")
    run_import("leads", fixtures_dir / "leads_zh.csv")
    before = snapshot()

    # when
    reports = import_crm_dataset(dataset_dir)
    reports += [
        run_import("contacts", fixtures_dir / "contacts_zh.csv"),
        run_import("leads", fixtures_dir / "leads_zh.csv"),
    ]

    # then
    assert snapshot() == before
    assert all(report.created == report.updated == 0 for report in reports)


def test_a_changed_row_updates_its_record_in_place(db, tmp_path):
    # given
    path = tmp_path / "deals.csv"
    path.write_text("商机编号,客户名称,金额\nD1,甲公司,100\n", encoding="utf-8")
    run_import("deals", path)

    # when the amount changes in the source
    path.write_text("商机编号,客户名称,金额\nD1,甲公司,250\n", encoding="utf-8")
    report = run_import("deals", path)

    # then
    assert (report.created, report.updated) == (0, 1)
    assert Deal.objects.get().amount == 250
