"""Store one document's whole subgraph in ONE transaction, with batched ``UNWIND`` statements.

Loading an unchanged document (same id, same sha256) changes nothing; a changed version
replaces exactly what the earlier version contributed; a failure rolls back everything of
that document. Actors and topics are shared between documents and MERGEd on their ids;
what belongs to one document (passages, claims, events and their edges) is removed before a
new version is written, so it is CREATEd, which is what keeps the writer near the speed of
bare CREATE statements. Every batch returns how many rows it wrote, and a batch that wrote fewer
rows than it was given (a MATCH that found nothing) fails the document instead of
silently dropping them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Literal

from graph import ids
from graph.errors import InvalidInput
from graph.store import Store, Transaction
from loaders.extraction import Extraction, Span, actor_key

WriteStatus = Literal["loaded", "replaced", "unchanged"]
SHARED_NODE_QUERIES = {
    "actors": ("actors_by_ids", "create_actors", "update_actors"),
    "topics": ("topics_by_ids", "create_topics", "update_topics"),
}


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class WriteResult:
    document_id: str
    status: WriteStatus
    claims: int
    events: int
    actors: int


@dataclass
class DocumentRows:
    """Everything one document contributes, as parameter rows for the named queries."""

    document: dict[str, Any]
    passages: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    said: list[dict[str, Any]] = field(default_factory=list)
    claim_about: list[dict[str, Any]] = field(default_factory=list)
    claim_mentions: list[dict[str, Any]] = field(default_factory=list)
    event_about: list[dict[str, Any]] = field(default_factory=list)
    participated_in: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    author_id: str | None = None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id_for(meta: DocumentMeta, text: str) -> str:
    return ids.document_id(meta.url or meta.path or text_sha256(text))


def build_rows(meta: DocumentMeta, extraction: Extraction) -> DocumentRows:
    """Turn an extraction into rows; pure, so it is tested and benchmarked without a database."""
    doc = document_id_for(meta, extraction.text)
    rows = DocumentRows(
        document={
            "id": doc,
            "title": meta.title,
            "author": meta.author,
            "published": meta.published or extraction.published,
            "url": meta.url,
            "source": meta.source,
            "sha256": text_sha256(extraction.text),
            "loaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "text": extraction.text,
        }
    )
    actor_keys = {actor.key for actor in extraction.actors}
    topic_keys = {topic.key for topic in extraction.topics}
    rows.actors = [
        {
            "id": ids.actor_id(actor.key),
            "name": actor.name,
            "kind": actor.kind,
            "aliases": sorted({actor.name, *actor.aliases}),
            "curated": actor.curated,
        }
        for actor in extraction.actors
    ]
    rows.topics = [
        {
            "id": ids.topic_id(topic.key),
            "name": topic.name,
            "aliases": sorted({topic.name, *topic.aliases}),
            "curated": topic.curated,
        }
        for topic in extraction.topics
    ]
    if meta.author:
        rows.author_id = ids.actor_id(meta.author)
        if actor_key(meta.author) not in actor_keys:
            rows.actors.append(
                {
                    "id": rows.author_id,
                    "name": meta.author,
                    "kind": "person",
                    "aliases": [meta.author],
                    "curated": False,
                }
            )

    passages: dict[tuple[int, int], str] = {}

    def passage_for(span: Span) -> str:
        if (span.start, span.end) not in passages:
            passages[(span.start, span.end)] = ids.passage_id(doc, span.start, span.end)
            rows.passages.append(
                {
                    "id": passages[(span.start, span.end)],
                    "start": span.start,
                    "end": span.end,
                    "text": span.text,
                }
            )
        return passages[(span.start, span.end)]

    for claim in extraction.claims:
        _check_keys(claim.speaker and [claim.speaker], actor_keys, "speaker", claim.content)
        _check_keys(claim.mentions, actor_keys, "mentioned actor", claim.content)
        _check_keys(claim.topics, topic_keys, "topic", claim.content)
        claim_node = ids.claim_id(doc, claim.content.start, claim.content.end, claim.speaker)
        rows.claims.append(
            {
                "id": claim_node,
                "text": claim.content.text,
                "quote": claim.quote,
                "verb": claim.verb,
                "said_on": claim.said_on,
                "said_on_precision": claim.said_on_precision,
                "date_text": claim.date_text,
                "confidence": claim.confidence,
                "start": claim.content.start,
                "end": claim.content.end,
                "passage_id": passage_for(claim.passage),
            }
        )
        if claim.speaker:
            rows.said.append({"actor_id": ids.actor_id(claim.speaker), "claim_id": claim_node})
        rows.claim_about += [
            {"claim_id": claim_node, "topic_id": ids.topic_id(t)} for t in set(claim.topics)
        ]
        rows.claim_mentions += [
            {"claim_id": claim_node, "actor_id": ids.actor_id(a)} for a in set(claim.mentions)
        ]
    for event in extraction.events:
        _check_keys(event.participants, actor_keys, "participant", event.passage)
        _check_keys(event.topics, topic_keys, "topic", event.passage)
        event_node = ids.event_id(doc, event.passage.start, event.title)
        rows.events.append(
            {
                "id": event_node,
                "title": event.title,
                "date": event.date,
                "precision": event.precision,
                "date_text": event.date_text,
                "passage_id": passage_for(event.passage),
            }
        )
        rows.participated_in += [
            {"actor_id": ids.actor_id(a), "event_id": event_node, "role": "participant"}
            for a in dict.fromkeys(event.participants)
        ]
        rows.event_about += [
            {"event_id": event_node, "topic_id": ids.topic_id(t)} for t in set(event.topics)
        ]
    for role in extraction.roles:
        _check_keys([role.subject, role.object], actor_keys, "role actor", role.passage)
        rows.roles.append(
            {
                "subject_id": ids.actor_id(role.subject),
                "object_id": ids.actor_id(role.object),
                "title": role.title,
                "document_id": doc,
                "passage_id": passage_for(role.passage),
                "since": None,
                "until": None,
            }
        )
    rows.roles = list(
        {(r["subject_id"], r["object_id"], r["title"]): r for r in rows.roles}.values()
    )
    rows.claims = list({c["id"]: c for c in rows.claims}.values())
    rows.events = list({e["id"]: e for e in rows.events}.values())
    for name in ("said", "claim_about", "claim_mentions", "event_about", "participated_in"):
        setattr(rows, name, unique_rows(getattr(rows, name)))
    return rows


def unique_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relationship rows without repeats: the writer CREATEs them, so a repeat would be a twin."""
    return list({tuple(sorted(row.items())): row for row in rows}.values())


