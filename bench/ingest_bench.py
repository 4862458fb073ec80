"""Ingest throughput: N generated messages as a MemoTrace CSV into a fresh SQLite database.

    .venv/bin/python bench/ingest_bench.py --messages 100000

Generates the CSV in a temporary folder (50 chats interleaved, text and media rows),
migrates a fresh SQLite database in a temporary LINGHANG_DATA_DIR, then times
``channels.services.ingest_file`` (the path ``linghang ingest`` takes, extraction off)
twice: a first import and a re-import that must add nothing. Prints messages per second
and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parent.parent
PHRASES = (
    "今年这块预算五十万左右吧，具体还得看院办会",
    "西门子也来报过价，方案我们在比",
    "最后还是刘院长拍板，下个月底上会",
    "主要担心跟现在的HIS接口打不通",
    "好的",
    "收到",
    "这周五前把方案和报价发您",
    "价格有点高，竞品报价才三十多万，你们能不能再让一点？",
    "下周三我带售前过去现场看一下",
    "80W以内，超了就得重新报批",
)
MEDIA = (
    (3, '<msg><img aeskey="0" length="20480" md5="0" /></msg>'),
    (34, '<msg><voicemsg endflag="1" length="5120" voicelength="6000" /></msg>'),
    (47, '<msg><emoji type="2" idbuffer="media:0_0" /></msg>'),
)


def write_export(path: Path, messages: int, chats: int, seed: int) -> None:
    """A MemoTrace CSV (UTF-8 with BOM, 12 columns) of ``messages`` rows over ``chats`` chats."""
    from linghang.channels.parsers.memotrace_csv.parser import HEADER

    rng = random.Random(seed)
    start = 1_767_225_600  # 2026-01-01 00:00 UTC
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for i in range(messages):
            chat = rng.randrange(chats)
            mine = rng.random() < 0.45
            type_code, content = (
                rng.choice(MEDIA) if rng.random() < 0.08 else (1, f"{rng.choice(PHRASES)}（{i}）")
            )
            stamp = start + i * 7
            remark = f"客户{chat}(示例{chat % 7}制造)"
            writer.writerow(
                [
                    i + 1,
                    chat,
                    type_code,
                    0,
                    int(mine),
                    stamp,
                    "",
                    content,
                    "",
                    remark,
                    "周宇" if mine else f"联系人{chat}",
                    "wxid_fake_rep" if mine else f"wxid_fake_{chat}",
                ]
            )


def set_up_django(data_dir: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "linghang.settings"
    os.environ["LINGHANG_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)  # always a fresh SQLite file in data_dir
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def timed_ingest(path: Path, title: str) -> None:
    from linghang.channels.services import ingest_file

    started = perf_counter()
    report = ingest_file(path)
    seconds = perf_counter() - started
    total = report.messages_added + report.messages_skipped
    print(
        f"{title:<24}{total:>9,} msgs  {report.messages_added:>9,} added  "
        f"{report.messages_skipped:>9,} skipped  {seconds:7.2f} s  {total / seconds:>9,.0f} msg/s"
    )
    if report.errors:
        raise SystemExit(f"errors: {report.errors[:3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="linghang-ingest-bench-") as tmp:
        folder = Path(tmp)
        set_up_django(folder / "var")
        export = folder / "bench_export.csv"
        write_export(export, args.messages, args.chats, args.seed)
        print(
            f"export: {export.stat().st_size / 1e6:.1f} MB, {args.messages:,} messages, "
            f"{args.chats} chats; database: SQLite in {folder / 'var'}"
        )
        timed_ingest(export, "first import")
        timed_ingest(export, "re-import (idempotent)")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
