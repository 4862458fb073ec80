"""Fixture files for the import tests live beside them, in ``fixtures/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from linghang.crm.importers import run_import

FIXTURES = Path(__file__).parent / "fixtures"
DATASET = FIXTURES / "crm_dataset"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def dataset_dir() -> Path:
    """A few rows of each file of the public CRM data set, quirks included."""
    return DATASET


@pytest.fixture
def teams_and_products(db):
    """Owners and products a deal file refers to."""
    run_import("products", DATASET / "products.csv")
    run_import("teams", DATASET / "sales_teams.csv")
    run_import("accounts", DATASET / "accounts.csv")
