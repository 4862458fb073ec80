"""Ingest links conversations to accounts and customer senders to contacts."""

from __future__ import annotations

import pytest

from linghang.channels.models import Conversation, Message
from linghang.channels.services import ingest_file
from linghang.channels.tests.helpers import chat_lines, write_chat
from linghang.core.testing.factories import make_account
from linghang.crm.models import Account, Contact

pytestmark = pytest.mark.django_db


def test_account_named_by_the_parser_is_matched_by_company_key(tmp_path):
    # given
    existing = make_account(name="华星精密制造有限公司")

    # when
    ingest_file(write_chat(tmp_path, chat_lines(4)))

    # then
    assert Conversation.objects.get().account == existing
    assert Account.objects.count() == 1


def test_account_is_created_when_unknown(tmp_path):
    # when
    ingest_file(write_chat(tmp_path, chat_lines(2)))

    # then
    assert Conversation.objects.get().account.name == "华星精密制造"


def test_explicit_account_wins(tmp_path):
    # given
    chosen = make_account(name="远航物流")

    # when
    ingest_file(write_chat(tmp_path, chat_lines(2)), account=chosen)

    # then
    assert Conversation.objects.get().account == chosen


def test_account_given_by_name(tmp_path):
    # when
    ingest_file(write_chat(tmp_path, chat_lines(2), name="王工"), account="云杉连锁有限公司")

    # then
    assert Conversation.objects.get().account.name == "云杉连锁有限公司"


def test_customer_senders_become_contacts_without_decorations(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(4))

    # when
    ingest_file(path)

    # then
    contact = Contact.objects.get()
    assert contact.name == "张经理" and contact.account.name == "华星精密制造"
    assert contact.im_id.startswith("wxid_fake_")
    customer = Message.objects.filter(side="customer")
    assert set(customer.values_list("contact", flat=True)) == {contact.pk}
    assert not Message.objects.filter(side="rep", contact__isnull=False).exists()


def test_chat_without_an_account_links_no_contacts(tmp_path):
    # when
    ingest_file(write_chat(tmp_path, chat_lines(2), name="王工"))

    # then
    assert Conversation.objects.get().account is None
    assert Contact.objects.count() == 0


def test_later_import_fills_in_a_missing_account(tmp_path):
    # given
    path = write_chat(tmp_path, chat_lines(2), name="王工")
    ingest_file(path)
    account = make_account(name="云杉连锁")

    # when
    ingest_file(path, account=account)

    # then
    assert Conversation.objects.get().account == account


def test_transcript_header_names_account_and_industry(tmp_path):
    # given
    path = tmp_path / "会议.txt"
    path.write_text(
        "会议时间：2026-03-05 14:00\n我方：周宇\n客户单位：蓝海新能源有限公司\n"
        "行业：新能源\n\n周宇 00:00:05\n您好\n\n赵总（信息部） 00:00:30\n预算两百万\n",
        encoding="utf-8",
    )

    # when
    ingest_file(path)

    # then
    conversation = Conversation.objects.get()
    assert (conversation.account.name, conversation.industry) == ("蓝海新能源有限公司", "新能源")
    assert conversation.account.industry == "新能源"
    assert list(Contact.objects.values_list("name", flat=True)) == ["赵总"]
