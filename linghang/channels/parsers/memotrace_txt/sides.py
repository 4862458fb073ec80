"""Who is the exporting account (our rep) in a MemoTrace TXT export, which has no IsSender.

The heuristic, in order:

1. A ``self_name`` hint (``linghang ingest --self-name 李明``) decides: that sender is
   the rep, everyone else is the customer side.
2. Otherwise the chat names the other side: the file is ``<remark>.txt`` and the remark
   (``王工(示例客户)``) is the contact's display name; notices such as
   ``你已添加了王工，…``, ``"王工" 撤回了一条消息`` and ``你邀请王工加入了群聊`` name people who
   are not the exporter.
3. If exactly one sender in the first messages is not known to be the other side, that
   sender is the exporter, so the rep. If none or several are unknown (a group chat, a
   renamed file) nobody is guessed to be the rep: every sender is customer side, and
   the ``self_name`` hint is the way to say otherwise.
"""

from __future__ import annotations

import re

from linghang.channels.parsers.names import person_name
from linghang.channels.parsers.placeholders import recall_actor

_ADDED = re.compile(r"^你已添加了(?P<who>.+?)[，,]")
_INVITED = re.compile(r"^你邀请(?P<who>.+?)加入了群聊")
_INVITER = re.compile(r"^\"?(?P<who>.+?)\"?\s*邀请你")
_SPLIT = re.compile(r"[、，,]")


class SideGuess:
    """Collects evidence while the first messages are buffered, then decides once."""

    def __init__(self, self_name: str | None, remark: str | None) -> None:
        self.self_name = self_name
        self.others: set[str] = set()
        if remark:
            self.others.update({remark, person_name(remark)})
        self.senders: list[str] = []

    def observe_notice(self, text: str) -> None:
        """Learn names of the other side from a system notice."""
        for pattern in (_ADDED, _INVITED, _INVITER):
            match = pattern.match(text)
            if match:
                self.others.update(n.strip().strip('"') for n in _SPLIT.split(match["who"]))
        actor = recall_actor(text)
        if actor and actor != "你":
            self.others.add(actor)

    def observe_sender(self, name: str) -> None:
        if name not in self.senders:
            self.senders.append(name)

    def decide(self) -> str | None:
        """The exporting account's display name, or ``None`` if it cannot be told."""
        if self.self_name:
            return self.self_name
        unknown = [s for s in self.senders if not self._is_other(s)]
        self.self_name = unknown[0] if len(unknown) == 1 else None
        return self.self_name

    def _is_other(self, name: str) -> bool:
        return name in self.others or person_name(name) in self.others
