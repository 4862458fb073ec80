"""Tables from files: CSV in any common Chinese encoding, and XLSX, streamed row by row.

A reader yields ``(line, cells)`` where ``line`` is the row number a spreadsheet shows
(the header is line 1), so every error can point at the row a person will look for.
Nothing is loaded whole: CSV is decoded as it streams, XLSX is read in openpyxl's
read-only mode.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from django.utils.translation import gettext as _

HEAD_BYTES = 64 * 1024
# Checked only when the head is not UTF-8. GB18030 is a superset of GB2312 and GBK,
# so a file saved as "ANSI" by Chinese Excel decodes with it.
ENCODING_CANDIDATES = ["gb18030", "big5", "cp1252"]
SUPERSEDED_BY_GB18030 = {"gb2312", "gbk", "cp936", "hz"}
DELIMITERS = ",\t;|"
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
# No value an import takes is longer than a few hundred characters: a field with line
# breaks far beyond that is the rest of the file swallowed by an unclosed quote.
SWALLOWED_FIELD_CHARS = 2000

Cells = list[Any]


@dataclass(frozen=True)
class UnreadableLines:
    """Physical lines ``first``–``last`` the CSV parser could not turn into a row.

    Yielded in place of the row's cells, so the pipeline reports them as one row error
    and reading goes on with the next line.
    """

    first: int
    last: int
    message: str


NumberedRows = Iterator[tuple[int, Cells | UnreadableLines]]


class ReadError(Exception):
    """The file cannot be read any further; rows before ``line`` were read fine.

    ``line`` 0 means the file as a whole (missing, empty, not a spreadsheet).
    """

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Table:
    """A header and the rows below it, numbered as a spreadsheet numbers them."""

    header: list[str]
    rows: NumberedRows
    encoding: str = ""


@contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """Open ``path`` as a table; the file stays open until the ``with`` block ends."""
    if path.is_dir():
        raise ReadError(0, _("这是一个目录，不是文件：%(path)s") % {"path": path})
    if not path.is_file():
        raise ReadError(0, _("文件不存在：%(path)s") % {"path": path})
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReadError(0, _("不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV"))
    opener = _open_xlsx if suffix in XLSX_SUFFIXES else _open_csv
    with opener(path) as table:
        yield table


def table_from_records(records: Iterable[Mapping[str, Any]]) -> Table:
    """An in-memory table (used by generated sample data): keys of the first record."""
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return Table(header=[], rows=iter(()))
    header = list(first)
    chained = itertools.chain([first], iterator)
    rows = (
        (line, [record.get(key) for key in header]) for line, record in enumerate(chained, start=2)
    )
    return Table(header=header, rows=rows)


def detect_encoding(head: bytes) -> str:
    """Guess the encoding from the first bytes of a file."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # final=False: the head may end in the middle of a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=ENCODING_CANDIDATES).best()
    encoding = best.encoding if best is not None else "gb18030"
    return "gb18030" if encoding in SUPERSEDED_BY_GB18030 else encoding


