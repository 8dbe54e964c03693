"""``saidwhen timeline``: what an actor said and took part in, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation
from api.commands.options import parse_date_option

if TYPE_CHECKING:
    from graph.timeline import TimelineClaim, TimelineEvent

    TimelineItem = TimelineClaim | TimelineEvent

CSV_COLUMNS = (
    "kind",
    "id",
    "date",
    "precision",
    "who",
    "verb",
    "text",
    "document_id",
    "document_title",
    "passage_id",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@click.command()
@click.option("--actor", required=True, help="an actor id, name or alias")
@click.option("--topic", help="a topic id, name or alias")
@click.option("--since", callback=parse_date_option, help="on or after, YYYY-MM-DD")
@click.option("--until", callback=parse_date_option, help="on or before, YYYY-MM-DD")
@click.option("--json", "as_json", is_flag=True, help="print the items as JSON (as the API)")
@click.option("--csv", "as_csv", is_flag=True, help="print a CSV row per item, with its source")
@click.pass_obj
def timeline(
    invocation: Invocation,
    actor: str,
    topic: str | None,
    since: date | None,
    until: date | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Print what an actor said and took part in, in date order (undated last), each item with
    the document it was read from."""
    from graph.documents import read_document_titles
    from graph.timeline import TimelineFilters, read_whole_timeline

    if as_json and as_csv:
        raise click.UsageError("--json and --csv: choose one")
    filters = TimelineFilters(actor=actor, topic=topic, since=since, until=until)
    store = invocation.open_store()
    try:
        items = read_whole_timeline(store, filters, invocation.settings.page_size_cap)
        if as_json:
            click.echo(json.dumps([item.model_dump(mode="json") for item in items], indent=2))
            return
        titles = read_document_titles(store, sorted({item.evidence.document_id for item in items}))
    finally:
        store.close()
    rows = [item_row(item, titles) for item in items]
    if as_csv:
        write_csv(rows)
    else:
        print_table(rows, actor)


def item_row(item: TimelineItem, titles: dict[str, str | None]) -> dict[str, str]:
    document_id = item.evidence.document_id
    if item.kind == "claim":
        who = item.speaker.name if item.speaker else "?"
        verb, text = item.verb or "", item.text
    else:
        who = ", ".join(participant.name for participant in item.participants)
        verb, text = "(event)", item.title
    return {
        "kind": item.kind,
        "id": item.id,
        "date": str(item.date) if item.date else "undated",
        "precision": item.precision or "",
        "who": who,
        "verb": verb,
        "text": text,
        "document_id": document_id,
        "document_title": titles.get(document_id) or "",
        "passage_id": item.evidence.passage_id,
    }


def print_table(rows: list[dict[str, str]], actor: str) -> None:
    """A row per item: when, who, what (the verb first), and under it the source document.
    Every cell is plain text: a name or title from a document is never read as markup."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(
        "date",
        "precision",
        "who",
        "what · source",
        title=Text(f"Timeline of {actor}"),
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    table.columns[0].no_wrap = table.columns[1].no_wrap = True
    table.columns[2].max_width = 18
    table.columns[3].ratio = 1
    for row in rows:
        what = Text(f"{row['verb']}: {row['text']}" if row["kind"] == "claim" else row["text"])
        if row["kind"] == "event":
            what = Text("event: ", style="bold") + what
        source = row["document_title"] or short_id(row["document_id"])
        what.append(f"\n— {source}", style="dim")
        table.add_row(Text(row["date"]), Text(row["precision"]), Text(row["who"]), what)
    Console().print(table)


def short_id(document_id: str) -> str:
    """``doc:`` and the first 8 hex digits: enough to tell a timeline's documents apart."""
    prefix, _, digest = document_id.partition(":")
    return f"{prefix}:{digest[:8]}" if digest else document_id[:12]


def write_csv(rows: list[dict[str, str]]) -> None:
    """Cells that a spreadsheet would read as a formula are prefixed with ``'`` (OWASP)."""
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: f"'{value}" if value.startswith(FORMULA_STARTS) else value
                for key, value in row.items()
            }
        )
