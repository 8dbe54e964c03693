"""The ``saidwhen`` command: a thin layer over the functions the API calls."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

import click
from rich.console import Console

from graph import embedded, stats
from graph.errors import SaidwhenError
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.store import Store

console = Console(stderr=True)


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def quiet_server_notifications(verbose: int) -> None:
    """Neo4j's notifications (e.g. "property key does not exist" on a young graph) are not the
    user's concern: show them only with -vv."""
    logging.getLogger("neo4j.notifications").setLevel(
        logging.DEBUG if verbose >= 2 else logging.ERROR
    )


class SaidwhenGroup(click.Group):
    """Shows domain errors as one clear line and exit code 1, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SaidwhenError as error:
            console.print(f"[red]error:[/red] {error}")
            sys.exit(1)


@click.group(cls=SaidwhenGroup)
@click.option("-v", "--verbose", count=True, help="-v for progress, -vv for each query (DEBUG)")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """saidwhen: who said what, when, and how are they connected."""
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    quiet_server_notifications(verbose)
    ctx.obj = Settings()


@main.group()
def db() -> None:
    """Start, stop and inspect the database."""


@db.command("start")
@click.pass_obj
def db_start(settings: Settings) -> None:
    """Start the embedded server for the data folder and leave it running."""
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
def db_stop(settings: Settings) -> None:
    """Stop the embedded server of the data folder."""
    click.echo("stopped" if embedded.stop_server(settings) else "not running")


@db.command("status")
@click.pass_obj
def db_status(settings: Settings) -> None:
    """Say where the database is and what it holds."""
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
def db_init(settings: Settings) -> None:
    """Create the constraints and indexes (safe to run again)."""
    store = Store.connect(settings)
    try:
        names = ensure_schema(store)
    finally:
        store.close()
    click.echo(
        f"schema ready on {store.backend.value}: {len(names)} constraints and indexes + full text"
    )


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.pass_obj
def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the HTTP API and pages (starts the embedded store when needed)."""
    import uvicorn

    from api.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1") and not settings.api_key_list:
        console.print(
            f"[yellow]warning:[/yellow] serving on {host} with no SAIDWHEN_API_KEYS: writes and "
            "/v1/query are refused to every client that is not on this machine"
        )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def open_store(settings: Settings) -> Store:
    """The CLI's one store per run, with the schema in place."""
    store = Store.connect(settings)
    ensure_schema(store)
    return store


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", callback=parse_date_option, help="publication date, YYYY-MM-DD")
@click.option("--title", help="document title (overrides the file's)")
@click.option("--author", help="document author (overrides the file's)")
@click.option("--url", help="document URL (overrides the file's)")
@click.option(
    "--gazetteer",
    "gazetteer_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="a YAML gazetteer of actors and topics, added to the bundled one (repeatable)",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="processes that extract articles; a load of more than 32 articles uses them",
)
@click.pass_obj
def load(
    settings: Settings,
    paths: tuple[Path, ...],
    published: date | None,
    title: str | None,
    author: str | None,
    url: str | None,
    gazetteer_paths: tuple[Path, ...],
    workers: int,
) -> None:
    """Load articles (text, Markdown, HTML, JSON, JSON Lines; folders recursively)."""
    from rich.progress import Progress

    from loaders.documents import Metadata
    from loaders.ingest import load_paths

    gazetteer = build_gazetteer(gazetteer_paths)
    overrides = Metadata(title=title, author=author, published=published, url=url)
    store = open_store(settings)
    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("loading", total=None)
            summary = load_paths(
                store,
                paths,
                overrides,
                gazetteer,
                on_progress=lambda name: progress.update(task, advance=1, description=name[-50:]),
                workers=workers,
            )
    finally:
        store.close()
    for path, message in summary.failed:
        console.print(
            f"[red]failed[/red] {message}"
            if path in message
            else f"[red]failed[/red] {path}: {message}"
        )
    click.echo(
        f"{len(summary.loaded)} loaded, {len(summary.unchanged)} unchanged, "
        f"{len(summary.failed)} failed"
    )
    if summary.failed:
        sys.exit(1)


def build_gazetteer(paths: tuple[Path, ...]):
    from loaders.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    for path in paths:
        gazetteer = gazetteer.merge(Gazetteer.from_yaml(path))
    return gazetteer


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", callback=parse_date_option, help="publication date, YYYY-MM-DD")
@click.option("--author", help="document author (for first-person claims)")
@click.option(
    "--gazetteer", "gazetteer_paths", multiple=True, type=click.Path(exists=True, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="print the audit JSON")
@click.pass_obj
def extract(
    settings: Settings,
    path: Path,
    published: date | None,
    author: str | None,
    gazetteer_paths: tuple[Path, ...],
    as_json: bool,
) -> None:
    """Run extraction on one file without touching the graph, and print what it found."""
    from graph.model import extraction_to_dict
    from loaders.documents import Metadata, read_document
    from loaders.pipeline import extract as run_extraction

    documents = read_document(path, Metadata(published=published, author=author))
    gazetteer = build_gazetteer(gazetteer_paths)
    results = [
        extraction_to_dict(run_extraction(doc.text, doc.published, doc.author, gazetteer))
        for doc in documents
    ]
    if as_json:
        click.echo(
            json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2)
        )
        return
    for result in results:
        click.echo(
            f"{len(result['dates'])} dates, {len(result['actors'])} actors, "
            f"{len(result['claims'])} claims, {len(result['events'])} events"
        )
        for claim in result["claims"]:
            when = claim["said_on"] or "undated"
            click.echo(
                f"  {when:>10}  {claim['speaker'] or '?'} {claim['verb']}: "
                f"{claim['content']['text'][:90]}"
            )


