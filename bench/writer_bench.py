"""Writer efficiency: rows/s through graph/writer.py against bare ``UNWIND ... CREATE``.

Both sides store the same nodes and relationships, one transaction per document. The writer
looks shared nodes up by their unique ids, checks every batch's count and keeps documents
idempotent; the bare side only CREATEs, so it is the limit the database itself sets. The
ratio is the figure.

    python -m bench.writer_bench --claims 10000 [--backend arcadedb|neo4j]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from graph.document_rows import DocumentMeta, DocumentRows, build_rows
from graph.model import Actor, Claim, Extraction, Span, Topic
from graph.schema import ensure_schema
from graph.settings import Settings
from graph.store import Store, Transaction
from graph.writer import write_document

CLAIMS_PER_DOCUMENT = 100
WARM_UP_DOCUMENTS = 20
ROUNDS = 2
VERBS = ("say", "warn", "argue", "tell", "suggest", "announce")


@dataclass(frozen=True)
class Figures:
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds


def synthetic_document(number: int, rng: random.Random, actor_pool: int = 2000) -> Extraction:
    """One article's worth of claims: every claim has a speaker, a topic and a mention."""
    sentences, claims, actors, topics = [], [], {}, {}
    offset = 0
    published = date(2020, 1, 1) + timedelta(days=number % 1500)
    for index in range(CLAIMS_PER_DOCUMENT):
        speaker, mentioned = (f"person-{rng.randrange(actor_pool)}" for _ in range(2))
        topic = f"topic-{rng.randrange(60)}"
        content = f"the plan {number}-{index} about {topic} would change course"
        sentence = f"{speaker} said that {content}."
        start = offset + len(speaker) + len(" said that ")
        claims.append(
            Claim(
                speaker=speaker,
                speaker_mention=Span(offset, offset + len(speaker), speaker),
                verb=rng.choice(VERBS),
                content=Span(start, start + len(content), content),
                passage=Span(offset, offset + len(sentence), sentence),
                said_on=published - timedelta(days=rng.randrange(7)),
                said_on_precision="day",
                date_text="on Tuesday",
                topics=[topic],
                mentions=[mentioned] if mentioned != speaker else [],
            )
        )
        for key in (speaker, mentioned):
            actors[key] = Actor(key, key.replace("-", " ").title(), "person")
        topics[topic] = Topic(topic, topic.replace("-", " "))
        sentences.append(sentence)
        offset += len(sentence) + 1
    return Extraction(
        " ".join(sentences),
        published,
        actors=list(actors.values()),
        topics=list(topics.values()),
        claims=claims,
    )


def count_rows(rows: DocumentRows) -> int:
    nodes = 1 + len(rows.passages) + len(rows.claims) + len(rows.actors) + len(rows.topics)
    relationships = (
        len(rows.passages)
        + len(rows.claims)
        + len(rows.said)
        + len(rows.claim_about)
        + len(rows.claim_mentions)
    )
    return nodes + relationships


def write_through_writer(store: Store, documents: list[tuple[DocumentMeta, Extraction]]) -> Figures:
    rows = sum(count_rows(build_rows(meta, extraction)) for meta, extraction in documents)
    started = time.perf_counter()
    for meta, extraction in documents:
        write_document(store, meta, extraction)
    return Figures(rows, time.perf_counter() - started)


def write_bare(store: Store, documents: list[tuple[DocumentMeta, Extraction]]) -> Figures:
    """The same rows by bare CREATE: actors and topics once each (no MERGE to dedupe them)."""
    built = [build_rows(meta, extraction) for meta, extraction in documents]
    seen: set[str] = set()
    total = sum(count_rows(rows) for rows in built)
    started = time.perf_counter()
    for rows in built:
        new_actors = [a for a in rows.actors if a["id"] not in seen]
        new_topics = [t for t in rows.topics if t["id"] not in seen]
        seen.update(row["id"] for row in new_actors + new_topics)
        store.write_unit(
            lambda tx, rows=rows, a=new_actors, t=new_topics: bare_unit(tx, rows, a, t)
        )
    return Figures(total, time.perf_counter() - started)


