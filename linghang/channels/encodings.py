"""Decode an export whatever its encoding, looking only at its head.

Exports arrive as UTF-8 (with or without BOM), GBK/GB18030 from older Windows tools,
or UTF-16 with a BOM. A BOM decides; otherwise strict UTF-8 on the head decides; only
then does charset-normalizer guess, on the head alone, so a large file is never read
twice or held in memory. The rest is decoded as a stream.
"""

from __future__ import annotations

import codecs
import io
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
    if _decodes(head, "utf-8"):
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


def decode_head(head: bytes, encoding: str) -> str:
    """Decode a head that may end in the middle of a multi-byte character."""
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)


def open_text(binary: ByteSource) -> DecodedStream:
    """Wrap ``binary`` as text. Newlines stay untranslated (``newline=""``) for csv's sake.

    Undecodable bytes become U+FFFD instead of aborting: one damaged byte should cost
    one character, not the rest of an export.
    """
    head = binary.read(HEAD_BYTES)
    encoding = detect_encoding(head)
    rest = io.BufferedReader(_HeadThenRest(head, binary), buffer_size=HEAD_BYTES)
    text = io.TextIOWrapper(rest, encoding=encoding, errors="replace", newline="")
    return DecodedStream(stream=text, encoding=encoding, head=decode_head(head, encoding))


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
