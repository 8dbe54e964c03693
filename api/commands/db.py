"""``saidwhen db``: start, stop and inspect the database."""

from __future__ import annotations

import json
import time

import click

from api.commands.invocation import Invocation


@click.group()
def db() -> None:
    """Start, stop and inspect the database."""


@db.command("start")
@click.pass_obj
def db_start(invocation: Invocation) -> None:
    """Start the embedded server for the data folder and leave it running."""
    from graph.backend import start_embedded_server

    settings = invocation.settings
    started_at = time.monotonic()
    server, started = start_embedded_server(settings)
    verb = f"started in {time.monotonic() - started_at:.1f} s" if started else "already running"
    click.echo(
        f"embedded store {verb}: pid {server.pid}, {server.uri}, data in {settings.data_dir}"
    )


@db.command("stop")
@click.pass_obj
def db_stop(invocation: Invocation) -> None:
    """Stop the embedded server of the data folder."""
    from graph import embedded

    click.echo("stopped" if embedded.stop_server(invocation.settings) else "not running")


@db.command("status")
@click.pass_obj
def db_status(invocation: Invocation) -> None:
    """Say where the database is and what it holds."""
    from graph import stats
    from graph.backend import describe_server
    from graph.store import Store

    settings = invocation.settings
    description, reachable = describe_server(settings)
    click.echo(description)
    if not reachable:
        return
    store = Store.connect(settings)
    try:
        counts = stats.count_graph(store)
    finally:
        store.close()
    click.echo(f"backend {store.backend.value}, database {store.database}")
    click.echo(json.dumps({"nodes": counts.nodes, "relationships": counts.relationships}, indent=2))


@db.command("init")
@click.pass_obj
def db_init(invocation: Invocation) -> None:
    """Create the constraints and indexes (safe to run again)."""
    from graph.schema import ensure_schema
    from graph.store import Store

    store = Store.connect(invocation.settings)
    try:
        names = ensure_schema(store)
    finally:
        store.close()
    click.echo(
        f"schema ready on {store.backend.value}: {len(names)} constraints and indexes + full text"
    )
