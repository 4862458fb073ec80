"""The one place that decides between an htmx partial and a full page.

As NetBox's ``utilities/htmx.py``: a request made by htmx (and not a boosted link,
which expects a whole page) gets only the fragment it will swap in.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def htmx_partial(request: HttpRequest) -> bool:
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.boosted  # type: ignore[union-attr]


def render_page(
    request: HttpRequest, template: str, partial: str, context: dict[str, Any]
) -> HttpResponse:
    """Render ``partial`` for htmx, ``template`` (which includes the partial) otherwise."""
    return render(request, partial if htmx_partial(request) else template, context)
