"""Build and run a throwaway Neo4j 5.26 Community server for tests and benchmarks.

saidwhen must run unchanged against a real Neo4j 5, so the test suite and the
benchmarks need one on a machine that has only Java, Maven and package
registries. tools/neo4j-server/ is a tiny Java launcher that embeds Neo4j and
serves Bolt on 127.0.0.1, with the hardening the README's Neo4j section names (no
LOAD CSV of files or from any address, no plugin procedures); this module builds
it on demand, starts it on a free port with its own data folder and stops it by
its own pid.

    from tools.neo4j_server import start
    with start(tmp_path / "neo4j", password="test-pass") as neo:
        driver = GraphDatabase.driver(neo.uri, auth=(neo.user, neo.password))

By hand: ``python tools/neo4j_server.py --data /tmp/neo4j`` (Ctrl-C stops it).

Only the standard library is imported at module level; the ``neo4j`` driver is
imported lazily, for the readiness check alone.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

PROJECT_DIR = Path(__file__).resolve().parent / "neo4j-server"
TARGET_DIR = PROJECT_DIR / "target"
JAR = TARGET_DIR / "neo4j-server.jar"
LOG_NAME = "neo4j-server.log"
USER = "neo4j"
READY_PREFIX = "READY "
STOP_TIMEOUT = 60.0


class Neo4jServerError(RuntimeError):
    """The launcher could not be built, started or verified."""


def _require_tool(name: str, why: str) -> str:
    """Return the path of a tool, or fail with a message a person can act on."""
    path = shutil.which(name)
    if path is None:
        raise Neo4jServerError(
            f"'{name}' was not found on PATH; it is needed to {why}. "
            "Install a JDK 17 or 21 and Maven 3 (Debian: openjdk-17-jdk-headless maven)."
        )
    return path


def _java() -> str:
    """JAVA_HOME's java wins, so a caller can pick a JDK other than the default."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    return _require_tool("java", "run the Neo4j launcher")


def _sources() -> Iterator[Path]:
    yield PROJECT_DIR / "pom.xml"
    yield from (p for p in (PROJECT_DIR / "src").rglob("*") if p.is_file())


