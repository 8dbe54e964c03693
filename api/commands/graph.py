"""``saidwhen graph``: an actor's neighbourhood as JSON or a standalone page."""

from __future__ import annotations

import json
from pathlib import Path

import click

from api.commands.invocation import Invocation


@click.command("graph")
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
    invocation: Invocation,
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

    store = invocation.open_store()
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
