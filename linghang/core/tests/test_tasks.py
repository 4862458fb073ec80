"""Background work: inline without a broker, through Redis and a real worker with one."""

from __future__ import annotations

import socket

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker

from linghang.core.tasks import dispatch

REDIS = ("127.0.0.1", 6379)
TASK_NAME = {True: "linghang.test.add_inline", False: "linghang.test.add_redis"}


def _redis_answers() -> bool:
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return False
    return True


def _app(broker: str | None) -> Celery:
    app = Celery("linghang-test", broker=broker, backend=broker)
    app.conf.task_always_eager = broker is None

    # Each app gets its own task name: Celery warns when one name maps to two callables.
    @app.task(name=TASK_NAME[broker is None])
    def add(x: int, y: int) -> int:
        return x + y

    return app


def test_dispatch_runs_inline_without_a_broker(settings):
    # given
    settings.CELERY_BROKER_URL = ""
    add = _app(None).tasks[TASK_NAME[True]]
    # when / then
    assert dispatch(add, 2, 3) == 5


@pytest.mark.skipif(not _redis_answers(), reason="Redis is not reachable on 127.0.0.1:6379")
def test_dispatch_goes_through_redis_to_a_worker(settings):
    # given a real worker listening on a Redis broker
    url = "redis://127.0.0.1:6379/15"
    settings.CELERY_BROKER_URL = url
    app = _app(url)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        # when
        result = dispatch(app.tasks[TASK_NAME[False]], 20, 22)
        # then the worker, not this process, computed it
        assert result.get(timeout=20) == 42
