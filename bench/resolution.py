"""How well loads of generated articles resolve actors, and what a load costs per article.

Loads the first N generated articles (bench/generator.py, with the cast's gazetteer) into a
fresh embedded database on one extraction process, then compares the graph's actors with the
invented cast: how many actors each invented person became (1.0 is one actor per person) and
how many of the actors named like a cast member (by full name, surname, initialism or stem)
carry that member's kind; and how many claims were linked as one statement or as contested.

    python -m bench.resolution [--articles 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.backends import open_backend
from bench.cast import build_cast
from bench.generator import ARTICLES_PER_FILE, ensure_corpus, gazetteer_path
from graph.actors import list_actors
from graph.model import actor_key
from graph.store import Store
from loaders.gazetteer import Gazetteer
from loaders.ingest import load_paths


def actor_kinds(store: Store) -> dict[str, str | None]:
    """Every actor's kind by id, a page at a time."""
    kinds: dict[str, str | None] = {}
    after: str | None = None
    while True:
        page = list_actors(store, limit=500, after_id=after)
        kinds.update((actor.id, actor.kind) for actor in page.actors)
        if page.next_after_id is None:
            return kinds
        after = page.next_after_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--actors", type=int, default=3000)
    args = parser.parse_args()
    paths = ensure_corpus(args.articles, args.seed, actors=args.actors)
    files = paths[: max(1, args.articles // ARTICLES_PER_FILE)]
    gazetteer = Gazetteer.default().merge(Gazetteer.from_yaml(gazetteer_path(paths)))
    with tempfile.TemporaryDirectory(prefix="saidwhen-resolution-") as scratch:
        with open_backend("arcadedb", Path(scratch), "1g") as store:
            started, cpu_started = time.perf_counter(), time.process_time()
            summary = load_paths(store, files, gazetteer=gazetteer, workers=1)
            seconds = time.perf_counter() - started
            cpu_seconds = time.process_time() - cpu_started
            kinds = actor_kinds(store)
            links = {row["type"]: row["count"] for row in store.read("count_relationship_types")}
    loaded = len(summary.loaded)
    print(
        f"{loaded} articles loaded ({len(summary.failed)} failed) in {seconds:.1f} s: "
        f"{1000 * seconds / max(loaded, 1):.1f} ms per article "
        f"({1000 * cpu_seconds / max(loaded, 1):.1f} ms of this process's CPU)"
    )
    cast = build_cast(args.seed, args.actors)
    people = [actor for actor in cast.actors if actor.kind == "person"]
    found_per_person = []
    for person in people:
        ids = {f"actor:{actor_key(name)}" for name in (person.name, *person.aliases)}
        found = len(ids & kinds.keys())
        if found:
            found_per_person.append(found)
    expected = {
        f"actor:{actor_key(name)}": actor.kind
        for actor in cast.actors
        for name in (*actor.aliases, actor.name)
    }
    judged = [kinds[actor_id] == kind for actor_id, kind in expected.items() if actor_id in kinds]
    print(
        f"invented persons in the graph: {len(found_per_person)}; actors per person: "
        f"{sum(found_per_person) / max(len(found_per_person), 1):.3f} "
        f"(persons found as more than one actor: {sum(n > 1 for n in found_per_person)})"
    )
    print(
        f"kind accuracy over the {len(judged)} actors named like a cast member (full name or "
        f"short form): {sum(judged) / max(len(judged), 1):.3f}"
    )
    print(
        f"claims reporting one statement (CORROBORATES pairs): {links.get('CORROBORATES', 0)}; "
        f"contested pairs (CONTESTS, claims and events): {links.get('CONTESTS', 0)}"
    )


if __name__ == "__main__":
    main()
