"""A re-run rewrites labels stored by an older wording, keeping the signal rows."""

from __future__ import annotations

import pytest

from linghang.agents.services import extract_conversations
from linghang.core.testing import factories
from linghang.crm.models import Signal

pytestmark = pytest.mark.django_db


def test_rerun_updates_a_label_stored_with_the_kind_word(unit):  # type: ignore[no-untyped-def]
    # given a budget signal stored as an older version labelled it
    account = factories.make_account(name="滨江市第一医院", unit=unit)
    conversation = factories.make_conversation(account=account)
    factories.make_message(conversation, text="今年这块预算五十万左右")
    extract_conversations([conversation.pk], engine_name="rules")
    budget = Signal.objects.get(conversation=conversation, kind="budget")
    Signal.objects.filter(pk=budget.pk).update(label="预算 50万")
    # when
    summary = extract_conversations([conversation.pk], engine_name="rules")
    # then
    budget.refresh_from_db()
    assert budget.label == "50万"
    assert summary.signals_created == summary.signals_deleted == 0
