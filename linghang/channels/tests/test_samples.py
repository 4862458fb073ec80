"""Sample exports for the demo: real formats, deterministic, and one budget conflict."""

from __future__ import annotations

import pytest

from linghang.channels.detect import detect_parser
from linghang.channels.encodings import open_text
from linghang.channels.models import Conversation, Message
from linghang.channels.samples import write_sample_exports
from linghang.channels.services import ingest_file
from linghang.crm.models import Account

pytestmark = pytest.mark.django_db


def parser_name(path):  # type: ignore[no-untyped-def]
    with path.open("rb") as binary:
        return detect_parser(open_text(binary).head, path.name).name


def test_samples_cover_the_three_export_formats(tmp_path):
    # when
    paths = write_sample_exports(tmp_path)

    # then
    assert {parser_name(p) for p in paths} == {"memotrace_csv", "memotrace_txt", "transcript_txt"}


def test_samples_are_the_same_every_time(tmp_path):
    # when
    first = {p.name: p.read_bytes() for p in write_sample_exports(tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_sample_exports(tmp_path / "b")}

    # then
    assert first == second


def test_samples_ingest_cleanly_into_six_accounts(tmp_path):
    # when
    reports = [ingest_file(p) for p in write_sample_exports(tmp_path)]

    # then
    assert not [e for r in reports for e in r.errors]
    assert Account.objects.count() == 6
    assert not Conversation.objects.filter(account__isnull=True).exists()
    assert Message.objects.filter(side="rep").exists()


def test_one_account_states_different_budgets_in_chat_and_meeting(tmp_path):
    # given
    for path in write_sample_exports(tmp_path):
        ingest_file(path)

    # when
    account = Account.objects.get(name_key__startswith="华星精密")
    texts = {
        c.channel: " ".join(c.messages.filter(side="customer").values_list("text", flat=True))
        for c in account.conversations.all()
    }

    # then
    assert "五十万左右" in texts["wechat"] and "80W以内" in texts["meeting"]
