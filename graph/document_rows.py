"""One document's extraction as parameter rows for the writer's named queries.

Pure (no database), so it is tested and benchmarked on its own; ``graph.writer`` sends the rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from graph import ids
from graph.errors import InvalidInput
from graph.model import GROUP, Extraction, Span, actor_key
from graph.statements import statement_key


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


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
    actor_links: list[dict[str, Any]] = field(default_factory=list)
    author_id: str | None = None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id_for(meta: DocumentMeta, text: str) -> str:
    return ids.document_id(meta.url or meta.path or text_sha256(text))


def actor_node_ids(extraction: Extraction, document: str) -> Callable[[str], str]:
    """The node id of each of the extraction's actor keys. A group's id names its document
    too: another document's "analysts" are other people."""
    groups = {actor.key for actor in extraction.actors if actor.kind == GROUP}

    def actor_id(key: str) -> str:
        return ids.actor_id(f"{key} {document}") if key in groups else ids.actor_id(key)

    return actor_id


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
    actor_id = actor_node_ids(extraction, doc)
    rows.actors = [
        {
            "id": actor_id(actor.key),
            "name": actor.name,
            "kind": actor.kind,
            "aliases": sorted({actor.name, *actor.aliases}),
            "curated": actor.curated,
            "candidates": list(actor.candidates),
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
                    "candidates": [],
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
        reported_on = claim.reported_on or rows.document["published"]
        speaker_id = actor_id(claim.speaker) if claim.speaker else None
        rows.claims.append(
            {
                "id": claim_node,
                "text": claim.content.text,
                "quote": claim.quote,
                "verb": claim.verb,
                "said_on": claim.said_on,
                "said_on_precision": claim.said_on_precision,
                "date_text": claim.date_text,
                "reported_on": reported_on,
                "statement_key": statement_key(speaker_id, claim.said_on or reported_on),
                "confidence": claim.confidence,
                "mode": claim.mode,
                "start": claim.content.start,
                "end": claim.content.end,
                "passage_id": passage_for(claim.passage),
            }
        )
        if claim.speaker:
            rows.said.append({"actor_id": actor_id(claim.speaker), "claim_id": claim_node})
        rows.claim_about += [
            {"claim_id": claim_node, "topic_id": ids.topic_id(t)} for t in set(claim.topics)
        ]
        rows.claim_mentions += [
            {"claim_id": claim_node, "actor_id": actor_id(a)} for a in set(claim.mentions)
        ]
    for event in extraction.events:
        _check_keys(event.participants, actor_keys, "participant", event.passage)
        _check_keys(event.topics, topic_keys, "topic", event.passage)
        event_node = event.identity or ids.event_id(doc, event.passage.start, event.title)
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
            {"actor_id": actor_id(a), "event_id": event_node, "role": "participant"}
            for a in dict.fromkeys(event.participants)
        ]
        rows.event_about += [
            {"event_id": event_node, "topic_id": ids.topic_id(t)} for t in set(event.topics)
        ]
    for role in extraction.roles:
        _check_keys([role.subject, role.object], actor_keys, "role actor", role.passage)
        rows.roles.append(
            {
                "subject_id": actor_id(role.subject),
                "object_id": actor_id(role.object),
                "title": role.title,
                "document_id": doc,
                "passage_id": passage_for(role.passage),
                "since": None,
                "until": None,
            }
        )
    linked = [link.actor for link in extraction.links]
    _check_keys(linked, actor_keys, "linked actor", Span(0, 0, ""))
    rows.actor_links = unique_rows(
        [
            {
                "document_id": doc,
                "actor_id": actor_id(link.actor),
                "alias": link.alias,
                "rule": link.rule,
                "kind": link.kind,
            }
            for link in extraction.links
        ]
    )
    rows.roles = list(
        {(r["subject_id"], r["object_id"], r["title"]): r for r in rows.roles}.values()
    )
    rows.claims = list({c["id"]: c for c in rows.claims}.values())
    rows.events = list({(e["id"], e["passage_id"]): e for e in rows.events}.values())
    for name in ("said", "claim_about", "claim_mentions", "event_about", "participated_in"):
        setattr(rows, name, unique_rows(getattr(rows, name)))
    return rows


def unique_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relationship rows without repeats: the writer CREATEs them, so a repeat would be a twin."""
    return list({tuple(sorted(row.items())): row for row in rows}.values())


def _check_keys(keys: list[str] | None, known: set[str], what: str, where: Span) -> None:
    for key in keys or []:
        if key not in known:
            raise InvalidInput(
                f"{what} {key!r} at characters {where.start}-{where.end} is not among the "
                "document's actors or topics (an extraction bug: please report it)"
            )
