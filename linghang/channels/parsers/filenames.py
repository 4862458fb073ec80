"""The name an export was given, without what copying and downloading added to it.

File-based formats take a chat's identity from the file name (MemoTrace names a TXT
after the contact's remark). People rename: a browser saves ``李总 (1).txt`` when the
file already exists, Windows copies to ``李总 - 副本.txt`` (or ``- Copy``), macOS to
``李总 copy.txt`` / ``李总 副本 2.txt``. Left in, each suffix makes the same chat a
new conversation, so every message is imported twice.
"""

from __future__ import annotations

import re
from pathlib import PurePath

_NUMBER = r"(?:\s*[(（]\d{1,3}[)）]|\s+\d{1,3})"
# Only suffixes a tool adds: "(n)" needs the space browsers put before it, so a remark
# that really ends in "(2)" keeps it.
COPY_SUFFIX = re.compile(
    rf"(?:\s+[(（]\d{{1,3}}[)）]|[\s_-]+(?:副本|copy){_NUMBER}?)$",
    re.IGNORECASE,
)
UTF8_SUFFIX = "_utf8"  # MemoTrace CSV: ``<remark>_utf8.csv``


def export_stem(source_name: str, *, strip_utf8: bool = False) -> str:
    """``source_name``'s stem without copy suffixes (and ``_utf8`` when asked).

    ``李总(远航物流) - 副本 (2).txt`` → ``李总(远航物流)``;
    ``王工(示例)_utf8 (1).csv`` → ``王工(示例)`` with ``strip_utf8``.
    """
    stem = PurePath(source_name).stem.strip()
    while True:
        shorter = COPY_SUFFIX.sub("", stem).strip()
        if strip_utf8 and shorter.endswith(UTF8_SUFFIX):
            shorter = shorter[: -len(UTF8_SUFFIX)]
        if shorter == stem or not shorter:
            return stem
        stem = shorter
