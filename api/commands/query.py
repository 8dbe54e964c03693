"""``saidwhen query``: a read-only Cypher query, rows printed as JSON."""

from __future__ import annotations

import json

import click

from api.commands.invocation import Invocation


def parse_param(ctx: click.Context, param: click.Parameter, texts: tuple[str, ...]) -> dict:
    """``k=v`` each: v as JSON when it parses (numbers, lists, true), else as a string."""
    values: dict[str, object] = {}
    for text in texts:
        key, equals, value = text.partition("=")
        if not equals or not key:
            raise click.BadParameter(f"{text!r} is not k=v")
        try:
            values[key] = json.loads(value)
        except json.JSONDecodeError:
            values[key] = value
    return values


@click.command("query")
@click.argument("cypher")
@click.option(
    "--param",
    "params",
    multiple=True,
    callback=parse_param,
    help="k=v (v read as JSON when it parses)",
)
@click.pass_obj
def query_command(invocation: Invocation, cypher: str, params: dict) -> None:
    """Run a read-only Cypher query and print the rows as JSON (as POST /v1/query)."""
    from graph.read_query import run_read_query

    store = invocation.open_store()
    try:
        result = run_read_query(store, cypher, params, invocation.settings.query_row_cap)
    finally:
        store.close()
    click.echo(
        json.dumps(
            {"columns": result.columns, "rows": result.rows, "truncated": result.truncated},
            ensure_ascii=False,
            indent=2,
        )
    )
