from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "linghang.core"
    label = "core"
    verbose_name = "Linghang core"

    def ready(self) -> None:
        from linghang.core import checks  # noqa: F401  (registers system checks)
