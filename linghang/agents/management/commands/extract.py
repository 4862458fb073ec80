"""``linghang extract IN.jsonl -o OUT.jsonl``: extraction on evaluation-format conversations.

Output lines are ``{"id": …, "pred": {…}}`` with exactly the ``gold`` fields of
``shared/data/eval/README.md`` — a fixed contract. Conversations sharing an ``account``
are analysed together. No database is used, so this runs in a fresh data directory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from linghang.agents.engines import get_engine
from linghang.agents.jsonl import LineError, read_conversations
from linghang.agents.schema import ConversationInput
from linghang.agents.workspace import analyse_workspace
from linghang.core.registry import UnknownPlugin


class Command(BaseCommand):
    help = "Extract sales signals from conversations in the evaluation JSONL format."
    requires_system_checks: list[str] = []  # no database, no checks that need one
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", help="conversations, one JSON object per line ('-' = stdin)")
        parser.add_argument(
            "-o", "--output", required=True, help="predictions JSONL ('-' = stdout)"
        )
        parser.add_argument("--engine", default=None, help="extraction engine (default: setting)")

    def handle(self, *args: Any, **options: Any) -> None:
        source, target = options["input"], options["output"]
        if "-" not in (source, target) and Path(source).resolve() == Path(target).resolve():
            raise CommandError(f"{target}: the output would overwrite the input")
        try:
            engine = get_engine(options["engine"])
        except UnknownPlugin as exc:
            raise CommandError(str(exc)) from exc
        conversations, errors = self._read(options["input"])
        for error in errors:
            self.stderr.write(f"{options['input']}: {error}")
        results = analyse_workspace(conversations, engine)
        lines = [
            json.dumps({"id": c.id, "pred": results[c.id].to_gold_dict()}, ensure_ascii=False)
            for c in conversations
        ]
        self._write(options["output"], lines)
        self.stderr.write(
            f"{len(lines)} conversations extracted with '{engine.name}'"
            + (f", {len(errors)} bad lines skipped" if errors else "")
        )
        if errors:
            raise CommandError(f"{len(errors)} input line(s) could not be read (see above)")

    def _read(self, source: str) -> tuple[list[ConversationInput], list[LineError]]:
        try:
            handle = sys.stdin if source == "-" else open(source, encoding="utf-8-sig")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot read {source}: {exc.strerror}") from exc
        conversations: list[ConversationInput] = []
        errors: list[LineError] = []
        with handle:
            for item in read_conversations(handle):
                if isinstance(item, LineError):
                    errors.append(item)
                else:
                    conversations.append(item)
        return conversations, errors

    def _write(self, target: str, lines: list[str]) -> None:
        text = "".join(line + "\n" for line in lines)
        if target == "-":
            self.stdout.write(text, ending="")
            return
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc.strerror}") from exc
