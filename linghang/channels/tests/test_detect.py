"""Choosing a parser from a file's head and name."""

from __future__ import annotations

import pytest

from linghang.channels.detect import UnknownFormat, detect_parser, parser_classes
from linghang.core import registry


def test_every_registered_parser_is_tried_in_registry_order():
    # when
    names = [cls.name for cls in parser_classes()]

    # then
    assert names == list(registry.entries("parsers"))


@pytest.mark.parametrize("head, message", [("", "空"), ("随便一段文字\n", "无法识别")])
def test_unrecognised_input_names_the_file(head, message):
    # when
    with pytest.raises(UnknownFormat) as raised:
        detect_parser(head, "客户资料.txt")

    # then
    assert raised.value.file == "客户资料.txt" and raised.value.line is None
    assert message in raised.value.message and str(raised.value).startswith("客户资料.txt: ")
