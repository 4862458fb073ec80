"""CRM import: accounts, contacts, leads, deals, products and teams from CSV or XLSX.

Entry points (the ``linghang import`` command and the demo are thin callers):

- ``run_import(kind, path, mapping=None, dry_run=False, currency="CNY")`` for one file;
- ``import_records(kind, records, ...)`` for rows already in memory (sample data);
- ``import_crm_dataset(directory)`` for the public CRM data set, files in order
  (``missing_dataset_files(directory)`` says beforehand which files it lacks).

Every one returns ``ImportReport``s and goes through ``pipeline.import_table``.
"""

from __future__ import annotations

from linghang.crm.importers.dataset import (
    DATASET_FILES,
    import_crm_dataset,
    missing_dataset_files,
)
from linghang.crm.importers.kinds import KINDS, UnknownKind
from linghang.crm.importers.mapping import parse_map_args
from linghang.crm.importers.report import ImportReport, RowError
from linghang.crm.importers.service import import_records, run_import

__all__ = [
    "DATASET_FILES",
    "KINDS",
    "ImportReport",
    "RowError",
    "UnknownKind",
    "import_crm_dataset",
    "import_records",
    "missing_dataset_files",
    "parse_map_args",
    "run_import",
]
