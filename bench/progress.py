"""Progress of a long benchmark run, on stderr so the report on stdout stays clean."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def progress(message: str) -> None:
    elapsed = int(time.perf_counter() - STARTED)
    print(f"[{elapsed // 60:3d}:{elapsed % 60:02d}] {message}", file=sys.stderr, flush=True)
