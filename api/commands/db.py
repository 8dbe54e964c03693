"""``saidwhen db``: start, stop and inspect the database."""

from __future__ import annotations

import json
import time
from pathlib import Path

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
@click.option(
    "--recount",
    is_flag=True,
    help="also count every co-mention weight again from the claims (a store written before "
    "they were kept is counted when it is first opened, without this)",
)
@click.pass_obj
def db_init(invocation: Invocation, recount: bool) -> None:
    """Create the constraints and indexes (safe to run again)."""
    from graph.co_mentions import recount_all
    from graph.schema import ensure_schema
    from graph.store import Store

    store = Store.connect(invocation.settings)
    try:
        names = ensure_schema(store)
        started = time.monotonic()
        pairs = recount_all(store) if recount else None
    finally:
        store.close()
    click.echo(
        f"schema ready on {store.backend.value}: {len(names)} constraints and indexes + full text"
    )
    if pairs is not None:
        click.echo(f"co-mention weights counted again: {pairs:,} pairs in "
                   f"{time.monotonic() - started:.1f} s")  # fmt: skip


@db.command("import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--neo4j-home",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="the Neo4j installation (or data folder) whose database is created",
)
@click.option(
    "--neo4j-admin",
    "admin",
    type=click.Path(dir_okay=False, path_type=Path),
    help="the neo4j-admin to run (default: NEO4J_HOME/bin/neo4j-admin)",
)
@click.option("--database", default="neo4j", show_default=True, help="the database to create")
def db_import(directory: Path, neo4j_home: Path, admin: Path | None, database: str) -> None:
    """Import the files of `extract-archive` into a new Neo4j database with neo4j-admin
    (Neo4j stopped); start Neo4j and run `saidwhen db init` after."""
    from graph.archive_files import counts
    from graph.archive_import import run_import

    started = time.monotonic()
    admin = admin or neo4j_home / "bin" / "neo4j-admin"
    code = run_import(admin, neo4j_home, directory, database, on_line=click.echo)
    if code != 0:
        raise click.ClickException(f"neo4j-admin database import failed (exit code {code})")
    seconds = time.monotonic() - started
    claims = counts(directory).get("Claim", 0)
    click.echo(
        f"imported {claims:,} claims into database {database} of {neo4j_home} in {seconds:.1f} s "
        f"({claims / max(seconds, 1e-6):,.0f} claims/s); start Neo4j, then `saidwhen db init`"
    )
