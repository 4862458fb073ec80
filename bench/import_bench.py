"""Import throughput of the public CRM data set through ``import_crm_dataset``.

The same service ``linghang import crm-dataset DIR`` calls, on a fresh database:

    .venv/bin/python bench/import_bench.py ../shared/data/crm_sales_opportunities
    .venv/bin/python bench/import_bench.py ../shared/data/crm_sales_opportunities \\
        --database-url postgres://postgres@127.0.0.1:5432/linghang_import_bench

Prints rows, seconds and rows/s per file and in total, then the same for a second,
idempotent import of the same files (which must create and update nothing).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from time import perf_counter

from crm_bench_support import fresh_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="the crm_sales_opportunities directory")
    parser.add_argument("--database-url", help="postgres://…/<fresh db name>; default SQLite")
    args = parser.parse_args()
    with fresh_database(args.database_url, "import-bench") as database:
        print(f"database: {database}")
        run(args.directory, "first import")
        run(args.directory, "re-import (idempotent)")


def run(directory: Path, title: str) -> None:
    from linghang.crm.importers import import_crm_dataset

    started = perf_counter()
    reports = import_crm_dataset(directory)
    seconds = perf_counter() - started
    rows = sum(report.rows for report in reports)
    print(f"== {title}")
    print(
        f"{'kind':<10}{'rows':>7}{'ok':>7}{'errors':>8}{'created':>9}{'updated':>9}"
        f"{'seconds':>9}{'rows/s':>9}"
    )
    for r in reports:
        print(
            f"{r.kind:<10}{r.rows:>7}{r.ok_rows:>7}{r.error_lines:>8}{r.created:>9}"
            f"{r.updated:>9}{r.seconds:>9.3f}{r.rows_per_second:>9.0f}"
        )
    print(f"total: {rows} rows in {seconds:.2f} s = {rows / seconds:,.0f} rows/s")


if __name__ == "__main__":
    main()
