from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "linghang.channels"
    label = "channels"
    verbose_name = _("沟通渠道")
