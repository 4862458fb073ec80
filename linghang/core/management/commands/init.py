"""``linghang init``: create the data directory and database, and optionally an admin login."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from linghang.units.choices import Role
from linghang.units.models import StaffProfile


class Command(BaseCommand):
    help = "Create the data directory and database schema; optionally an admin user."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--admin", metavar="USERNAME", help="create this admin login")
        parser.add_argument("--password", help="password for --admin (generated if omitted)")

    def handle(self, *args: Any, **options: Any) -> None:
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        settings.UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", verbosity=0)
        self.stdout.write(f"数据目录 / data dir: {settings.DATA_DIR}")
        self.stdout.write(f"数据库 / database: {settings.DATABASES['default']['NAME']}")
        if options["admin"]:
            self._create_admin(options["admin"], options["password"])
        self.stdout.write(self.style.SUCCESS("初始化完成 / initialised. Next: linghang serve"))

    def _create_admin(self, username: str, password: str | None) -> None:
        users = get_user_model().objects
        if users.filter(username=username).exists():
            raise CommandError(f"user {username!r} already exists")
        password = password or secrets.token_urlsafe(12)
        user = users.create_superuser(username=username, password=password, email="")
        StaffProfile.objects.create(user=user, role=Role.ADMIN, display_name=username)
        self.stdout.write(f"管理员 / admin: {username} / {password}")
