"""``linghang serve``: the production-grade WSGI server (waitress), static files included."""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def port_number(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port (1-65535)")
    return port


class Command(BaseCommand):
    help = "Serve Linghang over HTTP (waitress; static files through WhiteNoise)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=port_number, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument(
            "--no-migrate", action="store_true", help="refuse to start with pending migrations"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if self._pending_migrations():
            if options["no_migrate"]:
                raise CommandError("数据库需要迁移：请先运行 `linghang migrate`。")
            call_command("migrate", verbosity=0)
        from waitress import create_server

        from linghang.wsgi import application

        host, port = options["host"], options["port"]
        try:
            server = create_server(
                application, host=host, port=port, threads=options["threads"], ident="linghang"
            )
        except OSError as exc:
            raise CommandError(
                f"无法在 {host}:{port} 上监听（{exc.strerror or exc}）；"
                f"换一个端口：--port {port + 1} / cannot listen on {host}:{port}"
            ) from exc
        self.stdout.write(
            self.style.SUCCESS(f"领航 Linghang 已启动 / serving at http://{host}:{port}/")
        )
        try:
            server.run()
        except KeyboardInterrupt:
            self.stdout.write("已停止 / stopped")

    @staticmethod
    def _pending_migrations() -> bool:
        executor = MigrationExecutor(connection)
        return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
