"""Pick the parser for a file from its head and its name.

Parsers are asked in registry order (most specific first); the first whose ``sniff``
accepts the head wins. Nothing is imported until needed, so a broken optional
third-party parser costs only its own format.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from linghang.channels.parsers.base import ParseError, Parser
from linghang.core import registry


class UnknownFormat(ParseError):
    """No registered parser recognises the file."""


def parser_classes() -> list[type[Parser]]:
    """Every registered parser class, in registry order."""
    return [registry.load("parsers", name) for name in registry.entries("parsers")]


def parser_class(name: str) -> type[Parser]:
    """The parser registered as ``name`` (for an explicit ``--format``)."""
    return registry.load("parsers", name)  # type: ignore[no-any-return]


def detect_parser(head: str, filename: str) -> type[Parser]:
    """The parser class for a file starting with ``head``; :class:`UnknownFormat` if none."""
    if not head.strip():
        raise UnknownFormat(filename, None, _("文件为空"))
    for cls in parser_classes():
        if cls.sniff(head, filename):
            return cls
    known = "、".join(str(cls.label) for cls in parser_classes())
    message = _("无法识别的文件格式（支持：%(known)s）") % {"known": known}
    raise UnknownFormat(filename, None, message)
