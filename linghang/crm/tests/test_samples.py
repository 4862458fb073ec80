"""Generated sample records: a small realistic Chinese data set, stable for a seed."""

from __future__ import annotations

from django.db.models import F

from linghang.crm.models import Account, Contact, Deal, Lead
from linghang.crm.samples import create_sample_records
from linghang.units.models import StaffProfile, Unit


def test_the_sample_has_units_accounts_contacts_deals_and_leads(db):
    # given / when
    reports = create_sample_records(rng_seed=7)

    # then
    assert all(report.errors == [] for report in reports)
    assert set(Unit.objects.values_list("region", flat=True)) == {"华东", "华南"}
    assert Unit.objects.count() == 3
    assert StaffProfile.objects.filter(role="unit_lead").count() == 3
    assert Account.objects.count() == 20
    assert not Account.objects.filter(unit__isnull=True).exists()
    assert Contact.objects.count() >= 40
    assert Deal.objects.count() == 40 and Lead.objects.count() == 15
    assert not Deal.objects.filter(unit__isnull=True).exists()
    assert not Deal.objects.filter(account__isnull=False).exclude(unit=F("account__unit")).exists()
    assert Deal.objects.filter(account__isnull=True, stage="prospecting").exists()
    assert len(set(Deal.objects.values_list("stage", flat=True))) >= 4
    assert set(Deal.objects.values_list("currency", flat=True)) == {"CNY"}
    assert all("有限公司" in name for name in Account.objects.values_list("name", flat=True))


def test_the_same_seed_gives_the_same_records_and_a_rerun_adds_nothing(db):
    # given
    create_sample_records(rng_seed=7)
    names = set(Account.objects.values_list("name", flat=True))

    # when
    reports = create_sample_records(rng_seed=7)

    # then
    assert set(Account.objects.values_list("name", flat=True)) == names
    assert all(report.created == 0 for report in reports)
