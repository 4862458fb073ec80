import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError


def test_unknown_extraction_engine_is_rejected_at_startup(settings):
    # given
    settings.LINGHANG_EXTRACTION_ENGINE = "magic"
    # when / then
    with pytest.raises(SystemCheckError, match=r"linghang\.E001"):
        call_command("check")


def test_non_redis_broker_is_rejected(settings):
    settings.CELERY_BROKER_URL = "http://example.invalid"
    with pytest.raises(SystemCheckError, match=r"linghang\.E003"):
        call_command("check")
