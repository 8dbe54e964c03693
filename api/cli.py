"""The ``saidwhen`` command: a thin layer over the functions the API calls.

This module and the command modules in ``api/commands/`` import only click at the top, so
``saidwhen --help`` answers at once; each command imports what it needs (spaCy, FastAPI,
rdflib, the driver) when it runs. Every failure ends as one line on stderr and exit code 1.
"""

from __future__ import annotations

import logging

import click

from api.commands import (
    actors,
    db,
    export,
    extract,
    extract_archive,
    graph,
    load,
    query,
    serve,
    timeline,
)
from api.commands.errors import ReportingGroup
from api.commands.invocation import Invocation


def quiet_server_notifications(verbose: int) -> None:
    """Neo4j's notifications (e.g. "property key does not exist" on a young graph) are not the
    user's concern: show them only with -vv."""
    logging.getLogger("neo4j.notifications").setLevel(
        logging.DEBUG if verbose >= 2 else logging.ERROR
    )


@click.group(cls=ReportingGroup)
@click.option(
    "-v", "--verbose", count=True, help="-v for progress and names, -vv for each query (DEBUG)"
)
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """saidwhen: who said what, when, and how are they connected."""
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    quiet_server_notifications(verbose)
    ctx.obj = Invocation(verbose)


for command in (
    db.db,
    serve.serve,
    load.load,
    extract.extract,
    extract_archive.extract_archive,
    timeline.timeline,
    graph.graph_command,
    export.export_command,
    query.query_command,
    actors.actors_command,
):
    main.add_command(command)
