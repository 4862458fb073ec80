"""Create-or-update a chunk of records in two bulk statements, touching only what changed.

Existing records are fetched once per chunk by their unique key; a record whose values
already match is not written at all, so importing the same file twice leaves every
row (including ``updated_at``) exactly as it was.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils import timezone

from linghang.crm.importers.kinds.base import WriteOutcome

BATCH_SIZE = 500


@dataclass
class UpsertResult:
    """The outcome plus every record by key (new ones carry their primary key)."""

    outcome: WriteOutcome = field(default_factory=WriteOutcome)
    objects: dict[Any, models.Model] = field(default_factory=dict)


def upsert(
    model: type[models.Model],
    items: Iterable[tuple[Hashable, dict[str, Any]]],
    existing: Mapping[Any, models.Model],
) -> UpsertResult:
    """Store ``items`` (key, values-by-attname); ``existing`` maps keys to stored records."""
    result = UpsertResult(objects=dict(existing))
    new: list[models.Model] = []
    changed: dict[int, models.Model] = {}
    changed_fields: set[str] = set()
    for key, raw_values in items:
        values = storable_values(model, raw_values)
        record = result.objects.get(key)
        if record is None:
            record = model(**values)
            result.objects[key] = record
            new.append(record)
            result.outcome.created += 1
            continue
        differing = [name for name, value in values.items() if getattr(record, name) != value]
        for name in differing:
            setattr(record, name, values[name])
        if differing and record.pk is not None:
            changed[record.pk] = record
            changed_fields.update(differing)
            result.outcome.updated += 1
        elif not differing:
            result.outcome.unchanged += 1
    model._default_manager.bulk_create(new, batch_size=BATCH_SIZE)
    save_changes(model, changed.values(), changed_fields)
    return result


def save_changes(
    model: type[models.Model], records: Iterable[models.Model], names: set[str]
) -> None:
    """``bulk_update`` the given fields, stamping ``updated_at`` as a save() would."""
    records = list(records)
    if not records or not names:
        return
    if any(f.name == "updated_at" for f in model._meta.fields):
        now = timezone.now()
        for record in records:
            record.updated_at = now  # type: ignore[attr-defined]
        names = names | {"updated_at"}
    model._default_manager.bulk_update(
        records, sorted(_field_names(model, names)), batch_size=BATCH_SIZE
    )


def storable_values(model: type[models.Model], values: dict[str, Any]) -> dict[str, Any]:
    """Blank cells become the field's empty value: ``""`` for text, the default otherwise."""
    stored = {}
    for attname, value in values.items():
        if value is None:
            model_field = _field_by_attname(model, attname)
            if not model_field.null:
                value = model_field.get_default()  # "" for text without a default
        stored[attname] = value
    return stored


def _field_by_attname(model: type[models.Model], attname: str) -> models.Field:
    for model_field in model._meta.concrete_fields:
        if model_field.attname == attname:
            return model_field
    raise KeyError(attname)


def _field_names(model: type[models.Model], attnames: set[str]) -> set[str]:
    return {_field_by_attname(model, attname).name for attname in attnames}
