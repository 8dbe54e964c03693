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
    from graph import embedded

    settings = invocation.settings
    if not settings.uses_embedded:
        raise click.UsageError("SAIDWHEN_NEO4J_URI is set: there is no embedded server to start")
    started_at = time.monotonic()
    server, started = embedded.ensure_server(settings)
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
    from graph import embedded, stats
    from graph.store import Store

    settings = invocation.settings
    if settings.uses_embedded:
        server = embedded.find_running_server(settings)
        if server is None:
            click.echo(f"embedded store: not running (data in {settings.data_dir})")
            return
        click.echo(
            f"embedded store: running, pid {server.pid}, {server.uri}, data in {settings.data_dir}"
        )
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
