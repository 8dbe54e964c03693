"""Writer efficiency: rows/s through graph/writer.py against bare ``UNWIND ... CREATE``.

Both sides store the same nodes and relationships in the same transactions: one document
each (100 claims, the default), or several together as a bulk load writes them
(``--documents-per-transaction 16 --claims-per-document 8``: what ``saidwhen load`` does with
news-like articles). The writer looks shared nodes up by their unique ids, checks every batch's
count and keeps documents idempotent; the bare side only CREATEs, so it is the limit the
database itself sets. The ratio is the figure.

    python -m bench.writer_bench --claims 10000 [--backend arcadedb|neo4j]
        [--claims-per-document 100] [--documents-per-transaction 1]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bench.backends import BACKENDS, open_backend
from graph.document_rows import DocumentMeta, DocumentRows, build_rows
from graph.model import Actor, Claim, Extraction, Span, Topic
from graph.schema import ensure_schema
from graph.store import Store, Transaction
from graph.writer import WriteResult, write_documents

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


def synthetic_document(
    number: int,
    rng: random.Random,
    actor_pool: int = 2000,
    claims_wanted: int = CLAIMS_PER_DOCUMENT,
) -> Extraction:
    """One article's worth of claims: every claim has a speaker, a topic and a mention."""
    sentences, claims, actors, topics = [], [], {}, {}
    offset = 0
    published = date(2020, 1, 1) + timedelta(days=number % 1500)
    for index in range(claims_wanted):
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


Documents = list[tuple[DocumentMeta, Extraction]]


def write_through_writer(store: Store, documents: Documents, per_transaction: int) -> Figures:
    rows = sum(count_rows(build_rows(meta, extraction)) for meta, extraction in documents)
    started = time.perf_counter()
    for group in grouped(documents, per_transaction):
        for outcome in write_documents(store, group):
            if not isinstance(outcome, WriteResult):
                raise outcome
    return Figures(rows, time.perf_counter() - started)


def write_bare(store: Store, documents: Documents, per_transaction: int) -> Figures:
    """The same rows by bare CREATE, a transaction's documents in one statement per kind of
    row as the writer sends them: actors and topics once each (no MERGE to dedupe them)."""
    built = [build_rows(meta, extraction) for meta, extraction in documents]
    seen: set[str] = set()
    total = sum(count_rows(rows) for rows in built)
    started = time.perf_counter()
    for group in grouped(built, per_transaction):
        actors = [a for rows in group for a in rows.actors if a["id"] not in seen]
        actors = list({a["id"]: a for a in actors}.values())
        topics = [t for rows in group for t in rows.topics if t["id"] not in seen]
        topics = list({t["id"]: t for t in topics}.values())
        seen.update(row["id"] for row in actors + topics)
        store.write_unit(lambda tx, group=group, a=actors, t=topics: bare_unit(tx, group, a, t))
    return Figures(total, time.perf_counter() - started)


def grouped(items: list, size: int) -> list[list]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def bare_unit(
    tx: Transaction, group: list[DocumentRows], actors: list[dict], topics: list[dict]
) -> None:
    def rows_of(name: str) -> list[dict]:
        return [row for rows in group for row in getattr(rows, name)]

    passages = [(p, rows.document["id"]) for rows in group for p in rows.passages]
    claims = rows_of("claims")
    tx.run("bench_create_document", rows=[rows.document for rows in group])
    tx.run("bench_create_actors", rows=actors)
    tx.run("bench_create_topics", rows=topics)
    tx.run("bench_create_passages", rows=[passage for passage, _ in passages])
    tx.run(
        "bench_create_claims",
        rows=[{k: v for k, v in c.items() if k != "passage_id"} for c in claims],
    )
    tx.run("bench_create_in", rows=[{"source": p["id"], "target": doc} for p, doc in passages])
    tx.run(
        "bench_create_evidenced_by",
        rows=[{"source": c["id"], "target": c["passage_id"]} for c in claims],
    )
    tx.run(
        "bench_create_said",
        rows=[{"source": s["actor_id"], "target": s["claim_id"]} for s in rows_of("said")],
    )
    tx.run(
        "bench_create_about",
        rows=[{"source": r["claim_id"], "target": r["topic_id"]} for r in rows_of("claim_about")],
    )
    tx.run(
        "bench_create_mentions",
        rows=[
            {"source": r["claim_id"], "target": r["actor_id"]} for r in rows_of("claim_mentions")
        ],
    )


def clear(store: Store) -> None:
    while store.write("delete_everything", batch=10_000)[0]["deleted"]:
        pass


def run(
    store: Store,
    claims: int,
    seed: int = 7,
    rounds: int = ROUNDS,
    claims_per_document: int = CLAIMS_PER_DOCUMENT,
    per_transaction: int = 1,
) -> tuple[Figures, Figures]:
    """Writer and bare CREATE in alternating rounds; each side's fastest round is its figure.

    One round each swung the ratio from 0.5 to 1.0 between runs (the server's garbage
    collector and JIT land on one side or the other); the fastest of alternating rounds is
    each side undisturbed. Rounds are few because emptying the graph between them is slow.
    """
    rng = random.Random(seed)

    def documents(prefix: str, count: int) -> Documents:
        return [
            (
                DocumentMeta(url=f"https://example.org/{prefix}/{n}"),
                synthetic_document(n, rng, claims_wanted=claims_per_document),
            )
            for n in range(count)
        ]

    timed = documents("bench", max(1, claims // claims_per_document))
    clear(store)
    ensure_schema(store)
    warm_up = documents("warm", WARM_UP_DOCUMENTS * CLAIMS_PER_DOCUMENT // claims_per_document)
    # The server's JIT warms up before either side is timed.
    write_through_writer(store, warm_up, per_transaction)
    clear(store)
    write_bare(store, warm_up, per_transaction)
    clear(store)
    writer, bare = [], []
    for _ in range(rounds):
        writer.append(write_through_writer(store, timed, per_transaction))
        clear(store)
        bare.append(write_bare(store, timed, per_transaction))
        clear(store)
    return fastest(writer), fastest(bare)


def fastest(rounds: list[Figures]) -> Figures:
    return min(rounds, key=lambda figures: figures.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--backend", choices=BACKENDS, default="arcadedb")
    parser.add_argument("--claims-per-document", type=int, default=CLAIMS_PER_DOCUMENT)
    parser.add_argument("--documents-per-transaction", type=int, default=1)
    parser.add_argument("--heap", default="1g", help="embedded server heap")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        with open_backend(args.backend, Path(scratch), args.heap) as store:
            print(
                f"backend {store.backend.value}: started in {time.perf_counter() - started:.1f} s"
            )
            writer, bare = run(
                store,
                args.claims,
                claims_per_document=args.claims_per_document,
                per_transaction=args.documents_per_transaction,
            )
    print(f"{'':14}{'rows':>10}{'seconds':>10}{'rows/s':>10}")
    for name, figures in (("writer", writer), ("bare CREATE", bare)):
        print(
            f"{name:14}{figures.rows:>10}{figures.seconds:>10.2f}{figures.rows_per_second:>10.0f}"
        )
    print(f"ratio writer/bare: {writer.rows_per_second / bare.rows_per_second:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
