"""The kinds of record an import can produce, by name.

Adding a kind is one module with an ``Importer`` subclass and one line here; entries
are dotted paths imported on first use, as the plug-in registries in ``core`` do.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from django.utils.module_loading import import_string

from linghang.crm.importers.kinds.base import Importer

KINDS: Mapping[str, str] = MappingProxyType(
    {
        "accounts": "linghang.crm.importers.kinds.accounts.AccountImporter",
        "contacts": "linghang.crm.importers.kinds.contacts.ContactImporter",
        "leads": "linghang.crm.importers.kinds.leads.LeadImporter",
        "deals": "linghang.crm.importers.kinds.deals.DealImporter",
        "products": "linghang.crm.importers.kinds.products.ProductImporter",
        "teams": "linghang.crm.importers.kinds.teams.TeamImporter",
    }
)


class UnknownKind(ValueError):
    """No importer is registered under this name."""


def get_importer(kind: str) -> type[Importer]:
    try:
        return import_string(KINDS[kind])
    except KeyError:
        raise UnknownKind(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}") from None
