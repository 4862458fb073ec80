"""Decode an export whatever its encoding, looking only at its head.

Exports arrive as UTF-8 (with or without BOM), GBK/GB18030 from older Windows tools,
or UTF-16 with a BOM. A BOM decides; otherwise strict UTF-8 on the head decides; then a
head that is UTF-8 but for a few damaged bytes (a stray ``\xff``, one GBK line pasted
in) is still read as UTF-8; only then does charset-normalizer guess, on the head alone,
so a large file is never read twice or held in memory. The rest is decoded as a stream.

Undecodable bytes become U+FFFD, wherever they sit, and ``open_text`` can name the lines
that hold them: a damaged byte costs one character and a reported line, never the
whole file's text (GB18030 decodes almost any bytes, so guessing it turns every
Chinese character of a UTF-8 file into mojibake without a single error).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol, TextIO

from charset_normalizer import from_bytes

HEAD_BYTES = 64 * 1024
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# On a short head charset-normalizer often mistakes GBK for another East Asian double-byte
# codec (big5, cp949, shift_jis). Linghang reads mainland exports, so any such guess
# becomes GB18030 (a superset of GB2312 and GBK) when the head decodes cleanly with it.
# The cost: a genuine Big5 file would be misread; none of our sources writes Big5.
EAST_ASIAN = {
    "gb2312",
    "gbk",
    "gb18030",
    "hz",
    "big5",
    "big5hkscs",
    "cp949",
    "euc_kr",
    "johab",
    "shift_jis",
    "cp932",
    "euc_jp",
    "iso2022_jp",
}
REPLACEMENT = "\ufffd"
# A mostly-UTF-8 head: damage of at most max(MIN_DAMAGE, 1/DAMAGE_SHARE of its characters)…
MIN_DAMAGE = 3
DAMAGE_SHARE = 200
# …or damage far outweighed by Chinese text that decoded cleanly. GBK read as UTF-8
# yields about one replacement per character and only rarely a valid CJK one, so a
# genuine GBK file never comes near this ratio.
EVIDENCE_PER_DAMAGE = 2
# Characters a Chinese/ASCII chat plausibly holds besides ASCII: everything from General
# Punctuation up (CJK, fullwidth forms, symbols, emoji), plus a few Latin-1 signs.
# GBK bytes that happen to form valid UTF-8 mostly land below U+0800 (Latin, Greek,
# Cyrillic, Arabic…), which is how mojibake is told from text.
PLAUSIBLE_FROM = 0x2000
PLAUSIBLE_LATIN = frozenset("·×÷°±")
PLAUSIBLE_SHARE = 0.9


class ByteSource(Protocol):
    """Anything with ``read(size) -> bytes``: an open file, a socket file, a metered reader."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass
class DecodedStream:
    """A text stream over a binary one, with what was decided about it."""

    stream: TextIO
    encoding: str
    head: str


def detect_encoding(head: bytes) -> str:
    """The codec name for a file that starts with ``head``."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    if _decodes(head, "utf-8") or _mostly_utf8(head):
        return "utf-8"
    best = from_bytes(head).best()
    if best is None:  # binary-looking bytes: GB18030 decodes any byte sequence
        return "gb18030"
    name = codecs.lookup(best.encoding).name
    if name in EAST_ASIAN and _decodes(head, "gb18030"):
        return "gb18030"
    return name


def _decodes(head: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(head: bytes) -> bool:
    """Whether ``head`` is Chinese/ASCII UTF-8 with only a few undecodable sequences."""
    text = decode_head(head, "utf-8")
    damage = text.count(REPLACEMENT) - head.count(REPLACEMENT.encode())
    others = [c for c in text if c > "\x7f" and c != REPLACEMENT]
    chinese = sum(1 for c in others if ord(c) >= PLAUSIBLE_FROM or c in PLAUSIBLE_LATIN)
    if not others or chinese < PLAUSIBLE_SHARE * len(others):
        return False  # no UTF-8 evidence at all, or the "evidence" looks like mojibake
    few = damage <= max(MIN_DAMAGE, len(text) // DAMAGE_SHARE) and chinese >= damage
    return few or chinese >= EVIDENCE_PER_DAMAGE * damage


def decode_head(head: bytes, encoding: str) -> str:
    """Decode a head that may end in the middle of a multi-byte character."""
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)


def open_text(
    binary: ByteSource, on_damaged_line: Callable[[int], None] | None = None
) -> DecodedStream:
    """Wrap ``binary`` as text. Newlines stay untranslated (``newline=""``) for csv's sake.

    Undecodable bytes become U+FFFD instead of aborting: one damaged byte should cost
    one character, not the rest of an export. With ``on_damaged_line``, the stream calls
    it with the 1-based number of every line read that holds U+FFFD, so the damage is
    reported where it is instead of passing silently.
    """
    head = binary.read(HEAD_BYTES)
    encoding = detect_encoding(head)
    rest = io.BufferedReader(_HeadThenRest(head, binary), buffer_size=HEAD_BYTES)
    text: TextIO = io.TextIOWrapper(rest, encoding=encoding, errors="replace", newline="")
    if on_damaged_line is not None:
        text = _DamageWatch(text, on_damaged_line)  # type: ignore[assignment]
    return DecodedStream(stream=text, encoding=encoding, head=decode_head(head, encoding))


class _DamageWatch:
    """A line-by-line text stream that reports the lines holding U+FFFD.

    Lines are counted as they are handed out, so the numbers match those of a parser
    that enumerates the stream (or csv's ``line_num``) from 1. Parsers only iterate,
    so iteration and ``readline`` are all it offers (and ``read()`` for tests).
    """

    def __init__(self, inner: TextIO, on_damaged_line: Callable[[int], None]) -> None:
        self._inner = inner
        self._on_damaged_line = on_damaged_line
        self._lines = 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.readline, "")

    def readline(self, size: int = -1, /) -> str:
        line = self._inner.readline(size)
        if line:
            self._lines += 1
            if REPLACEMENT in line:
                self._on_damaged_line(self._lines)
        return line

    def read(self) -> str:
        """The rest of the text; read by lines so that damage is still counted."""
        return "".join(self)


class _HeadThenRest(io.RawIOBase):
    """The bytes already read for detection, then the rest of the source, unseekable."""

    def __init__(self, head: bytes, source: ByteSource) -> None:
        self._head = memoryview(head)
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._source.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
