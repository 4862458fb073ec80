"""Conversations and messages as they arrived, normalised across channels.

Messages are immutable once stored; ``content_hash`` is their identity, so importing
the same export twice, or an export overlapping an earlier one, adds only new messages.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from linghang.channels.choices import Channel, MessageKind, Side
from linghang.channels.querysets import ConversationQuerySet, MessageQuerySet
from linghang.core.models import TimeStampedModel


class SourceFile(TimeStampedModel):
    """One imported file: what it was, which parser read it, what it added."""

    name = models.CharField(_("文件名"), max_length=500)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    parser = models.CharField(_("解析器"), max_length=40)
    size_bytes = models.BigIntegerField(_("大小"), default=0)
    messages_added = models.PositiveIntegerField(_("新增消息"), default=0)
    messages_skipped = models.PositiveIntegerField(_("重复消息"), default=0)
    errors = models.JSONField(_("错误"), default=list, blank=True)

    class Meta:
        verbose_name = _("导入文件")
        verbose_name_plural = _("导入文件")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name


class Conversation(TimeStampedModel):
    """A thread with one customer: a chat, an email thread or a meeting.

    ``thread_key`` is the parser's stable identity for the thread (for example the
    export's talker id), so later exports of the same chat land in the same record.
    """

    thread_key = models.CharField(_("会话标识"), max_length=255, unique=True)
    channel = models.CharField(_("渠道"), max_length=16, choices=Channel.choices)
    title = models.CharField(_("标题"), max_length=255, blank=True)
    account = models.ForeignKey(
        "crm.Account",
        verbose_name=_("客户"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conversations",
    )
    deal = models.ForeignKey(
        "crm.Deal",
        verbose_name=_("商机"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conversations",
    )
    industry = models.CharField(_("行业"), max_length=80, blank=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("最后消息时间"), null=True, blank=True)
    extracted_at = models.DateTimeField(_("分析时间"), null=True, blank=True)

    objects = ConversationQuerySet.as_manager()

    class Meta:
        verbose_name = _("会话")
        verbose_name_plural = _("会话")
        ordering = ["-last_message_at", "-id"]
        indexes = [models.Index(fields=["account", "-last_message_at"])]

    def __str__(self) -> str:
        return self.title or self.thread_key


class Message(models.Model):
    """One message or speaker turn. ``text`` is untrusted input and always escaped on output."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    ts = models.DateTimeField(_("时间"), db_index=True)
    sender = models.CharField(_("发送人"), max_length=200)
    side = models.CharField(_("一方"), max_length=10, choices=Side.choices)
    kind = models.CharField(
        _("类型"), max_length=10, choices=MessageKind.choices, default=MessageKind.TEXT
    )
    text = models.TextField(_("内容"), blank=True)
    contact = models.ForeignKey(
        "crm.Contact",
        verbose_name=_("联系人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    source_file = models.ForeignKey(
        SourceFile, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages"
    )
    source_line = models.PositiveIntegerField(_("源文件行号"), null=True, blank=True)
    content_hash = models.CharField(_("内容哈希"), max_length=64, unique=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("消息")
        verbose_name_plural = _("消息")
        ordering = ["conversation", "ts", "id"]
        indexes = [models.Index(fields=["conversation", "ts", "id"])]

    def __str__(self) -> str:
        return f"{self.sender}: {self.text[:40]}"
