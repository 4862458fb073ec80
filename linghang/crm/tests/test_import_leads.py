"""Leads import: ids, Chinese statuses, and a content key when the file has no ids."""

from __future__ import annotations

from linghang.crm.importers import run_import
from linghang.crm.models import Lead


def test_leads_import_with_chinese_headers_and_statuses(db, fixtures_dir):
    # given / when
    report = run_import("leads", fixtures_dir / "leads_zh.csv")

    # then
    assert report.ok_rows == 3 and report.errors == []
    lead = Lead.objects.get(external_id="L0001")
    assert (lead.company, lead.contact_name, lead.source, lead.status) == (
        "南昌鑫科商贸连锁有限公司",
        "冯嘉怡",
        "销售陌拜",
        "contacted",
    )
    assert Lead.objects.get(external_id="L0002").status == "new"
    assert Lead.objects.get(external_id="L0003").status == "converted"


def test_leads_without_ids_are_not_duplicated_on_reimport(db, tmp_path):
    # given a lead list with no id column
    path = tmp_path / "leads.csv"
    path.write_text("公司,联系人,电话\n杭州博远科技有限公司,王伟,138-0000-0001\n", encoding="utf-8")

    # when
    run_import("leads", path)
    again = run_import("leads", path)

    # then
    assert Lead.objects.count() == 1
    assert (again.created, again.unchanged) == (0, 1)


def test_lead_owner_and_unit_resolve_to_people_and_units(db, rep, unit, tmp_path):
    # given
    path = tmp_path / "leads.csv"
    path.write_text(
        f"公司,负责人,作战单元\n杭州博远科技有限公司,rep,{unit.name}\n", encoding="utf-8"
    )

    # when
    run_import("leads", path)

    # then
    lead = Lead.objects.get()
    assert (lead.owner, lead.unit) == (rep, unit)
