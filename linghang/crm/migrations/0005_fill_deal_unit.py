"""Existing deals take their account's unit, so visibility stays as it was before
``Deal.unit`` existed (deals were seen through ``account.unit``)."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def fill_deal_unit(apps, schema_editor):  # type: ignore[no-untyped-def]
    Account = apps.get_model("crm", "Account")
    Deal = apps.get_model("crm", "Deal")
    account_unit = Account.objects.filter(pk=OuterRef("account_id")).values("unit_id")[:1]
    # One UPDATE; ``update()`` leaves ``updated_at`` alone, so list order is unchanged.
    Deal.objects.filter(unit__isnull=True, account__unit__isnull=False).update(
        unit=Subquery(account_unit)
    )


class Migration(migrations.Migration):

    dependencies = [
        ("crm", "0004_deal_unit_optional_account"),
    ]

    operations = [
        # Reversing keeps the filled units: the schema migration before drops the column.
        migrations.RunPython(fill_deal_unit, migrations.RunPython.noop),
    ]
