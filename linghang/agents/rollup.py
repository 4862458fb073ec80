"""Roll extracted facts up onto the account, the deal and the contacts.

The latest conversation (by its last message) that states a fact wins: its intent,
budget and decision date become the account's and the deal's. Decision-chain people
become Contacts of the account (matched by name) with their title and role.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from django.db import models

from linghang.agents.schema import ExtractionResult
from linghang.channels.models import Conversation
from linghang.crm.models import Contact

_ROLLED_UP = ("intent_level", "budget_min", "budget_max", "budget_currency", "decision_date")


def roll_up(conversations: Sequence[Conversation], results: dict[str, ExtractionResult]) -> int:
    """Update accounts, deals and contacts; returns the number of contacts created."""
    ordered = sorted(conversations, key=_last_activity)
    by_account: dict[int, list[Conversation]] = defaultdict(list)
    by_deal: dict[int, list[Conversation]] = defaultdict(list)
    for conversation in ordered:
        if conversation.account_id is not None:
            by_account[conversation.account_id].append(conversation)
        if conversation.deal_id is not None:
            by_deal[conversation.deal_id].append(conversation)
    created = 0
    for group in by_account.values():
        _apply(group[0].account, [results[str(c.pk)] for c in group])
        created += _update_contacts(group, results)
    for group in by_deal.values():
        _apply(group[0].deal, [results[str(c.pk)] for c in group])
    return created


def facts(results: Sequence[ExtractionResult]) -> dict[str, object]:
    """The rolled-up values from results in chronological order (latest statement wins)."""
    values: dict[str, object] = {}
    for result in results:
        values["intent_level"] = result.intent.level
        if result.budget is not None:
            values["budget_min"] = result.budget.min
            values["budget_max"] = result.budget.max
            values["budget_currency"] = result.budget.currency
        if result.decision_date is not None:
            values["decision_date"] = result.decision_date.date
    return values


def _apply(record: models.Model | None, results: Sequence[ExtractionResult]) -> None:
    if record is None:
        return
    changed = []
    for name, value in facts(results).items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed.append(name)
    if changed:
        record.save(update_fields=[*changed, "updated_at"])


def _update_contacts(group: Sequence[Conversation], results: dict[str, ExtractionResult]) -> int:
    account = group[0].account
    created = 0
    for conversation in group:
        for person in results[str(conversation.pk)].decision_chain:
            contact, is_new = Contact.objects.get_or_create(
                account=account,
                name=person.person[:120],
                defaults={"title": (person.title or "")[:120], "decision_role": person.role},
            )
            created += int(is_new)
            if not is_new:
                _refresh_contact(contact, person.role, person.title)
    return created


def _refresh_contact(contact: Contact, role: str, title: str | None) -> None:
    changed = []
    if contact.decision_role != role:
        contact.decision_role = role
        changed.append("decision_role")
    if title and not contact.title:
        contact.title = title[:120]
        changed.append("title")
    if changed:
        contact.save(update_fields=[*changed, "updated_at"])


def _last_activity(conversation: Conversation) -> tuple[dt.datetime, int]:
    if conversation.last_message_at is not None:
        return conversation.last_message_at, conversation.pk
    stamps = [m.ts for m in conversation.messages.all()]
    return (max(stamps) if stamps else conversation.created_at), conversation.pk
