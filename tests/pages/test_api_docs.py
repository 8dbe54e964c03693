"""``/docs`` and ``/redoc`` in Chromium with every other host blocked: both draw the API."""

from __future__ import annotations

import pytest

from tests.pages.conftest import WatchedPage


def block_other_hosts(watch: WatchedPage) -> list[str]:
    """Abort every request not to the app; return the list the aborted URLs go to."""
    blocked: list[str] = []

    def route(route: object) -> None:
        url = route.request.url
        if url.startswith(watch.base_url + "/") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    watch.page.context.route("**/*", route)
    return blocked


@pytest.mark.parametrize(
    ("path", "drawn"),
    [
        ("/docs", "#swagger-ui .opblock-summary-path[data-path='/v1/claims']"),
        ("/redoc", "h2:has-text('List claims: who said what, when')"),
    ],
)
def test_the_api_docs_render_with_the_network_blocked(
    watched: WatchedPage, path: str, drawn: str
) -> None:
    blocked = block_other_hosts(watched)
    response = watched.page.goto(watched.base_url + path)
    assert response is not None and response.status == 200
    watched.page.locator(drawn).first.wait_for(timeout=30_000)
    assert blocked == []
    watched.assert_clean()
