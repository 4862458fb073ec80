"""Leads: prospects not yet qualified, keyed by their source id (or their content)."""

from __future__ import annotations

from typing import Any

from linghang.crm.importers.fields import FieldSpec, choice, email, text
from linghang.crm.importers.kinds.accounts import UNIT_ALIASES
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.kinds.contacts import EMAIL_ALIASES, PHONE_ALIASES
from linghang.crm.importers.kinds.deals import OWNER_ALIASES
from linghang.crm.importers.references import ChunkReferences
from linghang.crm.importers.upsert import upsert
from linghang.crm.importers.vocab import LEAD_STATUSES
from linghang.crm.models import Lead


class LeadImporter(Importer):
    kind = "leads"
    fields = (
        FieldSpec("external_id", ("lead_id", "线索编号", "线索id", "编号", "id"), text(80)),
        FieldSpec(
            "company",
            (
                "company_name",
                "account",
                "customer",
                "公司",
                "公司名称",
                "客户名称",
                "企业名称",
                "单位名称",
                "客户",
            ),
            text(200),
            required=True,
        ),
        FieldSpec("contact_name", ("contact", "name", "联系人", "姓名", "联系人姓名"), text(120)),
        FieldSpec("phone", PHONE_ALIASES, text(40)),
        FieldSpec("email", EMAIL_ALIASES, email),
        FieldSpec("source", ("lead_source", "channel", "来源", "线索来源", "渠道"), text(80)),
        FieldSpec("status", ("lead_status", "状态", "线索状态"), choice(LEAD_STATUSES)),
        FieldSpec("unit", ("assigned_unit", *UNIT_ALIASES), text(120)),
        FieldSpec("owner", ("assigned_owner", *OWNER_ALIASES), text(150)),
    )
    plain_fields = ("company", "contact_name", "phone", "email", "source", "status")

    def write(self, rows: list[Row]) -> WriteOutcome:
        refs = ChunkReferences(rows, people=self.maps("owner"), units=self.maps("unit"))
        keys = {row.line: row.get("external_id") or row.content_key("lead") for row in rows}
        existing = {
            lead.external_id: lead
            for lead in Lead.objects.filter(external_id__in=set(keys.values()))
        }
        items = []
        for row in rows:
            values: dict[str, Any] = {
                name: row.values[name] for name in self.plain_fields if self.maps(name)
            }
            values["external_id"] = keys[row.line]
            if self.maps("owner"):
                owner = refs.owner(row)
                values["owner_id"] = owner.pk if owner else None
            if self.maps("unit"):
                unit = refs.unit(row)
                values["unit_id"] = unit.pk if unit else None
            if not refs.failed(row):
                items.append((keys[row.line], values))
        result = upsert(Lead, items, existing)
        result.outcome.errors.extend(refs.all_errors())
        return result.outcome
