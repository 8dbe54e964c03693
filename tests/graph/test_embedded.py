"""The embedded server: start, reuse, crash recovery and clear start-up errors.

Each test here runs its own server in its own data folder (a few seconds each).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import time
from pathlib import Path

import pytest

from graph import embedded
from graph.errors import StoreUnavailable
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.stats import count_graph
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.factories import sample_extraction


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", embedded_heap="512m")


@pytest.fixture
def own_server(settings: Settings):
    yield settings
    embedded.stop_server(settings)


def test_a_second_process_reuses_the_running_server(own_server: Settings) -> None:
    first, started_first = embedded.ensure_server(own_server)
    second, started_second = embedded.ensure_server(own_server)
    assert started_first and not started_second
    assert second.pid == first.pid and second.bolt_port == first.bolt_port


def test_the_server_listens_on_loopback_only_and_secrets_are_private(own_server: Settings) -> None:
    server, _ = embedded.ensure_server(own_server)
    listening = Path("/proc/net/tcp").read_text() + Path("/proc/net/tcp6").read_text()
    ports = {server.bolt_port, server.http_port}
    addresses_by_port: dict[int, set[str]] = {port: set() for port in ports}
    for line in listening.splitlines()[1:]:
        fields = line.split()
        if len(fields) > 3 and fields[3] == "0A":  # LISTEN
            address, port = fields[1].rsplit(":", 1)
            if int(port, 16) in ports:
                addresses_by_port[int(port, 16)].add(address)
    loopback = {"0100007F", "0000000000000000FFFF00000100007F"}
    # every port the server reports is really open, and only on 127.0.0.1
    assert all(addresses and addresses <= loopback for addresses in addresses_by_port.values()), (
        addresses_by_port
    )
    mode = stat.S_IMODE((own_server.data_dir / "root-password").stat().st_mode)
    assert mode == 0o600


def test_a_stale_server_record_after_a_crash_is_cleared(own_server: Settings) -> None:
    own_server.data_dir.mkdir(parents=True)
    dead_pid = 2**22 - 1
    (own_server.data_dir / "server.json").write_text(
        json.dumps({"pid": dead_pid, "bolt_port": 1, "http_port": 2})
    )
    server, started = embedded.ensure_server(own_server)
    assert started and server.pid != dead_pid
    assert json.loads((own_server.data_dir / "server.json").read_text())["pid"] == server.pid


def test_committed_data_survives_kill_9_and_restart(own_server: Settings) -> None:
    store = Store.connect(own_server)
    ensure_schema(store)
    write_document(store, DocumentMeta(url="https://example.org/a"), sample_extraction())
    before = count_graph(store)
    store.driver.close()
    os.kill(store.embedded_server.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while embedded.find_running_server(own_server) and time.monotonic() < deadline:
        time.sleep(0.1)
    restarted = Store.connect(own_server)
    try:
        assert restarted.embedded_server.pid != store.embedded_server.pid
        assert count_graph(restarted) == before
    finally:
        restarted.close()


def test_a_taken_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        settings = Settings(data_dir=tmp_path, embedded_bolt_port=port)
        with pytest.raises(StoreUnavailable, match=f"port {port} on 127.0.0.1 is in use"):
            embedded.ensure_server(settings)


def test_a_missing_java_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, embedded_java=str(tmp_path / "no-java"))
    with pytest.raises(StoreUnavailable, match="Java not found"):
        embedded.ensure_server(settings)


def test_a_java_that_dies_at_start_shows_the_log_tail(tmp_path: Path) -> None:
    fake_java = tmp_path / "java"
    fake_java.write_text("#!/bin/sh\necho 'Error: could not reserve the heap' >&2\nexit 3\n")
    fake_java.chmod(0o755)
    settings = Settings(data_dir=tmp_path / "data", embedded_java=str(fake_java))
    with pytest.raises(StoreUnavailable, match="exited with code 3") as raised:
        embedded.ensure_server(settings)
    assert "could not reserve the heap" in str(raised.value)
    assert not (settings.data_dir / "server.json").exists()


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_an_external_server_is_reached_through_the_neo4j_uri_setting(
    own_server: Settings, tmp_path: Path, scheme: str
) -> None:
    server, _ = embedded.ensure_server(own_server)
    external = Settings(
        data_dir=tmp_path / "client",
        neo4j_uri=f"{scheme}://127.0.0.1:{server.bolt_port}",
        neo4j_user="root",
        neo4j_password=server.root_password,
        neo4j_database=server.database,
    )
    store = Store.connect(external)
    try:
        assert store.embedded_server is None and store.backend.value == "arcadedb"
        result = write_document(
            store, DocumentMeta(url=f"https://example.org/{scheme}"), sample_extraction()
        )
        assert store.read("document_by_id", document_id=result.document_id)
    finally:
        store.close()
    assert embedded.find_running_server(own_server) is not None  # not ours to stop
