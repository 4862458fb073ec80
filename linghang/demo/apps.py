from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The ``linghang demo`` walk-through; owns no models."""

    name = "linghang.demo"
    label = "demo"
    verbose_name = _("演示")
