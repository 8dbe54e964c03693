"""The app served by uvicorn on a free loopback port, and headless Chromium pointed at it.

Pages are checked in a real browser against a real server and a real database. Each page
under test records console errors, uncaught exceptions and every URL it requested, so a
test can assert the page is clean and asked no other host for anything.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn

from api.app import create_app
from graph.settings import Settings
from graph.store import Store

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
LOCAL_SCHEMES = ("data:", "blob:", "about:")
SERVER_START_SECONDS = 20


@dataclass
class WatchedPage:
    """A browser tab and what it did: console errors, page errors, requested URLs."""

    page: object
    base_url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        """No console error, no uncaught exception, nothing asked of another host."""
        assert self.errors == []
        outside = [
            url
            for url in self.requests
            if not url.startswith(self.base_url + "/") and not url.startswith(LOCAL_SCHEMES)
        ]
        assert outside == []

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server_settings(store: Store) -> Settings:
    """The settings the served app runs with; a test module may override this fixture."""
    return store.settings


@pytest.fixture
def live_server(store: Store, server_settings: Settings) -> Iterator[str]:
    """The real app on 127.0.0.1 in a background thread; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(
        create_app(server_settings, store), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail(f"uvicorn did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def watched(browser: object, live_server: str) -> Iterator[WatchedPage]:
    """A fresh tab that records errors and requests; phone-sized pages use their own."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = WatchedPage(page, live_server)
    page.on("console", lambda message: _record_console(watch, message))
    page.on("pageerror", lambda error: watch.errors.append(f"pageerror: {error}"))
    page.on("request", lambda request: watch.requests.append(request.url))
    try:
        yield watch
    finally:
        context.close()


def _record_console(watch: WatchedPage, message: object) -> None:
    if message.type == "error":
        watch.errors.append(f"console: {message.text}")


PHONE = {"width": 390, "height": 844}


def assert_fits_a_phone(browser: object, base_url: str, paths: list[str], screenshot: str) -> None:
    """Each page at 390 px wide, once its own requests are done (the timeline's counts come
    after its first paint), scrolls no sideways; the last one is photographed."""
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        page = context.new_page()
        for path in paths:
            page.goto(base_url + path, wait_until="networkidle")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
        WatchedPage(page, base_url).screenshot(screenshot)
    finally:
        context.close()
