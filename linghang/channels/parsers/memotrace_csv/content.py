"""Turn a MemoTrace row's (Type, SubType, StrContent) into (kind, text).

StrContent holds raw XML for media and app messages; none of it may reach a message's
text, so media become placeholders and app messages keep only their human title.
Values are pulled out with small regular expressions rather than an XML parser: the
XML is often truncated or not well-formed, and we need two or three fields of it.
"""

from __future__ import annotations

import html
import re

from linghang.channels.parsers.placeholders import PLACEHOLDER_BY_KIND, recall_actor

MEDIA = {3: "image", 34: "voice", 43: "video", 47: "emoji"}
OTHER_LABELS = {42: "[名片]", 48: "[位置]", 50: "[通话]"}
APP_SUBTYPES = {
    3: ("link", "[音乐分享]"),
    5: ("link", "[链接]"),
    6: ("file", "[文件]"),
    19: ("other", "[聊天记录]"),
    33: ("link", "[小程序]"),
    36: ("link", "[小程序]"),
    2000: ("other", "[转账]"),
    2001: ("other", "[红包]"),
}
TEXT, SYSTEM, APP, QUOTE_SUBTYPE = 1, (10000, 10002), 49, 57

_TAG = re.compile(r"<[^>]+>")
_ANCHOR = re.compile(r"<a\b[^>]*>.*?</a>", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_SPACES = re.compile(r"\s+")


def render(type_code: int, sub_type: int, content: str) -> tuple[str, str]:
    """``(kind, text)`` for one row; ``kind`` is ``system``/``recalled`` for notices."""
    if type_code == TEXT:
        return "text", content
    if type_code in MEDIA:
        kind = MEDIA[type_code]
        return kind, PLACEHOLDER_BY_KIND[kind]
    if type_code in SYSTEM:
        text = system_text(content)
        return ("recalled" if recall_actor(text) is not None else "system"), text
    if type_code == APP:
        return app_message(sub_type, content)
    return "other", OTHER_LABELS.get(type_code, PLACEHOLDER_BY_KIND["other"])


def system_text(content: str) -> str:
    """A notice as people read it: CDATA unwrapped, the 重新编辑 link and tags dropped."""
    text = _CDATA.sub(r"\1", content)
    text = _ANCHOR.sub("", text)
    text = _TAG.sub(" ", text)
    return _SPACES.sub(" ", html.unescape(text)).strip()


def app_message(sub_type: int, content: str) -> tuple[str, str]:
    """Type 49: links, files, quotes and friends; only titles survive."""
    if sub_type == QUOTE_SUBTYPE:
        return "text", quote_text(content)
    kind, label = APP_SUBTYPES.get(sub_type, ("other", "[应用消息]"))
    title = xml_value(content, "title")
    return kind, f"{label} {title}" if title else label


def quote_text(content: str) -> str:
    """A reply, with the quoted message on a last ``引用:名字:内容`` line as the TXT export has."""
    if not content.lstrip().startswith("<"):
        return content or "[引用]"
    reply = xml_value(content, "title") or "[引用]"
    refer = content.split("<refermsg>", 1)[1] if "<refermsg>" in content else ""
    if not refer:
        return reply
    name = xml_value(refer, "displayname") or "未知"
    quoted = xml_value(refer, "content")
    if quoted.lstrip().startswith("<"):  # the quoted message was itself media
        quoted = "[引用消息]"
    return f"{reply}\n引用:{name}:{quoted}" if quoted else f"{reply}\n引用:未知"


def xml_value(content: str, tag: str) -> str:
    """The text of the first ``<tag>`` element, unescaped; ``""`` if absent."""
    match = re.search(rf"<{tag}>(.*?)</{tag}>", content, re.S)
    if match is None:
        return ""
    value = _CDATA.sub(r"\1", match.group(1))
    return html.unescape(value).strip()
