"""`linghang init` and `linghang serve`, the latter as a real process over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.mark.django_db
def test_init_creates_an_admin_and_prints_the_login():
    out = StringIO()
    call_command("init", "--admin", "boss", "--password", "s3cret-pass", stdout=out)
    user = get_user_model().objects.get(username="boss")
    assert user.is_superuser and user.check_password("s3cret-pass")
    assert user.staff_profile.role == "admin"
    assert "boss / s3cret-pass" in out.getvalue()


@pytest.mark.django_db
def test_init_refuses_an_existing_admin_name():
    call_command("init", "--admin", "boss", stdout=StringIO())
    with pytest.raises(CommandError, match="already exists"):
        call_command("init", "--admin", "boss", stdout=StringIO())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_answers_http_on_a_fresh_data_dir(tmp_path: Path):
    # given a brand-new data directory (serve migrates it) and the installed console script
    port = _free_port()
    env = {**os.environ, "LINGHANG_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "linghang.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        # when
        body = _get_when_up(f"http://127.0.0.1:{port}/login/", server)
        # then the Chinese login page and its static files are served
        assert "登录" in body
        assert "csrfmiddlewaretoken" in body
        css = _get_when_up(f"http://127.0.0.1:{port}/static/linghang/app.css", server)
        assert "{" in css
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get_when_up(url: str, server: subprocess.Popen, wait_seconds: float = 60) -> str:
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            output = server.stdout.read().decode() if server.stdout else ""
            raise AssertionError(f"server exited early:\n{output}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {wait_seconds}s")


@pytest.mark.django_db
def test_serve_on_a_busy_port_says_so_before_claiming_to_serve():
    # given a port somebody else holds
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        out = StringIO()
        # when / then
        with pytest.raises(CommandError, match=str(port)):
            call_command("serve", "--port", str(port), stdout=out)
        assert "serving" not in out.getvalue()


def test_serve_rejects_an_impossible_port():
    with pytest.raises(CommandError, match="99999"):
        call_command("serve", "--port", "99999")
