"""The public CRM data set (accounts, products, sales teams, pipeline) in one call."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from linghang.crm.importers.report import ImportReport
from linghang.crm.importers.service import run_import

# Order matters: deals find their accounts, products and owners already stored.
DATASET_FILES = (
    ("accounts", "accounts.csv"),
    ("products", "products.csv"),
    ("teams", "sales_teams.csv"),
    ("deals", "sales_pipeline.csv"),
)
DATASET_CURRENCY = "USD"  # close values and revenues in this data set are US dollars


def missing_dataset_files(directory: str | Path) -> list[Path]:
    """The data set's files that ``directory`` lacks (all of them when it does not exist)."""
    directory = Path(directory)
    return [directory / name for _kind, name in DATASET_FILES if not (directory / name).is_file()]


@transaction.atomic
def import_crm_dataset(directory: str | Path, dry_run: bool = False) -> list[ImportReport]:
    """Import the data set's four files from ``directory``; one report per file."""
    directory = Path(directory)
    reports = [
        run_import(kind, directory / name, currency=DATASET_CURRENCY)
        for kind, name in DATASET_FILES
    ]
    if dry_run:
        transaction.set_rollback(True)
        for report in reports:
            report.dry_run = True
    return reports
