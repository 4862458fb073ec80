from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Channel(models.TextChoices):
    WECHAT = "wechat", _("微信")
    WECOM = "wecom", _("企业微信")
    DINGTALK = "dingtalk", _("钉钉")
    FEISHU = "feishu", _("飞书")
    EMAIL = "email", _("邮件")
    MEETING = "meeting", _("会议")
    OTHER = "other", _("其他")


class Side(models.TextChoices):
    REP = "rep", _("我方")
    CUSTOMER = "customer", pgettext_lazy("side", "客户")
    SYSTEM = "system", _("系统")


class MessageKind(models.TextChoices):
    TEXT = "text", _("文本")
    IMAGE = "image", _("图片")
    VOICE = "voice", _("语音")
    VIDEO = "video", _("视频")
    FILE = "file", _("文件")
    EMOJI = "emoji", _("表情")
    LINK = "link", _("链接")
    SYSTEM = "system", _("系统消息")
    RECALLED = "recalled", _("撤回")
    OTHER = "other", _("其他")
