"""``extract_conversations``: evidence spans, idempotency, roll-up, gray items, visibility."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from linghang.agents.services import extract_conversations
from linghang.channels.models import Conversation
from linghang.core.testing import factories
from linghang.crm.models import Contact, Signal
from linghang.dashboard.choices import GrayItemKind, GrayItemStatus
from linghang.dashboard.models import GrayItem

pytestmark = pytest.mark.django_db


def at(day: str, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(f"{day} 10:{minute:02d}:00"))


def chat(account, deal, channel: str, day: str, *lines: tuple[str, str, str]) -> Conversation:  # type: ignore[no-untyped-def]
    conversation = factories.make_conversation(
        account=account, deal=deal, channel=channel, last_message_at=at(day, len(lines))
    )
    for i, (side, sender, text) in enumerate(lines):
        factories.make_message(conversation, ts=at(day, i), side=side, sender=sender, text=text)
    return conversation


@pytest.fixture
def account(unit):  # type: ignore[no-untyped-def]
    return factories.make_account(name="滨江市第一医院", unit=unit)


@pytest.fixture
def deal(account):  # type: ignore[no-untyped-def]
    return factories.make_deal(account=account, title="电子病历升级")


@pytest.fixture
def two_channels(account, deal):  # type: ignore[no-untyped-def]
    wechat = chat(
        account,
        deal,
        "wechat",
        "2026-03-02",
        ("rep", "小周-云衡", "李主任好，评级的事有进展吗"),
        ("customer", "李主任（信息科）", "今年这块预算五十万左右，最后还是刘院长拍板"),
    )
    meeting = chat(
        account,
        deal,
        "meeting",
        "2026-03-12",
        ("customer", "刘院长", "这个项目院里批的是八十万，六月中旬前定下来"),
    )
    return wechat, meeting


def test_signals_carry_evidence_spans_into_the_message(two_channels) -> None:  # type: ignore[no-untyped-def]
    wechat, _ = two_channels
    # when
    extract_conversations([wechat.pk], engine_name="rules")
    # then
    budget = Signal.objects.get(conversation=wechat, kind="budget")
    assert budget.value == {"min": 500000, "max": 500000, "currency": "CNY"}
    assert budget.label == "50万"
    assert budget.message.side == "customer"
    assert "五十万左右" in budget.evidence_text
    assert budget.message.text[budget.span_start : budget.span_end] == budget.evidence_text
    chain = Signal.objects.filter(conversation=wechat, kind="decision_chain")
    assert "刘院长 · 决策人" in {s.label for s in chain}
    assert all(
        s.evidence_text
        for s in Signal.objects.filter(conversation=wechat)
        if s.message_id is not None
    )


def test_the_same_accounts_conversations_are_analysed_together(two_channels) -> None:  # type: ignore[no-untyped-def]
    wechat, meeting = two_channels
    # when only the wechat conversation is asked for
    summary = extract_conversations([wechat.pk], engine_name="rules")
    # then the meeting was read too, and both extracted
    assert set(summary.conversation_ids) == {wechat.pk, meeting.pk}
    assert Conversation.objects.filter(extracted_at__isnull=True).count() == 0


def test_running_twice_changes_nothing(two_channels) -> None:  # type: ignore[no-untyped-def]
    wechat, _ = two_channels
    extract_conversations([wechat.pk], engine_name="rules")
    before = sorted(Signal.objects.values_list("pk", "kind", "label", "span_start"))
    # when
    summary = extract_conversations([wechat.pk], engine_name="rules")
    # then
    assert summary.signals_created == summary.signals_deleted == 0
    assert sorted(Signal.objects.values_list("pk", "kind", "label", "span_start")) == before
    assert GrayItem.objects.count() == 1


def test_facts_roll_up_from_the_latest_conversation(two_channels, account, deal) -> None:  # type: ignore[no-untyped-def]
    extract_conversations([c.pk for c in two_channels], engine_name="rules")
    # then: the meeting (later) wins on the account and the deal
    for record in (account, deal):
        record.refresh_from_db()
        assert (record.budget_min, record.budget_max, record.budget_currency) == (
            800000,
            800000,
            "CNY",
        )
        assert record.decision_date == dt.date(2026, 6, 20)
        assert record.intent_level == "high"
    contact = Contact.objects.get(account=account, name="刘院长")
    assert contact.decision_role == "decision_maker"
    assert (
        Contact.objects.get(account=account, name="李主任").decision_role == "technical_evaluator"
    )


def test_a_budget_conflict_is_raised_once_with_both_pieces_of_evidence(two_channels) -> None:  # type: ignore[no-untyped-def]
    wechat, meeting = two_channels
    # when
    extract_conversations([wechat.pk], engine_name="rules")
    extract_conversations([meeting.pk], engine_name="rules")
    # then
    item = GrayItem.objects.get()
    assert item.kind == GrayItemKind.CONFLICTING_BUDGET
    assert {s.conversation_id for s in item.evidence.all()} == {wechat.pk, meeting.pk}
    assert {s.kind for s in item.evidence.all()} == {"budget"}
    assert "50万" in item.summary and "80万" in item.summary


def test_a_dismissed_conflict_is_not_reopened_for_the_same_evidence(two_channels) -> None:  # type: ignore[no-untyped-def]
    wechat, _ = two_channels
    extract_conversations([wechat.pk], engine_name="rules")
    GrayItem.objects.update(status=GrayItemStatus.DISMISSED)
    # when
    extract_conversations([wechat.pk], engine_name="rules")
    # then
    assert list(GrayItem.objects.values_list("status", flat=True)) == [GrayItemStatus.DISMISSED]


def test_the_outsider_sees_none_of_it(two_channels, rep, outsider) -> None:  # type: ignore[no-untyped-def]
    extract_conversations([two_channels[0].pk], engine_name="rules")
    # then
    assert Signal.objects.visible_to(rep).count() > 0
    assert GrayItem.objects.visible_to(rep).count() == 1
    assert Signal.objects.visible_to(outsider).count() == 0
    assert GrayItem.objects.visible_to(outsider).count() == 0


def test_a_conversation_without_account_is_extracted_without_roll_up() -> None:
    conversation = chat(None, None, "wechat", "2026-03-02", ("customer", "王总", "预算二十万"))
    extract_conversations([conversation.pk], engine_name="rules")
    assert Signal.objects.get(kind="budget").account is None


def test_a_buying_chat_with_no_deal_opens_one_and_fills_it(account) -> None:  # type: ignore[no-untyped-def]
    # given a conversation with an account that has no deal yet
    conversation = chat(
        account,
        None,
        "wechat",
        "2026-03-02",
        ("customer", "李主任（信息科）", "今年这块预算五十万左右，下个月底院长办公会上过"),
    )
    # when
    extract_conversations([conversation.pk])
    # then the agent opened the deal in the account's unit and rolled the facts onto it
    conversation.refresh_from_db()
    deal = conversation.deal
    assert deal is not None and deal.account == account and deal.unit == account.unit
    assert (deal.budget_max, deal.decision_date) == (500000, dt.date(2026, 4, 30))
    # and a second run opens nothing new
    extract_conversations([conversation.pk])
    assert account.deals.count() == 1
