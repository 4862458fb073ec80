"""Decoding exports: BOMs, GBK without a BOM, and a head that ends mid-character."""

from __future__ import annotations

import io

import pytest

from linghang.channels.encodings import HEAD_BYTES, detect_encoding, open_text

TEXT = "2026-03-02 09:05:00 张经理(华星精密)\n预算大概五十万左右\n"


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_encoding_is_detected_and_text_decoded(encoding, expected):
    # given
    data = TEXT.encode(encoding)

    # when
    decoded = open_text(io.BytesIO(data))

    # then
    assert decoded.encoding == expected
    assert decoded.stream.read() == TEXT
    assert decoded.head == TEXT


def test_short_gbk_text_is_not_taken_for_another_east_asian_codec():
    # given / when / then
    assert detect_encoding("你好".encode("gbk")) == "gb18030"


def test_latin_text_is_not_forced_into_gb18030():
    # given / when / then
    assert detect_encoding("café crème, déjà vu, naïve résumé".encode("cp1252")) != "gb18030"


def test_only_the_head_is_read_before_parsing_starts():
    # given
    class CountingBytes(io.BytesIO):
        consumed = 0

        def read(self, size=-1):  # type: ignore[no-untyped-def, override]
            chunk = super().read(size)
            CountingBytes.consumed += len(chunk)
            return chunk

    source = CountingBytes(("好" * HEAD_BYTES * 4).encode("utf-8"))

    # when
    decoded = open_text(source)

    # then
    assert CountingBytes.consumed == HEAD_BYTES
    assert len(decoded.stream.read()) == HEAD_BYTES * 4
