"""``saidwhen extract``: what extraction finds in one file, without the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from api.commands.options import build_gazetteer, gazetteer_option, parse_date_option


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", callback=parse_date_option, help="publication date, YYYY-MM-DD")
@click.option("--author", help="document author (for first-person claims)")
@gazetteer_option("a YAML gazetteer of actors and topics, added to the bundled one (repeatable)")
@click.option("--json", "as_json", is_flag=True, help="print the audit JSON")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    help="leave out claims less sure than this, in [0, 1] (0.7 keeps the surest)",
)
def extract(
    path: Path,
    published: date | None,
    author: str | None,
    gazetteer_paths: tuple[Path, ...],
    as_json: bool,
    min_confidence: float,
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
    for result in results:
        result["claims"] = [
            claim for claim in result["claims"] if claim["confidence"] >= min_confidence
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
