"""Extraction engines behind one interface; ``get_engine()`` picks the configured one."""

from __future__ import annotations

from linghang.agents.engines.base import ExtractionEngine, ExtractionError
from linghang.core.registry import load

__all__ = ["ExtractionEngine", "ExtractionError", "get_engine"]


def get_engine(name: str | None = None) -> ExtractionEngine:
    """An instance of the engine registered as ``name`` (default: the setting
    ``LINGHANG_EXTRACTION_ENGINE``). Unknown names raise ``registry.UnknownPlugin``."""
    if name is None:
        from django.conf import settings

        name = settings.LINGHANG_EXTRACTION_ENGINE
    engine_class = load("extraction_engines", name)
    return engine_class()
