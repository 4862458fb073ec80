"""System checks that reject bad configuration at start-up."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register

from linghang.core import registry


@register()
def check_extraction_engine(app_configs: Any, **kwargs: Any) -> list[Error]:
    name = settings.LINGHANG_EXTRACTION_ENGINE
    if name not in registry.entries("extraction_engines"):
        known = ", ".join(sorted(registry.entries("extraction_engines")))
        return [
            Error(
                f"LINGHANG_EXTRACTION_ENGINE={name!r} is unknown (known: {known})",
                id="linghang.E001",
            )
        ]
    if name == "llm" and not settings.LINGHANG_LLM["BASE_URL"]:
        return [
            Error("LINGHANG_EXTRACTION_ENGINE=llm needs LINGHANG_LLM_BASE_URL", id="linghang.E002")
        ]
    return []


@register()
def check_broker(app_configs: Any, **kwargs: Any) -> list[Error]:
    url = settings.CELERY_BROKER_URL
    if url and not url.startswith(("redis://", "rediss://", "amqp://")):
        return [
            Error(
                f"LINGHANG_BROKER_URL={url!r} must be a redis:// or amqp:// URL", id="linghang.E003"
            )
        ]
    return []
