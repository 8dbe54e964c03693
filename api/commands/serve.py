"""``saidwhen serve``: the HTTP API and pages, announced once they answer."""

from __future__ import annotations

import errno
import socket
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation
from api.commands.wording import counted
from graph.errors import InvalidInput

if TYPE_CHECKING:
    from graph.store import Store

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.pass_obj
def serve(invocation: Invocation, host: str, port: int) -> None:
    """Serve the HTTP API and pages (starts the embedded store when needed).

    The port is bound first and the store opened next, so that either failing is one line
    before uvicorn starts."""
    listening = bind_port(host, port)
    try:
        serve_on(invocation, listening, host)
    finally:
        listening.close()


def serve_on(invocation: Invocation, listening: socket.socket, host: str) -> None:
    import uvicorn

    from api.app import create_app
    from api.commands.announcing_server import AnnouncingServer
    from api.http_protocol import JoinedWritesProtocol

    settings = invocation.settings
    if host not in LOOPBACK_HOSTS and not settings.api_key_list:
        click.echo(
            f"{click.style('warning:', fg='yellow')} serving on {host} with no SAIDWHEN_API_KEYS: "
            "writes and /v1/query are refused to every client that is not on this machine",
            err=True,
        )
    store = invocation.open_store(for_writing=True)
    closed = False

    def close_store() -> None:
        nonlocal closed
        if not closed:
            closed = True
            store.close()

    try:
        # No access log: a line per request costs more than a cached answer does. uvicorn
        # takes uvloop when installed (a dependency); httptools, with each response's head
        # sent with its body (api/http_protocol.py).
        config = uvicorn.Config(
            create_app(settings, store),
            http=JoinedWritesProtocol,
            log_level="info",
            access_log=False,
        )
        base_url = f"http://{format_host(host)}:{listening.getsockname()[1]}"
        server = AnnouncingServer(config, lambda: announce(store, base_url), close_store)
        server.run(sockets=[listening])
    finally:
        close_store()  # when uvicorn stopped before its shutdown


def bind_port(host: str, port: int) -> socket.socket:
    """The listening socket, bound before the store starts, so the port cannot be taken
    between the check and the server (uvicorn is handed this socket)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
    except OSError as error:
        listening.close()
        if error.errno == errno.EADDRINUSE:
            alternative = port + 1 if port < 65535 else 8000
            raise InvalidInput(
                f"port {port} on {host} is already in use: choose another with "
                f"--port {alternative} (or PORT={alternative} make run)"
            ) from None
        raise InvalidInput(
            f"cannot listen on {host}:{port}: {error.strerror or error} (check --host and --port)"
        ) from None
    listening.set_inheritable(True)
    return listening


def format_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def announce(store: Store, base_url: str) -> None:
    """Where to look, and what the store holds, printed once the service answers."""
    from graph.stats import count_core_nodes

    counts = count_core_nodes(store)
    click.echo(
        f"\nsaidwhen is serving {counted(counts.documents, 'document')} and "
        f"{counted(counts.claims, 'claim')} "
        f"({store.backend.value}, database {store.database})\n"
        f"  pages     {base_url}/   {base_url}/timeline   {base_url}/graph\n"
        f"  API       {base_url}/docs (OpenAPI), JSON under {base_url}/v1/\n"
        "Press Ctrl+C to stop.\n"
    )
