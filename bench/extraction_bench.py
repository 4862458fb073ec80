"""Extraction quality and speed on a labelled conversation set.

    .venv/bin/python bench/extraction_bench.py [GOLD.jsonl] [--engine rules] [--rounds 5]

Runs the same code as ``linghang extract`` (reader, workspace analysis, gold-shaped
output) on GOLD (default ``../shared/data/eval/conversations_dev.jsonl``), scores the
predictions with ``../shared/tools/score_extraction.py`` and prints the per-field scores,
the engine's speed in messages per second (one process, one core; the best of
``--rounds`` passes over the whole file) and the overall line last.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_GOLD = SHARED / "data" / "eval" / "conversations_dev.jsonl"
SCORER = SHARED / "tools" / "score_extraction.py"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--rounds", type=int, default=5, help="timing passes (best is kept)")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    args = parser.parse_args()

    from linghang.agents.jsonl import LineError, read_conversations
    from linghang.agents.workspace import analyse_workspace
    from linghang.core.registry import load

    engine = load("extraction_engines", args.engine)()
    with args.gold.open(encoding="utf-8") as handle:
        items = list(read_conversations(handle))
    conversations = [c for c in items if not isinstance(c, LineError)]
    for error in (e for e in items if isinstance(e, LineError)):
        print(f"warning: {args.gold}: {error}", file=sys.stderr)

    results = analyse_workspace(conversations, engine)
    messages = sum(len(c.messages) for c in conversations)
    clear = getattr(engine, "clear_caches", lambda: None)
    seconds = _best_time(lambda: [engine.extract(c) for c in conversations], args.rounds, clear)

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for c in conversations:
            out.write(
                json.dumps({"id": c.id, "pred": results[c.id].to_gold_dict()}, ensure_ascii=False)
                + "\n"
            )
    try:
        report = (
            subprocess.run(
                [sys.executable, str(args.scorer), str(args.gold), out.name],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()
        )
    finally:
        os.unlink(out.name)

    overall = [line for line in report if line.startswith("overall")]
    for line in report:
        if not line.startswith("overall"):
            print(line)
    print(
        f"speed            {messages / seconds:,.0f} messages/s  ({len(conversations)} "
        f"conversations, {messages} messages, engine '{engine.name}', one process)"
    )
    for line in overall:
        print(line)
    return 0


def _best_time(run, rounds: int, clear) -> float:  # type: ignore[no-untyped-def]
    run()  # warm-up: lazy imports, lexicon automata, compiled patterns
    best = float("inf")
    for _ in range(max(rounds, 1)):
        clear()  # per-text memos must not make a second pass look faster than the first
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    sys.exit(main())
