"""``saidwhen export``: the graph, or the filtered claims, as RDF, GraphML or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from api.commands.invocation import Invocation
from api.commands.options import parse_date_option
from graph.export_formats import EXPORT_FORMATS


@click.command("export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(list(EXPORT_FORMATS)),
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
    invocation: Invocation,
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
    from graph.export import ExportFilters

    store = invocation.open_store()
    try:
        filters = ExportFilters(
            document, resolve_actor(store, speaker) if speaker else None, topic, since, until
        )
        filters.check()
        chunks = EXPORT_FORMATS[export_format].write(store, filters)
        with click.open_file(str(output) if output else "-", "w", encoding="utf-8") as sink:
            for chunk in chunks:
                sink.write(chunk)
    finally:
        store.close()
