"""Importing a file again with ``--account`` moves its conversation and re-analyses it."""

from __future__ import annotations

import pytest
from django.utils import timezone

from linghang.channels.models import Conversation, Message
from linghang.channels.services import ingest_file
from linghang.channels.tests.helpers import chat_lines, run_ingest, write_chat
from linghang.core.testing.factories import make_deal
from linghang.crm.models import Account

pytestmark = pytest.mark.django_db


def budget_chat(tmp_path):
    path = tmp_path / "王工.txt"
    path.write_text(
        "2026-03-04 09:01:00 周宇\n王工您好，方案已发您邮箱\n\n"
        "2026-03-04 09:05:00 王工\n我们今年的预算大概五十万，下个月底前定下来\n",
        encoding="utf-8",
    )
    return path


def test_linking_an_analysed_conversation_marks_it_for_analysis(tmp_path):
    # given: imported without an account, and analysed
    path = write_chat(tmp_path, chat_lines(4), name="王工")
    ingest_file(path)
    Conversation.objects.update(extracted_at=timezone.now())

    # when
    report = ingest_file(path, account="远航物流")

    # then
    conversation = Conversation.objects.get()
    assert conversation.account.name == "远航物流"
    assert conversation.extracted_at is None
    assert report.messages_added == 0
    assert report.changed_conversation_ids == [conversation.pk]
    customer = Message.objects.filter(side="customer")
    assert {m.contact.account.name for m in customer} == {"远航物流"}


def test_explicit_account_moves_a_linked_conversation_and_drops_the_old_deal(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(2))
    ingest_file(path)
    conversation = Conversation.objects.get()
    deal = make_deal(account=conversation.account)
    Conversation.objects.update(deal=deal, extracted_at=timezone.now())

    # when
    ingest_file(path, account="华星精密集团")

    # then
    conversation.refresh_from_db()
    assert (conversation.account.name, conversation.deal) == ("华星精密集团", None)
    assert conversation.extracted_at is None


def test_same_account_again_changes_nothing(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(2))
    ingest_file(path)
    Conversation.objects.update(extracted_at=timezone.now())

    # when
    report = ingest_file(path)

    # then
    assert report.changed_conversation_ids == []
    assert Conversation.objects.get().extracted_at is not None


def test_ingest_with_account_rolls_signals_up_onto_the_account(tmp_path):
    # given: analysed while it belonged to no account
    path = budget_chat(tmp_path)
    run_ingest(str(path), "--self-name", "周宇")

    # when
    out, _ = run_ingest(str(path), "--self-name", "周宇", "--account", "远航物流")

    # then
    account = Account.objects.get(name="远航物流")
    assert account.budget_max == 500_000
    assert Conversation.objects.get().extracted_at is not None
    assert "已分析 1 个会话" in out
