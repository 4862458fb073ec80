"""``linghang serve``: the production-grade WSGI server (waitress), static files included."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


class Command(BaseCommand):
    help = "Serve Linghang over HTTP (waitress; static files through WhiteNoise)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument(
            "--no-migrate", action="store_true", help="refuse to start with pending migrations"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if self._pending_migrations():
            if options["no_migrate"]:
                self.stderr.write("数据库需要迁移：请先运行 `linghang migrate`。")
                raise SystemExit(2)
            call_command("migrate", verbosity=0)
        from waitress import serve

        from linghang.wsgi import application

        url = f"http://{options['host']}:{options['port']}/"
        self.stdout.write(self.style.SUCCESS(f"领航 Linghang 已启动 / serving at {url}"))
        serve(
            application,
            host=options["host"],
            port=options["port"],
            threads=options["threads"],
            ident="linghang",
        )

    @staticmethod
    def _pending_migrations() -> bool:
        executor = MigrationExecutor(connection)
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
