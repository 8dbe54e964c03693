"""Posts of the same document (the same URL) are written one after another, never interleaved.

The writer is safe under concurrency (a unit that lost a race runs again), but versions of one
document written at once undo each other's work and retry in turn; a lock per document id,
held while any request needs it, makes them wait instead. One process only: writers in other
processes still rely on the writer's retries.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class DocumentLocks:
    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[str, tuple[threading.Lock, int]] = {}

    @contextmanager
    def hold(self, document_id: str) -> Iterator[None]:
        """Wait for and hold the lock of ``document_id``; it is dropped when nobody needs it."""
        with self._guard:
            lock, users = self._held.get(document_id, (threading.Lock(), 0))
            self._held[document_id] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                users = self._held[document_id][1] - 1
                if users:
                    self._held[document_id] = (lock, users)
                else:
                    del self._held[document_id]
