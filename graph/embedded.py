"""The embedded default store: an ArcadeDB server with its Bolt plugin, run as a child process.

The server comes from the ``arcadedb-embedded`` wheel, which bundles a JRE and the jars. It
binds to 127.0.0.1 on free ports, keeps everything in ``<data_dir>/arcadedb`` and writes
``<data_dir>/server.json`` (pid and ports) once a query on the database succeeds — Bolt
answers before the database is usable, so an open port is not readiness. One server per
data folder: a second saidwhen process finds server.json, checks the pid and reuses it; a
file left by a crash (dead pid) is cleared. Passwords are generated once and kept in the
data folder with mode 0600. The server also gets a read-only user, because this server
does not refuse writes in READ transactions (see notes/arcadedb.md): ``/v1/query`` runs as
that user.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import neo4j

from graph.errors import StoreUnavailable
from graph.settings import Settings

log = logging.getLogger(__name__)

READER_USER = "reader"
LOG_TAIL_LINES = 30


@dataclass(frozen=True)
class EmbeddedServer:
    pid: int
    bolt_port: int
    http_port: int
    database: str
    root_password: str
    reader_password: str

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


def package_dir() -> Path:
    import arcadedb_embedded

    return Path(arcadedb_embedded.__file__).parent


class EmbeddedPaths:
    """Where the embedded server keeps what inside the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.root = data_dir / "arcadedb"
        self.config = self.root / "config"
        self.databases = self.root / "databases"
        self.log_file = data_dir / "server.log"
        self.state_file = data_dir / "server.json"
        self.lock_file = data_dir / "server.lock"
        self.root_password = data_dir / "root-password"
        self.reader_password = data_dir / "reader-password"


def ensure_server(settings: Settings) -> tuple[EmbeddedServer, bool]:
    """Return the running server for the data folder, starting one if needed.

    The boolean says whether this call started it (and so should stop it when done).
    """
    paths = EmbeddedPaths(settings.data_dir)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with _start_lock(paths):
        running = find_running_server(settings)
        if running is not None:
            return running, False
        return _start_server(settings, paths), True


def find_running_server(settings: Settings) -> EmbeddedServer | None:
    """The server recorded in the data folder if its process is alive; clears a stale record."""
    paths = EmbeddedPaths(settings.data_dir)
    if not paths.state_file.exists():
        return None
    try:
        state = json.loads(paths.state_file.read_text())
        pid = int(state["pid"])
    except (ValueError, KeyError, json.JSONDecodeError):
        log.warning("%s is unreadable; treating the server as stopped", paths.state_file)
        paths.state_file.unlink(missing_ok=True)
        return None
    if not _is_our_java(pid):
        log.info("clearing stale server record for pid %d (no such process)", pid)
        paths.state_file.unlink(missing_ok=True)
        return None
    return EmbeddedServer(
        pid=pid,
        bolt_port=int(state["bolt_port"]),
        http_port=int(state["http_port"]),
        database=settings.embedded_database,
        root_password=paths.root_password.read_text().strip(),
        reader_password=paths.reader_password.read_text().strip(),
    )


def stop_server(settings: Settings, timeout: float = 30.0) -> bool:
    """Stop the data folder's server with SIGTERM (SIGKILL after ``timeout``). False if none ran."""
    server = find_running_server(settings)
    if server is None:
        return False
    os.kill(server.pid, signal.SIGTERM)
    if not _wait_for_exit(server.pid, timeout):
        log.warning("server pid %d ignored SIGTERM for %.0f s; killing it", server.pid, timeout)
        os.kill(server.pid, signal.SIGKILL)
        _wait_for_exit(server.pid, 10.0)
    EmbeddedPaths(settings.data_dir).state_file.unlink(missing_ok=True)
    return True


