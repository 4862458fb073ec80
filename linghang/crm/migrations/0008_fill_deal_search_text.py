"""Fill Deal.search_text for deals stored before the column existed (data only)."""

from django.db import migrations

CHUNK = 2000


def fill_search_text(apps, schema_editor):
    from linghang.crm.search import deal_search_text

    Deal = apps.get_model("crm", "Deal")
    deals = Deal.objects.select_related("account").order_by("pk")
    batch = []
    for deal in deals.iterator(chunk_size=CHUNK):
        key = deal.account.name_key if deal.account_id else ""
        deal.search_text = deal_search_text(deal.title, key)
        batch.append(deal)
        if len(batch) >= CHUNK:
            Deal.objects.bulk_update(batch, ["search_text"])
            batch = []
    Deal.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [("crm", "0007_deal_search_text")]

    operations = [migrations.RunPython(fill_search_text, migrations.RunPython.noop)]