def _is_stale() -> bool:
    """Rebuild when the jar or its copied dependencies are missing or a source is newer."""
    if not JAR.is_file() or not (TARGET_DIR / "lib").is_dir():
        return True
    built = JAR.stat().st_mtime
    return any(p.stat().st_mtime > built for p in _sources())


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """Serialise builds so parallel test workers do not run Maven on one target/ at once."""
    TARGET_DIR.mkdir(parents=True, exist_ok=True)
    with open(TARGET_DIR / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(force: bool = False) -> Path:
    """Build the launcher jar when needed and return its path.

    The first build downloads Neo4j (~125 MB) into ~/.m2; later ones work offline.
    """
    with _build_lock():
        if not force and not _is_stale():
            return JAR
        mvn = _require_tool("mvn", "build tools/neo4j-server")
        _require_tool("java", "build tools/neo4j-server")
        cmd = [mvn, "-q", "-B", "package", "-DskipTests"]
        result = subprocess.run(cmd, cwd=PROJECT_DIR, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not JAR.is_file():
            output = (result.stdout + result.stderr).strip().splitlines()
            tail = "\n".join(output[-40:])
            raise Neo4jServerError(
                f"{' '.join(cmd)} failed in {PROJECT_DIR} ({result.returncode}):\n{tail}"
            )
        JAR.touch()  # Maven may leave the jar's mtime untouched when nothing changed.
        return JAR


def free_port() -> int:
    """A port that was free a moment ago; the launcher fails loudly if it is taken since."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no log at {path})"


class Neo4jProcess:
    """A running launcher process; stop() or the context manager ends it by its own pid."""

    def __init__(
        self, popen: subprocess.Popen[str], uri: str, password: str, log_path: Path
    ) -> None:
        self._popen = popen
        self.uri = uri
        self.user = USER
        self.password = password
        self.log_path = log_path

    @property
    def pid(self) -> int:
        return self._popen.pid

    @property
    def running(self) -> bool:
        return self._popen.poll() is None

    def stop(self, timeout: float = STOP_TIMEOUT) -> int:
        """SIGTERM lets the shutdown hook checkpoint the store; SIGKILL only if it hangs."""
        if self._popen.poll() is None:
            self._popen.send_signal(signal.SIGTERM)
            try:
                self._popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self._popen.kill()
                self._popen.wait(10)
        for stream in (self._popen.stdin, self._popen.stdout):
            if stream is not None:
                stream.close()
        return int(self._popen.returncode)

    def __enter__(self) -> Neo4jProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"Neo4jProcess(uri={self.uri!r}, pid={self.pid})"


def _command(
    java: str, jar: Path, data_dir: Path, port: int, heap: str, pagecache: str
) -> list[str]:
    # --exit-on-stdin-eof: if this Python process dies, the pipe closes and the server follows.
    return [
        java,
        f"-Xmx{heap}",
        "-XX:+ExitOnOutOfMemoryError",
        "-jar",
        str(jar),
        "--data",
        str(data_dir),
        "--port",
        str(port),
        "--pagecache",
        pagecache,
        "--exit-on-stdin-eof",
    ]


def _read_ready_line(popen: subprocess.Popen[str], timeout: float) -> str | None:
    """Wait for the READY line on stdout; None if the process exits or time runs out."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert popen.stdout is not None
        for line in popen.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, name="neo4j-stdout", daemon=True).start()
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            return None
        if line is None:
            return None
        if line.startswith(READY_PREFIX):
            return line[len(READY_PREFIX) :].strip()
    return None


def _verify(uri: str, password: str, timeout: float) -> None:
    """READY means Bolt is bound; a real query through the driver proves auth and Cypher work."""
    from neo4j import GraphDatabase  # lazy: the rest of this module is stdlib only

    deadline = time.monotonic() + timeout
    with GraphDatabase.driver(uri, auth=(USER, password)) as driver:
        while True:
            try:
                records, _, _ = driver.execute_query("RETURN 1 AS one")
                if records[0]["one"] == 1:
                    return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


def start(
    data_dir: Path,
    password: str,
    heap: str = "512m",
    timeout: float = 120,
    pagecache: str = "128m",
) -> Neo4jProcess:
    """Start a server on a free 127.0.0.1 port with its store and logs in data_dir.

    data_dir/neo4j-server.log gets the launcher's stderr; Neo4j's own debug.log
    lands in data_dir/logs/. On any failure the process is stopped and the
    error carries the tail of the log.
    """
    jar = build()
    java = _java()
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / LOG_NAME
    port = free_port()
    env = {**os.environ, "NEO4J_PASSWORD": password}  # env, not argv: keeps it out of ps
    started = time.monotonic()
    with open(log_path, "a") as log:
        popen = subprocess.Popen(
            _command(java, jar, data_dir, port, heap, pagecache),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=env,
            start_new_session=True,  # a terminal's Ctrl-C reaches us, and we stop it in order
        )
    process = Neo4jProcess(popen, f"bolt://127.0.0.1:{port}", password, log_path)
    try:
        uri = _read_ready_line(popen, timeout)
        if uri is None:
            state = (
                f"exited with {popen.returncode}"
                if popen.poll() is not None
                else f"not ready after {timeout}s"
            )
            raise Neo4jServerError(f"Neo4j {state}; tail of {log_path}:\n{_log_tail(log_path)}")
        process.uri = uri
        _verify(uri, password, max(5.0, timeout - (time.monotonic() - started)))
    except BaseException as exc:
        process.stop()
        if isinstance(exc, Neo4jServerError):
            raise
        tail = _log_tail(log_path)
        raise Neo4jServerError(
            f"Neo4j at {process.uri} failed its check: {exc!r}; tail of {log_path}:\n{tail}"
        ) from exc
    return process


def main(argv: list[str] | None = None) -> int:
    """Run a server by hand until Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder for the store and logs")
    parser.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD", "saidwhen-test"))
    parser.add_argument("--heap", default="512m")
    parser.add_argument("--pagecache", default="128m")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--rebuild", action="store_true", help="force a Maven build first")
    args = parser.parse_args(argv)
    if args.rebuild:
        build(force=True)
    began = time.monotonic()
    with start(args.data, args.password, args.heap, args.timeout, args.pagecache) as neo:
        took = time.monotonic() - began
        print(
            f"{neo.uri} user={neo.user} pid={neo.pid} ready in {took:.1f}s; Ctrl-C stops",
            flush=True,
        )
        stop = threading.Event()
        # Explicit handlers: a shell starts background jobs with SIGINT ignored.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        while not stop.wait(1.0) and neo.running:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
