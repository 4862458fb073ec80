"""Engines are chosen by setting or by name, through the registry."""

from __future__ import annotations

import pytest

from linghang.agents.engines import get_engine
from linghang.core.registry import UnknownPlugin


def test_the_setting_picks_the_engine(settings) -> None:  # type: ignore[no-untyped-def]
    settings.LINGHANG_EXTRACTION_ENGINE = "static"
    assert get_engine().name == "static"


def test_a_name_overrides_the_setting(settings) -> None:  # type: ignore[no-untyped-def]
    settings.LINGHANG_EXTRACTION_ENGINE = "static"
    assert get_engine("rules").name == "rules"


def test_an_unknown_engine_is_an_error() -> None:
    with pytest.raises(UnknownPlugin):
        get_engine("no-such-engine")
