"""What the customer wants to buy or solve, as short phrases (informational only).

A need is a noun phrase ending in a product word (系统, 平台, 检测 …) taken from the
words just before it, stopping at function words, so 另外要能跟我们的ERP对接 gives ERP对接.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linghang.agents.engines.rules.prepare import Prepared
from linghang.agents.schema import Need

_SUFFIX = re.compile(
    "系统|平台|软件|方案|设备|模块|改造|管理|检测|服务|集成|对接|商城|分拣线|测试|监控|价签|维保|"
    "备件|迁移|收银|排产|追溯|质控|可视化|评级"
)
# Characters that end a need phrase when reading backwards from its product word.
_BOUNDARY = set(
    "你我他她它们个要能跟先出发拟看说让把给在对的了是和与及或也都就还这那些每一年月天上下里中前后到另"
    ",.!?;:()。、 "
)
_MAX_HEAD = 6


def find_needs(messages: Sequence[Prepared], limit: int = 5) -> list[Need]:
    needs: dict[str, Need] = {}
    for message in messages:
        if not message.is_customer:
            continue
        for match in _SUFFIX.finditer(message.text):
            start = _phrase_start(message.text, match.start())
            phrase = message.text[start : match.end()]
            if len(phrase) - len(match.group()) >= 2 and phrase not in needs:
                needs[phrase] = Need(
                    phrase=phrase, confidence=0.3, evidence=message.evidence(start, match.end())
                )
            if len(needs) >= limit:
                return list(needs.values())
    return list(needs.values())


def _phrase_start(text: str, end: int) -> int:
    start = end
    while start > 0 and end - start < _MAX_HEAD and text[start - 1] not in _BOUNDARY:
        start -= 1
    while (
        start > 0
        and text[start].isascii()
        and text[start - 1].isascii()
        and text[start - 1].isalnum()
    ):
        start -= 1  # do not cut a Latin word (MES, SAP B1) in half
    return start
