"""Celery application; used only when LINGHANG_BROKER_URL is set."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linghang.settings")

app = Celery("linghang")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
