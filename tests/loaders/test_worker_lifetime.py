"""Extraction workers die with the loading process, even when it is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux prctl")

LOADER = """
import multiprocessing, sys, threading, time
from loaders.documents import SourceDocument
from loaders.gazetteer import Gazetteer
from loaders.parallel_extraction import IN_PROCESS_FIRST, extract_in_order

def report_workers():
    while len(multiprocessing.active_children()) < 2:
        time.sleep(0.05)
    print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)

short = ["Tess Lund said the ferry would run."] * IN_PROCESS_FIRST
long = ["Tess Lund said the ferry would run, " * 50_000] * 8
documents = [
    SourceDocument(text, None, None, None, None, None, None, "text") for text in short + long
]
threading.Thread(target=report_workers, daemon=True).start()
for _ in extract_in_order(documents, Gazetteer.default(), workers=2):
    pass
"""


def is_running(pid: int) -> bool:
    """Alive and not a zombie (a killed orphan may wait for a reaper that never comes)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def wait_until_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(is_running(pid) for pid in pids):
        time.sleep(0.1)
    return [pid for pid in pids if is_running(pid)]


def test_workers_die_when_the_loading_process_is_killed() -> None:
    root = Path(__file__).resolve().parents[2]
    loader = subprocess.Popen(
        [sys.executable, "-c", LOADER], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        workers = [int(pid) for pid in loader.stdout.readline().split()]
        assert len(workers) == 2, "the loader did not report its workers"
        os.kill(loader.pid, signal.SIGKILL)
        loader.wait()
        survivors = wait_until_gone(workers, seconds=5)
        for pid in survivors:
            os.kill(pid, signal.SIGKILL)
        assert survivors == []
    finally:
        if loader.poll() is None:
            loader.kill()
            loader.wait()
