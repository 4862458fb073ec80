"""``/api/docs`` works on an offline install: Swagger UI comes from our static files."""

from __future__ import annotations

import re


def test_api_docs_reference_no_external_host(client, rep):
    # given
    client.force_login(rep)
    # when
    response = client.get("/api/docs")
    # then
    html = response.text
    assets = re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', html)
    assert response.status_code == 200
    assert any("swagger-ui-bundle.js" in url for url in assets)
    assert [url for url in assets if url.startswith(("http:", "https:", "//"))] == []
    assert "cdn.jsdelivr.net" not in html
