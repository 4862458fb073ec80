"""Placeholders that stand in for media, shared by every parser.

Exports print media as bracketed labels (``[图片]``, ``[文件] 报价单.pdf``); we keep that
convention so the same chat reads the same whichever format it arrived in, and media
markup (XML) never reaches a message's text.
"""

from __future__ import annotations

import re

PLACEHOLDER_BY_KIND = {
    "image": "[图片]",
    "voice": "[语音]",
    "video": "[视频]",
    "emoji": "[表情包]",
    "file": "[文件]",
    "link": "[链接]",
    "recalled": "[撤回]",
    "other": "[其他消息]",
}

KIND_BY_LABEL = {
    "图片": "image",
    "照片": "image",
    "语音": "voice",
    "视频": "video",
    "表情": "emoji",
    "表情包": "emoji",
    "动画表情": "emoji",
    "文件": "file",
    "链接": "link",
    "音乐分享": "link",
    "小程序": "link",
    "位置": "other",
    "名片": "other",
    "通话": "other",
    "红包": "other",
    "转账": "other",
}
_LEADING_LABEL = re.compile(r"^\[([^\[\]\s]{1,6})\]")
RECALL = re.compile(r"^(?P<who>.{0,40}?)\s*撤回了一条消息")


def kind_of_text(text: str) -> str:
    """The kind a plain-text message shows by its leading placeholder, else ``text``.

    ``[语音] 转文字：…`` is a voice message with its transcript; ``[文件] xx.pdf`` a file.
    """
    match = _LEADING_LABEL.match(text.lstrip())
    if match is None:
        return "text"
    return KIND_BY_LABEL.get(match.group(1), "text")


def recall_actor(text: str) -> str | None:
    """Who recalled a message in a notice like ``你撤回了一条消息``/``"王工" 撤回了一条消息``."""
    match = RECALL.match(text.strip())
    if match is None:
        return None
    return match.group("who").strip().strip("\"'“”「」")
