"""Contract test mixins that every plug-in's tests inherit (like allauth's OAuth2TestsMixin).

A plug-in's own test module subclasses the contract, names its class, and adds tests for
the format's odd cases; the contract checks what every plug-in of the kind must do.
"""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest

from linghang.channels.detect import detect_parser
from linghang.channels.encodings import open_text
from linghang.channels.parsers.base import CHANNELS, KINDS, SIDES, ParsedMessage, ParseError, Parser
from linghang.core import registry

RECEIVED_AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def fixtures_of(parser_class: type[Parser]) -> list[Path]:
    """The fixture files beside a parser: ``<parser folder>/fixtures/*``."""
    folder = Path(inspect.getfile(parser_class)).parent / "fixtures"
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def parse_file(
    parser: Parser, path: Path, *, strict: bool = False
) -> tuple[list[ParsedMessage], list[ParseError]]:
    """Parse ``path`` the way ingest does; ``strict`` lets the first ParseError raise."""
    errors: list[ParseError] = []
    with path.open("rb") as binary:
        stream = open_text(binary).stream
        messages = list(
            parser.parse(
                stream,
                source_name=str(path),
                received_at=RECEIVED_AT,
                on_error=None if strict else errors.append,
            )
        )
    return messages, errors


def read_head(path: Path) -> str:
    with path.open("rb") as binary:
        return open_text(binary).head


class ParserContract:
    """What every channel parser must do. Fixtures named ``broken*`` hold bad records.

    Subclasses set ``parser_class`` and, if the format needs them, ``hints`` (the
    constructor's ``self_name``/``rep_names``).
    """

    parser_class: ClassVar[type[Parser]]
    hints: ClassVar[dict[str, Any]] = {}

    def make_parser(self, **hints: Any) -> Parser:
        return self.parser_class(**(self.hints | hints))

    def own_fixtures(self) -> list[Path]:
        return fixtures_of(self.parser_class)

    def good_fixtures(self) -> list[Path]:
        return [p for p in self.own_fixtures() if not p.name.startswith("broken")]

    def broken_fixtures(self) -> list[Path]:
        return [p for p in self.own_fixtures() if p.name.startswith("broken")]

    def foreign_fixtures(self) -> list[Path]:
        others = [registry.load("parsers", name) for name in registry.entries("parsers")]
        return [p for cls in others if cls is not self.parser_class for p in fixtures_of(cls)]

    def test_is_registered_under_its_name(self) -> None:
        assert registry.load("parsers", self.parser_class.name) is self.parser_class
        assert str(self.parser_class.label)

    def test_has_good_and_broken_fixtures(self) -> None:
        assert self.good_fixtures(), "add at least one valid fixture"
        assert self.broken_fixtures(), "add at least one fixture named broken*"

    def test_sniff_accepts_own_fixtures(self) -> None:
        for path in self.own_fixtures():
            assert self.parser_class.sniff(read_head(path), path.name), path.name

    def test_sniff_rejects_other_formats(self) -> None:
        for path in self.foreign_fixtures():
            assert not self.parser_class.sniff(read_head(path), path.name), path.name

    def test_detection_picks_this_parser(self) -> None:
        for path in self.own_fixtures():
            assert detect_parser(read_head(path), path.name) is self.parser_class, path.name

    def test_messages_are_well_formed(self) -> None:
        for path in self.good_fixtures():
            messages, errors = parse_file(self.make_parser(), path)
            line_count = len(path.read_bytes().splitlines()) or 1
            assert messages and not errors, (path.name, errors)
            for message in messages:
                assert message.ts.tzinfo is not None and message.ts.utcoffset() is not None
                assert message.side in SIDES and message.kind in KINDS
                assert message.channel in CHANNELS and message.thread_key
                assert 1 <= message.line <= line_count
                assert isinstance(message.sender, str) and isinstance(message.text, str)
                assert "<msg" not in message.text  # media markup never reaches the text

    def test_parsing_is_deterministic(self) -> None:
        for path in self.own_fixtures():
            first, second = (parse_file(self.make_parser(), path)[0] for _ in range(2))
            assert first == second

    def test_broken_record_names_file_and_line(self) -> None:
        for path in self.broken_fixtures():
            _, errors = parse_file(self.make_parser(), path)
            assert errors, path.name
            for error in errors:
                assert error.file == str(path) and error.line is not None and error.line >= 1
            with pytest.raises(ParseError) as raised:
                parse_file(self.make_parser(), path, strict=True)
            assert raised.value.line == errors[0].line

    def test_records_after_a_broken_one_are_still_read(self) -> None:
        for path in self.broken_fixtures():
            messages, errors = parse_file(self.make_parser(), path)
            last_error = max(e.line or 0 for e in errors)
            assert any(m.line > last_error for m in messages), path.name
