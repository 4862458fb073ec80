"""The demo runs the main job end to end on generated data, the way `make demo` does."""

from io import StringIO

import pytest
from django.core.management import call_command

from linghang.crm.models import Account, Signal
from linghang.dashboard.models import GrayItem


@pytest.mark.django_db
def test_demo_without_data_generates_records_and_understands_chats(tmp_path, settings):
    # given an empty database and no data sets
    settings.DATA_DIR = tmp_path
    out = StringIO()
    # when
    call_command("demo", "--no-serve", stdout=out)
    # then records, signals with evidence and a budget-conflict gray item exist
    text = out.getvalue()
    assert Account.objects.exists()
    budget = Signal.objects.filter(kind="budget").select_related("message").first()
    assert budget is not None and budget.evidence_text
    assert budget.evidence_text in budget.message.text
    assert GrayItem.objects.open().filter(kind="conflicting_budget").exists()
    assert "demo /" in text and "demo-rep /" in text


@pytest.mark.django_db
def test_demo_twice_changes_nothing_but_passwords(tmp_path, settings):
    # given
    settings.DATA_DIR = tmp_path
    call_command("demo", "--no-serve", stdout=StringIO())
    before = (Account.objects.count(), Signal.objects.count(), GrayItem.objects.count())
    # when
    call_command("demo", "--no-serve", stdout=StringIO())
    # then
    assert (Account.objects.count(), Signal.objects.count(), GrayItem.objects.count()) == before


@pytest.mark.django_db
def test_demo_rep_sees_only_their_unit(tmp_path, settings):
    from django.contrib.auth import get_user_model

    settings.DATA_DIR = tmp_path
    call_command("demo", "--no-serve", stdout=StringIO())
    rep = get_user_model().objects.get(username="demo-rep")
    visible = Account.objects.visible_to(rep)
    assert visible.exists()
    assert visible.count() < Account.objects.count()


@pytest.mark.django_db
def test_demo_refuses_a_missing_data_folder(tmp_path, settings):
    from django.core.management.base import CommandError

    settings.DATA_DIR = tmp_path
    with pytest.raises(CommandError, match="no-such-dir"):
        call_command("demo", "--no-serve", "--crm-data", str(tmp_path / "no-such-dir"))
