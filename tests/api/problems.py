"""``assert_problem``: every error answer is application/problem+json with the RFC 9457 fields."""

from __future__ import annotations

import httpx


def assert_problem(response: httpx.Response, status: int) -> dict:
    """Check the status, the media type and the problem fields; return the body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["detail"]
    return body