def write_document(store: Store, meta: DocumentMeta, extraction: Extraction) -> WriteResult:
    rows = build_rows(meta, extraction)
    return store.write_unit(lambda tx: _write_rows(tx, rows))


def delete_document(store: Store, document_id: str) -> bool:
    """Remove a document and what only it contributed. False when there is no such document."""

    def work(tx: Transaction) -> bool:
        if not tx.run("document_by_id", document_id=document_id):
            return False
        _remove_contribution(tx, document_id, keep_ids=set())
        tx.run("delete_document", document_id=document_id)
        return True

    return store.write_unit(work)


def _write_rows(tx: Transaction, rows: DocumentRows) -> WriteResult:
    doc = rows.document["id"]
    existing = tx.run("document_by_id", document_id=doc)
    counts = dict(
        document_id=doc, claims=len(rows.claims), events=len(rows.events), actors=len(rows.actors)
    )
    if existing and existing[0]["document"]["sha256"] == rows.document["sha256"]:
        return WriteResult(status="unchanged", **counts)
    if existing:
        kept = {row["id"] for row in rows.actors + rows.topics}
        _remove_contribution(tx, doc, keep_ids=kept)
    _expect(tx, "upsert_document", 1, row=rows.document)
    _write_shared_nodes(tx, "actors", rows.actors)
    _write_shared_nodes(tx, "topics", rows.topics)
    _expect(tx, "create_passages", len(rows.passages), document_id=doc, rows=rows.passages)
    for name, batch in (
        ("create_claims", rows.claims),
        ("create_events", rows.events),
        ("create_said", rows.said),
        ("create_claim_about", rows.claim_about),
        ("create_claim_mentions", rows.claim_mentions),
        ("create_event_about", rows.event_about),
        ("create_participated_in", rows.participated_in),
        ("create_roles", rows.roles),
    ):
        _expect(tx, name, len(batch), rows=batch)
    if rows.author_id:
        _expect(tx, "merge_authored_by", 1, document_id=doc, actor_id=rows.author_id)
    return WriteResult(status="replaced" if existing else "loaded", **counts)


def _write_shared_nodes(tx: Transaction, label: str, batch: list[dict[str, Any]]) -> None:
    """Create the actors (or topics) that are new; add aliases to those that exist.

    Looking them up first and writing only what changed is what keeps shared nodes cheap:
    a MERGE that re-SETs every known actor in every document costs more than the document.
    """
    if not batch:
        return
    find, create, update = SHARED_NODE_QUERIES[label]
    existing = {row["id"]: row for row in tx.run(find, ids=[r["id"] for r in batch])}
    new = [row for row in batch if row["id"] not in existing]
    changed = []
    for row in batch:
        known = existing.get(row["id"])
        if known is None:
            continue
        aliases = list(dict.fromkeys([*(known["aliases"] or []), *row["aliases"]]))
        curated = known["curated"] or row["curated"]
        if aliases != (known["aliases"] or []) or curated != known["curated"]:
            changed.append({"id": row["id"], "aliases": aliases, "curated": curated})
    _expect(tx, create, len(new), rows=new)
    _expect(tx, update, len(changed), rows=changed)


def _remove_contribution(tx: Transaction, document_id: str, keep_ids: set[str]) -> None:
    neighbours = [row["id"] for row in tx.run("document_neighbours", document_id=document_id)]
    tx.run("delete_document_contribution", document_id=document_id)
    orphans = [node for node in neighbours if node not in keep_ids]
    tx.run("delete_orphan_actors", ids=[node for node in orphans if node.startswith("actor:")])
    tx.run("delete_orphan_topics", ids=[node for node in orphans if node.startswith("topic:")])


def _expect(tx: Transaction, name: str, expected: int, **params: Any) -> None:
    if expected == 0 and "rows" in params:
        return
    written = tx.run(name, **params)[0]["written"]
    if written != expected:
        raise RuntimeError(
            f"{name} wrote {written} of {expected} rows; a node it ties to is missing, "
            "so the document was rolled back"
        )


def _check_keys(keys: list[str] | None, known: set[str], what: str, where: Span) -> None:
    for key in keys or []:
        if key not in known:
            raise InvalidInput(
                f"{what} {key!r} at characters {where.start}-{where.end} is not among the "
                "document's actors or topics (an extraction bug: please report it)"
            )