@main.command()
@click.option("--actor", required=True, help="an actor id, name or alias")
@click.option("--topic", help="a topic id, name or alias")
@click.option("--since", callback=parse_date_option, help="on or after, YYYY-MM-DD")
@click.option("--until", callback=parse_date_option, help="on or before, YYYY-MM-DD")
@click.option("--json", "as_json", is_flag=True, help="print the items as JSON")
@click.pass_obj
def timeline(
    settings: Settings,
    actor: str,
    topic: str | None,
    since: date | None,
    until: date | None,
    as_json: bool,
) -> None:
    """Print what an actor said and took part in, in date order (undated last)."""
    from rich.table import Table

    from api.paging import Cursor, PageRequest
    from graph.timeline import TimelineClaim, TimelineEvent, TimelineFilters, read_timeline

    filters = TimelineFilters(actor=actor, topic=topic, since=since, until=until)
    items: list[TimelineClaim | TimelineEvent] = []
    page = PageRequest(settings.page_size_cap)
    store = open_store(settings)
    try:
        while True:
            rows = read_timeline(store, filters, page.query_params())
            items += rows[: page.limit]
            if len(rows) <= page.limit:
                break
            page = PageRequest(page.limit, Cursor(items[-1].date, items[-1].id))
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps([item.model_dump(mode="json") for item in items], indent=2))
        return
    table = Table("date", "precision", "speaker", "verb", "text", title=f"Timeline of {actor}")
    for item in items:
        if item.kind == "claim":
            who = item.speaker.name if item.speaker else "?"
            table.add_row(str(item.date or "undated"), item.precision, who, item.verb, item.text)
        else:
            who = ", ".join(participant.name for participant in item.participants)
            table.add_row(str(item.date or "undated"), item.precision, who, "(event)", item.title)
    Console().print(table)


@main.command("graph")
@click.option("--center", help="actor id, name or alias (default: the best connected actors)")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 4))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 500))
@click.option("--topics", is_flag=True, help="also draw the topics the actors spoke about")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="write a standalone page (works offline); without it, print JSON",
)
@click.pass_obj
def graph_command(
    settings: Settings,
    center: str | None,
    depth: int,
    limit: int,
    topics: bool,
    html_path: Path | None,
) -> None:
    """Draw an actor's neighbourhood (the same graph as GET /v1/graph)."""
    from dataclasses import asdict

    from api.graph_page import render_network_html
    from graph.neighbourhood import build_neighbourhood

    store = open_store(settings)
    try:
        found = build_neighbourhood(store, center, depth, limit, topics)
    finally:
        store.close()
    nodes = [asdict(node) for node in found.nodes]
    edges = [asdict(edge) for edge in found.edges]
    if html_path is None:
        click.echo(json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=2))
        return
    title = f"saidwhen: around {center}" if center else "saidwhen: best connected actors"
    html_path.write_text(
        render_network_html(nodes, edges, inline_js=True, title=title), encoding="utf-8"
    )
    click.echo(f"{len(nodes)} nodes, {len(edges)} edges → {html_path}")


@main.command("export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["turtle", "jsonld", "ntriples", "graphml", "csv"]),
    default="turtle",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file")
@click.option("--document", help="only claims from this document id")
@click.option("--speaker", help="only claims by this actor (id, name or alias)")
@click.option("--topic", help="only claims about this topic id")
@click.option("--since", callback=parse_date_option, help="said on or after, YYYY-MM-DD")
@click.option("--until", callback=parse_date_option, help="said on or before, YYYY-MM-DD")
@click.pass_obj
def export_command(
    settings: Settings,
    export_format: str,
    output: Path | None,
    document: str | None,
    speaker: str | None,
    topic: str | None,
    since: date | None,
    until: date | None,
) -> None:
    """Write the graph (or the filtered claims) as RDF, GraphML or CSV (as GET /v1/export)."""
    from graph.actors import resolve_actor
    from graph.export import ExportFilters, iter_batches, iter_csv
    from graph.graphml import iter_graphml
    from graph.rdf import iter_rdf

    store = open_store(settings)
    try:
        filters = ExportFilters(
            document, resolve_actor(store, speaker) if speaker else None, topic, since, until
        )
        if export_format == "csv":
            chunks = iter_csv(store, filters)
        elif export_format == "graphml":
            chunks = iter_graphml(lambda: iter_batches(store, filters))
        else:
            chunks = iter_rdf(iter_batches(store, filters), export_format)
        with click.open_file(str(output) if output else "-", "w", encoding="utf-8") as sink:
            for chunk in chunks:
                sink.write(chunk)
    finally:
        store.close()


@main.command("query")
@click.argument("cypher")
@click.option("--param", "params", multiple=True, help="k=v (v read as JSON when it parses)")
@click.pass_obj
def query_command(settings: Settings, cypher: str, params: tuple[str, ...]) -> None:
    """Run a read-only Cypher query and print the rows as JSON (as POST /v1/query)."""
    from graph.read_query import run_read_query

    values = dict(parse_param(param) for param in params)
    store = open_store(settings)
    try:
        result = run_read_query(store, cypher, values, settings.query_row_cap)
    finally:
        store.close()
    click.echo(
        json.dumps(
            {"columns": result.columns, "rows": result.rows, "truncated": result.truncated},
            ensure_ascii=False,
            indent=2,
        )
    )


def parse_param(text: str) -> tuple[str, object]:
    """``k=v``: v as JSON when it parses (numbers, lists, true), else as a string."""
    key, equals, value = text.partition("=")
    if not equals or not key:
        raise click.BadParameter(f"{text!r} is not k=v", param_hint="--param")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def register_commands() -> None:
    """Command groups kept in their own modules."""
    from api.actors_cli import actors_command

    main.add_command(actors_command)


register_commands()
