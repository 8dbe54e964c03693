"""``saidwhen load``: files and folders into the graph, with progress and what was added."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation
from api.commands.options import build_gazetteer, gazetteer_option, parse_date_option
from api.commands.wording import counted

if TYPE_CHECKING:
    from loaders.ingest import LoadSummary

FEW_FILES = 3
"""A load of more files than this shows a progress bar."""
SKIPPED_NAMED = 5
"""Up to this many skipped files are named one a line; more are counted (``-v`` names them)."""


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", callback=parse_date_option, help="publication date, YYYY-MM-DD")
@click.option("--title", help="document title (overrides the file's)")
@click.option("--author", help="document author (overrides the file's)")
@click.option("--url", help="document URL (overrides the file's)")
@gazetteer_option("a YAML gazetteer of actors and topics, added to the bundled one (repeatable)")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="processes that extract articles; a load of more than 32 articles uses them",
)
@click.pass_obj
def load(
    invocation: Invocation,
    paths: tuple[Path, ...],
    published: date | None,
    title: str | None,
    author: str | None,
    url: str | None,
    gazetteer_paths: tuple[Path, ...],
    workers: int,
) -> None:
    """Load articles (text, Markdown, HTML, JSON, JSON Lines), curated facts (YAML, CSV) and
    RDF; folders recursively."""
    from graph.stats import count_core_nodes
    from loaders.documents import Metadata
    from loaders.ingest import load_paths

    started = time.monotonic()
    gazetteer = build_gazetteer(gazetteer_paths)
    overrides = Metadata(title=title, author=author, published=published, url=url)
    store = invocation.open_store(for_writing=True)
    try:
        actors_before = count_core_nodes(store).actors
        with LoadProgress(started) as progress:
            summary = load_paths(
                store, paths, overrides, gazetteer, on_progress=progress.update, workers=workers
            )
        new_actors = count_core_nodes(store).actors - actors_before
    finally:
        store.close()
    report_skipped(summary.skipped, invocation.verbose)
    for path, message in summary.failed:
        reason = message if path in message else f"{path}: {message}"
        click.echo(f"{click.style('failed', fg='red')} {reason}", err=True)
    click.echo(describe_load(summary, new_actors, time.monotonic() - started))
    if summary.failed:
        sys.exit(1)


class LoadProgress:
    """A bar of files read, with documents and claims per second, on stderr: started with the
    first document of a load of more than a few files, and only on a terminal."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.progress = None
        self.task = None
        self.shown: bool | None = None
        self.files_seen: set[str] = set()
        self.documents = 0
        self.claims = 0
        self.results_counted = 0

    def __enter__(self) -> LoadProgress:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, file_name: str, summary: LoadSummary) -> None:
        if self.shown is None:
            self.shown = self.start(summary.files)
        if not self.shown:
            return
        self.files_seen.add(file_name)
        self.documents += 1
        self.claims += sum(result.claims for result in summary.loaded[self.results_counted :])
        self.results_counted = len(summary.loaded)
        seconds = max(time.monotonic() - self.started, 1e-6)
        self.progress.update(
            self.task,
            completed=len(self.files_seen),
            documents=f"{counted(self.documents, 'document')} ({self.documents / seconds:.1f}/s)",
            claims=f"{counted(self.claims, 'claim')} ({self.claims / seconds:.0f}/s)",
        )

    def start(self, files: int) -> bool:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(stderr=True)
        if files <= FEW_FILES or not console.is_terminal:
            return False
        self.progress = Progress(
            TextColumn("loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[documents]} · {task.fields[claims]}"),
            console=console,
            transient=True,
        )
        self.task = self.progress.add_task("loading", total=files, documents="", claims="")
        self.progress.start()
        return True


def report_skipped(skipped: list[str], verbose: int) -> None:
    """A note per file passed over, or their count by type when there are many."""
    if len(skipped) <= SKIPPED_NAMED or verbose:
        for name in skipped:
            suffix = Path(name).suffix or "(no extension)"
            click.echo(f"skipped {name}: saidwhen does not read {suffix} files", err=True)
        return
    by_type = Counter(Path(name).suffix or "(no extension)" for name in skipped)
    kinds = ", ".join(f"{suffix} {count}" for suffix, count in by_type.most_common())
    click.echo(
        f"skipped {len(skipped)} files of types saidwhen does not read ({kinds}); -v names them",
        err=True,
    )


def describe_load(summary: LoadSummary, new_actors: int, seconds: float) -> str:
    """'12 documents (3 unchanged, 1 failed) · 214 claims · 37 events · 58 actors (9 new)
    in 4.2 s' (one line)."""
    documents = len(summary.loaded) + len(summary.unchanged) + len(summary.failed)
    replaced = sum(result.status == "replaced" for result in summary.loaded)
    states = [f"{len(summary.unchanged)} unchanged", f"{len(summary.failed)} failed"]
    if replaced:
        states.insert(0, f"{replaced} replaced")
    claims = sum(result.claims for result in summary.loaded)
    events = sum(result.events for result in summary.loaded)
    actors = len({actor for result in summary.loaded for actor in result.actor_ids})
    return (
        f"{counted(documents, 'document')} ({', '.join(states)}) · {counted(claims, 'claim')} · "
        f"{counted(events, 'event')} · {counted(actors, 'actor')} ({new_actors:,} new) "
        f"in {seconds:.1f} s"
    )
