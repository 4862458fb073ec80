"""Table tests for ``highlight_spans``: untrusted text in, escaped HTML with marks out."""

from __future__ import annotations

import pytest
from django.utils.safestring import SafeString

from linghang.crm.highlight import EvidenceSpan, highlight_spans


def span(start: int, end: int, ref: str = "1", title: str = "预算", kind: str = "budget"):
    return EvidenceSpan(start=start, end=end, ref=ref, title=title, kind=kind)


MARK = '<mark class="evidence evidence-budget" data-signals="{refs}" title="{title}">{text}</mark>'


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("你好", [], "你好"),
        (
            "今年这块预算五十万左右吧",
            [span(6, 11)],
            "今年这块预算" + MARK.format(refs="1", title="预算", text="五十万左右") + "吧",
        ),
        (
            "<script>alert(1)</script>五十万",
            [span(25, 28)],
            "&lt;script&gt;alert(1)&lt;/script&gt;"
            + MARK.format(refs="1", title="预算", text="五十万"),
        ),
        (
            "a<b>c",
            [span(1, 4)],
            "a" + MARK.format(refs="1", title="预算", text="&lt;b&gt;") + "c",
        ),
        (
            "预算五十万",
            [span(0, 4, ref="1", title="A"), span(2, 5, ref="2", title="B")],
            MARK.format(refs="1", title="A", text="预算")
            + MARK.format(refs="1 2", title="A；B", text="五十")
            + MARK.format(refs="2", title="B", text="万"),
        ),
        (
            "预算五十万",
            [span(0, 5, ref="1", title="A"), span(2, 3, ref="2", title="B")],
            MARK.format(refs="1", title="A", text="预算")
            + MARK.format(refs="1 2", title="A；B", text="五")
            + MARK.format(refs="1", title="A", text="十万"),
        ),
        ("预算", [span(3, 9), span(1, 1), span(-4, 0)], "预算"),
        ("预算五十万", [span(2, 99)], "预算" + MARK.format(refs="1", title="预算", text="五十万")),
    ],
    ids=[
        "no-spans",
        "one-span",
        "script-in-text",
        "tag-inside-span",
        "overlapping",
        "nested",
        "out-of-range-and-empty-dropped",
        "end-clipped",
    ],
)
def test_highlight_spans(text: str, spans: list[EvidenceSpan], expected: str) -> None:
    # given text and spans (from the parametrize table)
    # when
    html = highlight_spans(text, spans)
    # then
    assert isinstance(html, SafeString)
    assert html == expected


def test_title_and_kind_are_escaped_too() -> None:
    # given a signal label that carries markup
    spans = [EvidenceSpan(0, 2, ref="7", title='"><img src=x>', kind='x" onclick="y')]
    # when
    html = highlight_spans("预算", spans)
    # then
    assert "<img" not in html
    assert 'onclick="' not in html
    assert "&quot;&gt;&lt;img src=x&gt;" in html
