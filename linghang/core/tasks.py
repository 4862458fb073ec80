"""Run background work inline, or on Celery when a broker is configured."""

from __future__ import annotations

from typing import Any

from django.conf import settings


def dispatch(task: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a Celery task: enqueue it with a broker, run it here and now without one."""
    if settings.CELERY_BROKER_URL:
        return task.delay(*args, **kwargs)
    return task.apply(args=args, kwargs=kwargs).get()
