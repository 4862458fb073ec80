"""Evidence highlighting: wrap signal spans of an untrusted message in ``<mark>``.

Message text comes from customers and exports, so every piece of it is escaped here;
only the assembled, already-escaped pieces are marked safe. Overlapping spans are
handled by cutting the text at every span boundary: each piece is covered by a
(possibly empty) set of spans and becomes one ``<mark>`` naming all of them, so the
output never nests or crosses tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class EvidenceSpan:
    """Characters ``start:end`` of a message that a signal rests on.

    ``ref`` identifies the signal in the page (``data-signals``), ``title`` is the
    tooltip naming it and ``kind`` picks the colour.
    """

    start: int
    end: int
    ref: str
    title: str
    kind: str = ""


def highlight_spans(text: str, spans: Iterable[EvidenceSpan]) -> SafeString:
    """Return ``text`` escaped, with each span's characters inside a ``<mark>``."""
    usable = _clamped(text, spans)
    if not usable:
        return mark_safe(escape(text))  # safe: the whole text was escaped
    cuts = sorted({0, len(text)} | {s.start for s in usable} | {s.end for s in usable})
    pieces = [
        _render_piece(text[start:end], [s for s in usable if s.start <= start and end <= s.end])
        for start, end in pairwise(cuts)
    ]
    return mark_safe("".join(pieces))  # safe: _render_piece escaped every piece


def _clamped(text: str, spans: Iterable[EvidenceSpan]) -> list[EvidenceSpan]:
    """Drop spans that are empty or fall outside the text; clip the rest to it."""
    result = []
    for span in spans:
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < end:
            result.append(
                EvidenceSpan(start=start, end=end, ref=span.ref, title=span.title, kind=span.kind)
            )
    return result


def _render_piece(piece: str, covering: Sequence[EvidenceSpan]) -> str:
    if not covering:
        return str(escape(piece))
    return str(
        format_html(
            '<mark class="evidence evidence-{}" data-signals="{}" title="{}">{}</mark>',
            covering[0].kind or "other",
            " ".join(span.ref for span in covering),
            "；".join(span.title for span in covering),
            piece,
        )
    )
