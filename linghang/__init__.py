"""Linghang (领航): an AI-native, self-hostable sales management system."""

from linghang.celery import app as celery_app

__version__ = "0.1.0"
__all__ = ["celery_app"]