def bare_unit(tx: Transaction, rows: DocumentRows, actors: list[dict], topics: list[dict]) -> None:
    doc = rows.document["id"]
    tx.run("bench_create_document", row=rows.document)
    tx.run("bench_create_actors", rows=actors)
    tx.run("bench_create_topics", rows=topics)
    tx.run("bench_create_passages", rows=[{k: v for k, v in p.items()} for p in rows.passages])
    tx.run(
        "bench_create_claims",
        rows=[{k: v for k, v in c.items() if k != "passage_id"} for c in rows.claims],
    )
    tx.run("bench_create_in", rows=[{"source": p["id"], "target": doc} for p in rows.passages])
    tx.run(
        "bench_create_evidenced_by",
        rows=[{"source": c["id"], "target": c["passage_id"]} for c in rows.claims],
    )
    tx.run(
        "bench_create_said",
        rows=[{"source": s["actor_id"], "target": s["claim_id"]} for s in rows.said],
    )
    tx.run(
        "bench_create_about",
        rows=[{"source": r["claim_id"], "target": r["topic_id"]} for r in rows.claim_about],
    )
    tx.run(
        "bench_create_mentions",
        rows=[{"source": r["claim_id"], "target": r["actor_id"]} for r in rows.claim_mentions],
    )


def clear(store: Store) -> None:
    while store.write("delete_everything", batch=10_000)[0]["deleted"]:
        pass


def run(store: Store, claims: int, seed: int = 7, rounds: int = ROUNDS) -> tuple[Figures, Figures]:
    """Writer and bare CREATE in alternating rounds; each side's fastest round is its figure.

    One round each swung the ratio from 0.5 to 1.0 between runs (the server's garbage
    collector and JIT land on one side or the other); the fastest of alternating rounds is
    each side undisturbed. Rounds are few because emptying the graph between them is slow.
    """
    rng = random.Random(seed)
    documents = [
        (DocumentMeta(url=f"https://example.org/bench/{n}"), synthetic_document(n, rng))
        for n in range(max(1, claims // CLAIMS_PER_DOCUMENT))
    ]
    clear(store)
    ensure_schema(store)
    warm_up = [
        (DocumentMeta(url=f"https://example.org/warm/{n}"), synthetic_document(n, rng))
        for n in range(WARM_UP_DOCUMENTS)
    ]
    write_through_writer(store, warm_up)  # the server's JIT warms up before either side is timed
    clear(store)
    write_bare(store, warm_up)
    clear(store)
    writer, bare = [], []
    for _ in range(rounds):
        writer.append(write_through_writer(store, documents))
        clear(store)
        bare.append(write_bare(store, documents))
        clear(store)
    return fastest(writer), fastest(bare)


def fastest(rounds: list[Figures]) -> Figures:
    return min(rounds, key=lambda figures: figures.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument(
        "--data-dir", type=Path, help="embedded data folder (default: a temporary one)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(data_dir=args.data_dir or Path(scratch))
        started = time.perf_counter()
        store = Store.connect(settings)
        print(
            f"backend {store.backend.value}: connected (server started if needed) in "
            f"{time.perf_counter() - started:.1f} s"
        )
        try:
            writer, bare = run(store, args.claims)
        finally:
            store.close()
    print(f"{'':14}{'rows':>10}{'seconds':>10}{'rows/s':>10}")
    for name, figures in (("writer", writer), ("bare CREATE", bare)):
        print(
            f"{name:14}{figures.rows:>10}{figures.seconds:>10.2f}{figures.rows_per_second:>10.0f}"
        )
    print(f"ratio writer/bare: {writer.rows_per_second / bare.rows_per_second:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
