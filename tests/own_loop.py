"""Running a coroutine to its end from a test, whatever the test's thread holds.

A browser test earlier in the session may leave an event loop running in the main thread, and
``asyncio.run`` refuses to start inside one: the coroutine runs on a new loop in a thread of its
own instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_on_own_loop(coroutine: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
    with ThreadPoolExecutor(max_workers=1) as runner:
        return runner.submit(asyncio.run, coroutine).result(timeout=timeout)
