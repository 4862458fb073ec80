"""Contacts: people on the customer side, one per account and name."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from linghang.crm.importers.fields import FieldSpec, choice, email, text
from linghang.crm.importers.kinds.accounts import ACCOUNT_ID_ALIASES, NAME_ALIASES
from linghang.crm.importers.kinds.base import Importer, Row, WriteOutcome
from linghang.crm.importers.references import ChunkReferences
from linghang.crm.importers.upsert import upsert
from linghang.crm.importers.vocab import DECISION_ROLES
from linghang.crm.models import Contact

PHONE_ALIASES = (
    "phone",
    "mobile",
    "tel",
    "telephone",
    "电话",
    "手机",
    "手机号",
    "联系电话",
    "手机号码",
)
EMAIL_ALIASES = ("email", "e-mail", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件")


class ContactImporter(Importer):
    kind = "contacts"
    fields = (
        FieldSpec(
            "name",
            ("contact_name", "contact", "联系人", "姓名", "联系人姓名"),
            text(120),
            required=True,
        ),
        FieldSpec("account", NAME_ALIASES, text(200)),
        FieldSpec("account_id", ACCOUNT_ID_ALIASES, text(80)),
        FieldSpec("title", ("job_title", "position", "职务", "职位", "头衔", "岗位"), text(120)),
        FieldSpec(
            "decision_role", ("role", "决策链角色", "决策角色", "角色"), choice(DECISION_ROLES)
        ),
        FieldSpec("phone", PHONE_ALIASES, text(40)),
        FieldSpec("email", EMAIL_ALIASES, email),
        FieldSpec("im_id", ("wechat", "wechat_id", "im", "微信", "微信号", "企业微信"), text(120)),
    )
    plain_fields = ("name", "title", "decision_role", "phone", "email", "im_id")

    def check(self, row: Row) -> list[tuple[str, str]]:
        if not row.get("account") and not row.get("account_id"):
            return [("account", _("缺少客户名称"))]
        return []

    def write(self, rows: list[Row]) -> WriteOutcome:
        refs = ChunkReferences(rows, accounts=True)
        items = []
        for row in rows:
            account = refs.account(row)
            if account is None:
                continue
            values: dict[str, Any] = {
                name: row.values[name] for name in self.plain_fields if self.maps(name)
            }
            values["account_id"] = account.pk
            items.append(((account.pk, row.values["name"]), values))
        account_ids = {key[0] for key, _values in items}
        existing = {
            (contact.account_id, contact.name): contact
            for contact in Contact.objects.filter(account_id__in=account_ids)
        }
        result = upsert(Contact, items, existing)
        result.outcome.errors.extend(refs.all_errors())
        return result.outcome