def _start_server(settings: Settings, paths: EmbeddedPaths) -> EmbeddedServer:
    java = (
        Path(settings.embedded_java) if settings.embedded_java else package_dir() / "jre/bin/java"
    )
    if not os.access(java, os.X_OK):
        raise StoreUnavailable(
            f"cannot start the embedded store: Java not found or not executable at {java} "
            "(reinstall arcadedb-embedded, or set SAIDWHEN_EMBEDDED_JAVA to a Java 17+ binary)"
        )
    bolt_port = _choose_port(settings.embedded_bolt_port, "SAIDWHEN_EMBEDDED_BOLT_PORT")
    http_port = _choose_port(settings.embedded_http_port, "SAIDWHEN_EMBEDDED_HTTP_PORT")
    root_password = _read_or_create_secret(paths.root_password)
    reader_password = _read_or_create_secret(paths.reader_password)
    paths.root.mkdir(parents=True, exist_ok=True)
    _write_reader_group(paths, settings)
    command = [
        str(java),
        f"-Xmx{settings.embedded_heap}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt_port}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        f"-Darcadedb.server.rootPath={paths.root}",
        f"-Darcadedb.server.databaseDirectory={paths.databases}",
        f"-Darcadedb.server.rootPassword={root_password}",
        f"-Darcadedb.server.defaultDatabases={settings.embedded_database}[root]",
        f"-Darcadedb.command.timeout={int(settings.embedded_command_timeout * 1000)}",
        "-cp",
        str(package_dir() / "jars" / "*"),
        "com.arcadedb.server.ArcadeDBServer",
    ]
    started = time.monotonic()
    with paths.log_file.open("ab") as log_output:
        try:
            process = subprocess.Popen(
                command,
                cwd=paths.root,
                stdout=log_output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            raise StoreUnavailable(
                f"cannot start the embedded store with {java}: {error}"
            ) from error
    server = EmbeddedServer(
        process.pid,
        bolt_port,
        http_port,
        settings.embedded_database,
        root_password,
        reader_password,
    )
    try:
        _wait_until_ready(server, process, paths, settings.embedded_start_timeout)
        _ensure_reader_user(server)
    except BaseException:
        _terminate(process)
        raise
    paths.state_file.write_text(
        json.dumps({"pid": server.pid, "bolt_port": bolt_port, "http_port": http_port})
    )
    log.info(
        "embedded store started (pid %d, %s) in %.1f s",
        server.pid,
        server.uri,
        time.monotonic() - started,
    )
    return server


def _wait_until_ready(
    server: EmbeddedServer, process: subprocess.Popen, paths: EmbeddedPaths, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreUnavailable(
                f"the embedded store exited with code {process.returncode} while starting. "
                f"Last lines of {paths.log_file}:\n{_log_tail(paths.log_file)}\n"
                "Check that the data folder is writable and not used by another server, "
                "or move it aside and start again."
            )
        try:
            with neo4j.GraphDatabase.driver(
                server.uri, auth=("root", server.root_password)
            ) as driver:
                with driver.session(database=server.database) as session:
                    session.run("RETURN 1").consume()
            return
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError) as error:
            last_error = error
            time.sleep(0.2)
    raise StoreUnavailable(
        f"the embedded store did not answer within {timeout:.0f} s ({last_error}). "
        f"Last lines of {paths.log_file}:\n{_log_tail(paths.log_file)}\n"
        "Raise SAIDWHEN_EMBEDDED_START_TIMEOUT on a slow machine."
    )


def _ensure_reader_user(server: EmbeddedServer) -> None:
    """Create the read-only user once; its group (written before start) may only read records."""
    user = {
        "name": READER_USER,
        "password": server.reader_password,
        "databases": {server.database: ["reader"]},
    }
    import httpx  # here, not at the top: only a start needs it, and it costs every command 0.1 s

    base = f"http://127.0.0.1:{server.http_port}/api/v1/server"
    auth = ("root", server.root_password)
    response = httpx.post(
        base, auth=auth, json={"command": f"create user {json.dumps(user)}"}, timeout=10.0
    )
    if response.status_code != 200 and "already exist" not in response.text.lower():
        raise StoreUnavailable(f"could not create the read-only user: {response.text[:300]}")


ARCADEDB_FULLTEXT_SQL = (
    "CREATE PROPERTY Claim.text IF NOT EXISTS STRING",
    "CREATE INDEX claim_text IF NOT EXISTS ON Claim (text) FULL_TEXT",
)


def create_fulltext_indexes(server: EmbeddedServer) -> None:
    """Build the full-text index through the server's SQL endpoint: its Bolt side refuses
    ``CREATE FULLTEXT INDEX``, and ``db.index.fulltext.queryNodes`` then finds this one."""
    import httpx  # here, not at the top: only schema creation needs it, and it costs every command

    url = f"http://127.0.0.1:{server.http_port}/api/v1/command/{server.database}"
    with httpx.Client(timeout=60.0) as client:
        for statement in ARCADEDB_FULLTEXT_SQL:
            response = client.post(
                url,
                auth=("root", server.root_password),
                json={"language": "sql", "command": statement},
            )
            if response.status_code != 200:
                raise StoreUnavailable(
                    f"the embedded server refused {statement!r}: {response.text[:300]}"
                )


def _write_reader_group(paths: EmbeddedPaths, settings: Settings) -> None:
    """Add a group whose types may only be read; the server reads this file at start.

    No ``resultSetLimit``: it caps the rows a statement works through, so an aggregate
    over more rows than the cap counted short; /v1/query caps what it reads instead.
    """
    groups_file = paths.config / "server-groups.json"
    paths.config.mkdir(parents=True, exist_ok=True)
    groups = json.loads(groups_file.read_text()) if groups_file.exists() else _default_groups()
    groups["databases"]["*"]["groups"]["reader"] = {
        "resultSetLimit": -1,
        "readTimeout": int(settings.query_timeout * 1000),
        "access": [],
        "types": {"*": {"access": ["readRecord"]}},
    }
    groups_file.write_text(json.dumps(groups, indent=2))


def _default_groups() -> dict:
    """The groups the server writes on its first start; written by us as we go first."""
    all_access = ["createRecord", "readRecord", "updateRecord", "deleteRecord"]
    return {
        "databases": {
            "*": {
                "groups": {
                    "admin": {
                        "resultSetLimit": -1,
                        "readTimeout": -1,
                        "access": ["updateSecurity", "updateSchema", "updateDatabaseSettings"],
                        "types": {"*": {"access": all_access}},
                    },
                    "*": {
                        "resultSetLimit": -1,
                        "readTimeout": -1,
                        "access": [],
                        "types": {"*": {"access": []}},
                    },
                }
            }
        },
        "version": 2,
    }


def _choose_port(requested: int, setting_name: str) -> int:
    """A free loopback port, or the requested one if it is free (else a clear error)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", requested))
        except OSError as error:
            raise StoreUnavailable(
                f"port {requested} on 127.0.0.1 is in use ({error.strerror}); stop what holds it, "
                f"or set {setting_name}=0 to let saidwhen pick a free port"
            ) from error
        return probe.getsockname()[1]


def _read_or_create_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    secret = secrets.token_urlsafe(24)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secret)
    return secret


@contextmanager
def _start_lock(paths: EmbeddedPaths):
    """Serialise start-up between saidwhen processes sharing a data folder."""
    with paths.lock_file.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _is_our_java(pid: int) -> bool:
    """True when ``pid`` is alive and is an ArcadeDB server (a recycled pid is not)."""
    try:
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return b"com.arcadedb.server.ArcadeDBServer" in command_line


def _wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if finished == pid:
                return True
        except ChildProcessError:
            if not _is_our_java(pid):
                return True
        time.sleep(0.1)
    return False


def _terminate(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _log_tail(path: Path) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(lines[-LOG_TAIL_LINES:])
