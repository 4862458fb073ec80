"""Display names as chat tools show them: ``陈主任（信息科）``, ``周宇-云衡医疗``, ``王工(示例)``.

People decorate names with a department or a company. Contacts are keyed by the bare
name, and a company decoration is a useful hint of the account a chat belongs to.
"""

from __future__ import annotations

import re

_PAREN_TAIL = re.compile(r"^(?P<name>.+?)\s*[(（【\[](?P<tag>[^()（）【】\[\]]+)[)）】\]]\s*$")
_DASH_TAIL = re.compile(r"^(?P<name>[^-—_@｜|]+?)\s*[-—_@｜|]+\s*(?P<tag>.+)$")
# Words that end an organisation's name, but not a department's (科, 部, 处, 组).
ORG_ENDINGS = (
    "公司",
    "集团",
    "医院",
    "科技",
    "股份",
    "银行",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "工厂",
    "厂",
    "中心",
    "医疗",
    "制造",
    "电子",
    "智能",
    "实业",
    "物流",
    "汽车",
    "能源",
    "设备",
    "药业",
    "餐饮",
    "连锁",
    "精密",
    "机械",
    "电气",
    "材料",
    "半导体",
    "控股",
)


def split_display_name(display: str) -> tuple[str, str | None]:
    """``(person, decoration)``: ``陈主任（信息科）`` → ``("陈主任", "信息科")``."""
    text = display.strip()
    for pattern in (_PAREN_TAIL, _DASH_TAIL):
        match = pattern.match(text)
        if match and match.group("name").strip():
            return match.group("name").strip(), match.group("tag").strip()
    return text, None


def person_name(display: str) -> str:
    """The bare name a Contact is keyed by: decorations stripped."""
    return split_display_name(display)[0]


def organisation_hint(display: str) -> str | None:
    """The company in a decoration (``王工(华星精密)`` → 华星精密), if it looks like one."""
    tag = split_display_name(display)[1]
    if tag and tag.endswith(ORG_ENDINGS) and len(tag) >= 3:
        return tag
    return None