def sniff_delimiter(first_line: str) -> str:
    """The separator used most in the header line (comma when there is none)."""
    counts = {delimiter: first_line.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


@contextmanager
def _open_csv(path: Path) -> Iterator[Table]:
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
        raw.seek(0)
        encoding = detect_encoding(head)
        first_line = head.decode(encoding, errors="ignore").lstrip("\ufeff").split("\n", 1)[0]
        source = _LineSource(_decoded_lines(raw, encoding))
        reader = csv.reader(source, delimiter=sniff_delimiter(first_line))
        rows = _numbered_csv_rows(reader, source, encoding)
        header = next(rows, None)
        if header is None:
            raise ReadError(0, _("文件为空"))
        if isinstance(header[1], UnreadableLines):
            raise ReadError(1, header[1].message)
        yield Table(header=[_header_text(cell) for cell in header[1]], rows=rows, encoding=encoding)


def _decoded_lines(raw: BinaryIO, encoding: str) -> Iterator[str]:
    """Decode line by line, so one undecodable line costs one row, not the rest of the file.

    Splitting the bytes at ``\n`` is safe for UTF-8, GB18030, Big5 and cp1252: none
    uses that byte inside a multi-byte character. Undecodable bytes become U+FFFD and
    the pipeline refuses the row that holds them. UTF-16 is decoded as one stream.
    """
    if encoding.startswith("utf-16"):
        yield from io.TextIOWrapper(raw, encoding=encoding, newline="")
        return
    for number, line in enumerate(raw):
        yield line.decode(
            encoding if number == 0 else encoding.removesuffix("-sig"), errors="replace"
        )


def _numbered_csv_rows(reader: Any, source: _LineSource, encoding: str) -> NumberedRows:
    """Records numbered from 1 (the header); records the parser garbled become problems.

    ``reader.line_num`` counts physical lines, so a record that swallowed several of
    them (an unclosed quote) is named by the lines it took: none vanishes unreported.
    """
    record, width = 0, 0
    while True:
        first = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            message = _("第 %(line)s 行无法按 %(encoding)s 解码，后续行未读取") % {
                "line": record + 1,
                "encoding": encoding,
            }
            raise ReadError(record + 1, message) from exc
        except csv.Error as exc:
            if reader.line_num < first:  # nothing consumed: going on would loop forever
                raise ReadError(record + 1, csv_error_message(exc, first, first)) from exc
            record += 1
            message = csv_error_message(exc, first, reader.line_num)
            yield record, UnreadableLines(first, reader.line_num, message)
            continue
        record += 1
        width = width or len(cells)
        if reader.line_num > first and swallowed_lines(
            cells, source.exhausted, width, reader.dialect.delimiter
        ):
            message = _("引号未闭合，第 %(lines)s 行无法读取") % {
                "lines": line_range(first, reader.line_num)
            }
            yield record, UnreadableLines(first, reader.line_num, message)
            continue
        yield record, cells


def swallowed_lines(cells: Cells, reached_end: bool, width: int, delimiter: str) -> bool:
    """Whether a multi-line record is an unclosed quote rather than a field with line breaks.

    It is when the parser ran off the end of the file looking for the closing quote
    (a complete record never asks past its own last line), when a field with line
    breaks is far longer than any value an import takes, or when the lines inside
    a field look like rows of the table themselves.
    """
    if reached_end:
        return True
    for cell in cells:
        if "\n" not in cell:
            continue
        if len(cell) > SWALLOWED_FIELD_CHARS:
            return True
        inner = cell.splitlines()[1:]
        if width > 2 and any(line.count(delimiter) >= width - 1 for line in inner):
            return True
    return False


def csv_error_message(exc: csv.Error, first: int = 0, last: int = 0) -> str:
    """The parser's English error as a sentence a person can act on."""
    lines = line_range(first, last)
    if "field larger than field limit" in str(exc):
        return _("字段超过 %(limit)s 个字符（多半是引号未闭合），第 %(lines)s 行无法读取") % {
            "limit": csv.field_size_limit(),
            "lines": lines,
        }
    return _("CSV 格式错误（%(error)s），第 %(lines)s 行无法读取") % {
        "error": exc,
        "lines": lines,
    }


def line_range(first: int, last: int) -> str:
    return str(first) if last <= first else f"{first}–{last}"


class _LineSource:
    """The decoded lines, remembering whether the parser asked for one past the last."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.exhausted = False

    def __iter__(self) -> _LineSource:
        return self

    def __next__(self) -> str:
        try:
            return next(self._lines)
        except StopIteration:
            self.exhausted = True
            raise


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Table]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ReadError(0, _("无法作为 XLSX 打开：%(error)s") % {"error": exc}) from exc
    try:
        sheet_rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(sheet_rows, None)
        if header is None:
            raise ReadError(0, _("文件为空"))
        rows = ((line, list(cells)) for line, cells in enumerate(sheet_rows, start=2))
        yield Table(header=[_header_text(cell) for cell in header], rows=rows, encoding="xlsx")
    finally:
        workbook.close()


def _header_text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip().lstrip("\ufeff")
