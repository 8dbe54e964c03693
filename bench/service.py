"""The HTTP service as the benchmark meets it: a real uvicorn process on loopback.

The service runs in its own process, as in production, so its latency includes the socket,
uvicorn and FastAPI, and its peak memory is its own. It connects to the benchmark's
database through the same settings (for the embedded server, the data folder whose running
server it finds), and is stopped by its own pid.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import httpx
import psutil

from graph.settings import Settings
from graph.store import Store

START_TIMEOUT = 60.0
HTTP_PROTOCOL = "api.http_protocol:JoinedWritesProtocol"
"""The protocol ``saidwhen serve`` runs (api/http_protocol.py)."""


@dataclass
class Service:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, timeout: float = 15.0) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_environment(settings: Settings) -> dict[str, str]:
    """``SAIDWHEN_*`` variables that point a new process at the same database."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SAIDWHEN_")}
    env["SAIDWHEN_DATA_DIR"] = str(settings.data_dir)
    env["SAIDWHEN_EMBEDDED_DATABASE"] = settings.embedded_database
    env["SAIDWHEN_RESPONSE_CACHE_BYTES"] = str(settings.response_cache_bytes)
    if settings.neo4j_uri:
        env["SAIDWHEN_NEO4J_URI"] = settings.neo4j_uri
        env["SAIDWHEN_NEO4J_USER"] = settings.neo4j_user
        env["SAIDWHEN_NEO4J_DATABASE"] = settings.neo4j_database
        if settings.neo4j_password:
            env["SAIDWHEN_NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    return env


def start_service(settings: Settings, log_dir: Path) -> Service:
    """Start ``uvicorn api.app:create_app`` on a free loopback port, with the HTTP protocol
    ``saidwhen serve`` runs; return once it answers."""
    port = free_port()
    log_path = log_dir / f"service-{port}.log"
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
               "--http", HTTP_PROTOCOL, "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning", "--no-access-log"]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env=service_environment(settings), stdout=log, stderr=subprocess.STDOUT
        )
    service = Service(process, f"http://127.0.0.1:{port}", log_path)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the service exited with status {process.returncode}: "
                f"{log_path.read_text()[-2000:]}"
            )
        try:
            if httpx.get(f"{service.base_url}/health", timeout=2.0).status_code == 200:
                return service
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    service.stop()
    raise RuntimeError(f"the service did not answer /health within {START_TIMEOUT:.0f} s")


def peak_rss_mib(pid: int | None) -> float | None:
    """The process's peak resident memory (VmHWM) in MiB; None when it cannot be read."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def database_pid(store: Store) -> int | None:
    """The database server's pid: the embedded server's own, else the local Bolt listener.

    None for a remote database, whose memory the benchmark cannot see.
    """
    if store.embedded_server is not None:
        return store.embedded_server.pid
    uri = urlparse(store.settings.neo4j_uri if store.settings else "")
    if uri.hostname not in ("127.0.0.1", "localhost"):
        return None
    for connection in psutil.net_connections(kind="tcp"):
        if connection.status == psutil.CONN_LISTEN and connection.laddr.port == uri.port:
            return connection.pid
    return None
