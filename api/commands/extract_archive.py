"""``saidwhen extract-archive``: an archive's articles extracted on a Dask cluster into files for
Neo4j's bulk importer (``saidwhen db import``), with the graph a load would give. The run itself
is loaders/archive_ingest.py; this command starts the cluster and reports.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation
from api.commands.options import build_gazetteer, gazetteer_option
from api.commands.wording import counted

if TYPE_CHECKING:
    from loaders.archive_ingest import ArchiveIngest

FAILURES_SHOWN = 10
"""Failures named on the console; all of them are in the failures file."""


@click.command("extract-archive")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder for the Parquet parts, headers, manifest and failures (reused by a rerun)",
)
@click.option("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="worker processes of the local cluster (ignored with --scheduler)",
)
@gazetteer_option("a YAML gazetteer of actors and topics, added to the bundled one (repeatable)")
@click.pass_obj
def extract_archive(
    invocation: Invocation,
    inputs: tuple[Path, ...],
    out: Path,
    scheduler: str | None,
    workers: int,
    gazetteer_paths: tuple[Path, ...],
) -> None:
    """Extract articles (JSON Lines, and folders of the files `load` reads) on a Dask cluster
    into Parquet files for `saidwhen db import`; a rerun skips unchanged articles."""
    from graph.archive_files import FAILURES
    from loaders.archive_ingest import ArchiveIngest, dask_client

    gazetteer = build_gazetteer(gazetteer_paths)
    run = ArchiveIngest(out, gazetteer, invocation.settings.max_text_chars, show_progress)
    with dask_client(scheduler, workers, quiet=invocation.verbose < 2) as client:
        click.echo(f"Dask dashboard: {client.dashboard_link}", err=True)
        run.run(client, [path.resolve() for path in inputs])
    for path, reason in run.failed[:FAILURES_SHOWN]:
        shown = reason if path in reason else f"{path}: {reason}"
        click.echo(f"{click.style('failed', fg='red')} {shown}", err=True)
    if len(run.failed) > FAILURES_SHOWN:
        click.echo(f"… all {len(run.failed):,} failures are in {out / FAILURES}", err=True)
    click.echo(describe(run, out))
    if run.failed:
        sys.exit(1)


def show_progress(run: ArchiveIngest) -> None:
    rate = run.extracted / max(run.seconds, 1e-6)
    click.echo(
        f"{counted(run.extracted, 'article')} extracted ({rate:.1f}/s), "
        f"{counted(run.written['claims'], 'claim')}, {len(run.failed):,} failed",
        err=True,
    )


def describe(run: ArchiveIngest, out: Path) -> str:
    seconds, documents = run.seconds, run.written["documents"]
    return (
        f"{counted(documents, 'document')} ({run.unchanged:,} unchanged, "
        f"{len(run.failed):,} failed) · {counted(run.written['claims'], 'claim')} · "
        f"{counted(run.written['events'], 'event')} · "
        f"{counted(len(run.graph.actors), 'actor')} in all, written to {out} "
        f"in {seconds:.1f} s ({documents / max(seconds, 1e-6):.1f} articles/s; "
        f"{run.here:.1f} CPU s here resolving and writing rows)"
    )
