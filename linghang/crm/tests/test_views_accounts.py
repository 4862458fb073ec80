"""The account list and the account page, through HTTP as a person uses them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from linghang.core.testing import factories
from linghang.crm.timeline import LATEST_PER_CONVERSATION

BUDGET_TEXT = "今年这块预算五十万左右吧"


@pytest.fixture
def account(unit):
    return factories.make_account(
        name="江城市第三人民医院",
        unit=unit,
        budget_min=500000,
        budget_max=500000,
        budget_currency="CNY",
    )


@pytest.fixture
def budget_signal(account):
    conversation = factories.make_conversation(account=account, title="陈主任微信")
    factories.make_message(
        conversation, sender="周宇-云衡医疗", side="rep", text="预算方面有数了吗？"
    )
    message = factories.make_message(conversation, sender="陈主任", text=BUDGET_TEXT)
    start = BUDGET_TEXT.index("五十万左右")
    return factories.make_signal(message, span_start=start, span_end=start + 5, label="50万")


def test_login_is_required(client, account):
    # when
    response = client.get(reverse("crm:account_list"))
    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_rep_lists_only_accounts_of_their_unit(client, rep, account, other_unit):
    # given
    factories.make_account(name="华南某集团", unit=other_unit)
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:account_list"))
    # then
    assert response.status_code == 200
    assert "江城市第三人民医院" in response.text
    assert "华南某集团" not in response.text


def test_account_list_searches_by_name_fragment(client, rep, account, unit):
    # given
    factories.make_account(name="北辰物流有限公司", unit=unit)
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:account_list"), {"q": "江城"})
    # then
    assert "江城市第三人民医院" in response.text
    assert "北辰物流" not in response.text


def test_account_list_answers_htmx_with_the_table_only(client, rep, account):
    # given
    client.force_login(rep)
    # when
    response = client.get(
        reverse("crm:account_list"), {"q": "江城"}, headers={"HX-Request": "true"}
    )
    # then
    assert "江城市第三人民医院" in response.text
    assert "<html" not in response.text


def test_account_page_shows_facts_signals_and_highlighted_evidence(
    client, rep, account, budget_signal
):
    # given
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:account_detail", args=[account.pk]))
    # then
    assert response.status_code == 200
    html = response.text
    assert "50万元" in html  # the rolled-up budget in the header
    assert f'data-signals="{budget_signal.pk}"' in html
    assert ">五十万左右</mark>" in html
    assert "陈主任微信" in html
    assert "msg-rep" in html and "msg-customer" in html


def test_message_text_is_escaped(client, rep, account):
    # given
    conversation = factories.make_conversation(account=account)
    message = factories.make_message(conversation, text="<script>alert('x')</script>预算五十万")
    factories.make_signal(message, span_start=29, span_end=32)
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:account_detail", args=[account.pk]))
    # then
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in response.text


def test_rep_cannot_open_another_units_account(client, outsider, account):
    # given
    client.force_login(outsider)
    # when
    response = client.get(reverse("crm:account_detail", args=[account.pk]))
    # then
    assert response.status_code == 404


def test_long_conversation_shows_latest_messages_and_loads_earlier(client, rep, account):
    # given
    conversation = factories.make_conversation(account=account)
    start = timezone.now() - timedelta(days=1)
    for n in range(LATEST_PER_CONVERSATION + 5):
        factories.make_message(conversation, text=f"第{n}条", ts=start + timedelta(minutes=n))
    client.force_login(rep)
    # when
    page = client.get(reverse("crm:account_detail", args=[account.pk])).text
    url = reverse("crm:conversation_messages", args=[account.pk, conversation.pk])
    oldest_shown = conversation.messages.order_by("ts")[5]
    earlier = client.get(url, {"before": oldest_shown.pk}, headers={"HX-Request": "true"}).text
    # then
    assert "第5条" in page and "第4条" not in page
    assert "加载更早的消息" in page
    assert "第0条" in earlier and "第4条" in earlier and "第5条" not in earlier
    assert "<html" not in earlier


def test_earlier_messages_without_htmx_is_a_full_page(client, rep, account):
    # given
    conversation = factories.make_conversation(account=account, title="需求沟通群")
    factories.make_message(conversation, text="你好")
    client.force_login(rep)
    # when
    response = client.get(reverse("crm:conversation_messages", args=[account.pk, conversation.pk]))
    # then
    assert response.status_code == 200
    assert "<html" in response.text and "需求沟通群" in response.text


def test_outsider_cannot_load_messages_of_another_unit(client, outsider, account):
    # given
    conversation = factories.make_conversation(account=account)
    message = factories.make_message(conversation, text="机密")
    client.force_login(outsider)
    # when
    url = reverse("crm:conversation_messages", args=[account.pk, conversation.pk])
    response = client.get(url, {"before": message.pk})
    # then
    assert response.status_code == 404


def test_account_page_query_count_does_not_grow_with_conversations(
    client, rep, account, django_assert_max_num_queries
):
    # given three conversations, each with messages carrying signals
    for c in range(3):
        conversation = factories.make_conversation(account=account, title=f"会话{c}")
        for n in range(5):
            message = factories.make_message(conversation, text=f"预算五十万 {n}")
            factories.make_signal(message, span_start=2, span_end=5)
    client.force_login(rep)
    # when / then
    with django_assert_max_num_queries(13):
        response = client.get(reverse("crm:account_detail", args=[account.pk]))
    assert response.text.count("<mark") == 15
