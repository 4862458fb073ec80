"""The demo walk-through: real (or generated) records in, conversations understood.

Every step calls the same service functions users get through ``linghang import``,
``linghang ingest`` and the extraction agent; the demo only chooses the inputs.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from linghang.agents.services import extract_conversations
from linghang.channels.models import Conversation, Message
from linghang.channels.samples import write_sample_exports
from linghang.channels.services import ingest_file
from linghang.crm.importers import import_crm_dataset
from linghang.crm.models import Account, Deal, Signal
from linghang.crm.samples import create_sample_records
from linghang.dashboard.models import GrayItem
from linghang.units.choices import Role
from linghang.units.models import Membership, StaffProfile, Unit

Say = Callable[[str], None]
# Conversation accounts are spread over this many units, so scoping shows in the demo.
DEMO_UNITS = 3


@dataclass
class Login:
    username: str
    password: str
    role: str
    note: str


@dataclass
class DemoSummary:
    logins: list[Login] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    signals_by_kind: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def run_demo(
    *,
    crm_data: Path | None,
    conversation_files: Sequence[Path],
    sample_dir: Path,
    say: Say = print,
) -> DemoSummary:
    """Migrate, load records and conversations, extract, and return what was found."""
    summary = DemoSummary()
    call_command("migrate", verbosity=0)
    load_records(crm_data, say)
    conversation_ids = ingest_conversations(conversation_files, sample_dir, summary, say)
    units = list(Unit.objects.order_by("name")[:DEMO_UNITS])
    spread_new_accounts(units)
    say(f"分析 {len(conversation_ids)} 个会话 / extracting signals …")
    extract_conversations(conversation_ids)
    summary.logins = create_logins(units)
    summary.counts = count_records()
    summary.signals_by_kind = dict(Counter(Signal.objects.values_list("kind", flat=True)))
    return summary


def load_records(crm_data: Path | None, say: Say) -> None:
    if crm_data is not None:
        say(f"导入CRM数据集 / importing CRM data set from {crm_data} …")
        for report in import_crm_dataset(crm_data):
            say(f"  {report}")
    else:
        say("未提供CRM数据，生成示例记录 / no CRM data given: generating sample records …")
        create_sample_records()


def ingest_conversations(
    files: Sequence[Path], sample_dir: Path, summary: DemoSummary, say: Say
) -> list[int]:
    """Ingest the given files plus freshly generated exports in the real chat formats."""
    samples = write_sample_exports(sample_dir)
    say(f"生成示例聊天导出 / wrote {len(samples)} sample exports to {sample_dir}")
    ids: set[int] = set()
    for path in [*files, *samples]:
        report = ingest_file(path)
        ids.update(report.conversation_ids)
        summary.errors.extend(str(error) for error in report.errors)
        say(f"  {path.name}: {report.messages_added} new messages")
    return sorted(ids)


@transaction.atomic
def create_logins(units: list[Unit]) -> list[Login]:
    """A director who sees everything, and a rep who sees one unit's share of it."""
    director = _reset_login("demo", Role.DIRECTOR, superuser=True)
    logins = [Login("demo", director, Role.DIRECTOR, "总监：可见全部客户 / sees every account")]
    if not units:
        return logins
    rep_password = _reset_login("demo-rep", Role.REP, superuser=False)
    rep = get_user_model().objects.get(username="demo-rep")
    Membership.objects.get_or_create(unit=units[0], user=rep)
    logins.append(Login("demo-rep", rep_password, Role.REP, f"销售：仅可见「{units[0]}」的客户"))
    return logins


@transaction.atomic
def spread_new_accounts(units: list[Unit]) -> None:
    """Give the accounts that arrived with conversations to units, in turn.

    Conversations name companies the CRM does not know yet; in the demo they are shared
    among a few units so the rep's view is a real subset of the director's.
    """
    if not units:
        return
    new_accounts = Account.objects.filter(unit__isnull=True, conversations__isnull=False)
    for index, account_id in enumerate(
        new_accounts.distinct().order_by("name").values_list("id", flat=True)
    ):
        Account.objects.filter(pk=account_id).update(unit=units[index % len(units)])


def _reset_login(username: str, role: str, *, superuser: bool) -> str:
    password = secrets.token_urlsafe(9)
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.set_password(password)
    user.is_staff = user.is_superuser = superuser
    user.save()
    StaffProfile.objects.update_or_create(
        user=user, defaults={"role": role, "display_name": username}
    )
    return password


def count_records() -> dict[str, int]:
    return {
        "accounts": Account.objects.count(),
        "deals": Deal.objects.count(),
        "units": Unit.objects.count(),
        "conversations": Conversation.objects.count(),
        "messages": Message.objects.count(),
        "signals": Signal.objects.count(),
        "gray_items": GrayItem.objects.open().count(),
    }
