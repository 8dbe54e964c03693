"""The graph a load of an archive would leave, built in memory from the writer's own rows.

``saidwhen extract-archive`` writes files for neo4j-admin instead of transactions, yet must give
the ids, properties and resolution a load gives. Each document's rows come from
``graph.document_rows.build_rows`` (what the writer sends); this module applies them as the
writer's statements would: a document's passages, claims and their edges are new; actors and
topics are shared (the first row creates one, later rows add aliases and the curated flag, and
each new look-up key becomes an ``ActorName``); an event reported twice is one node with one
``EVIDENCED_BY`` per passage; ``PARTICIPATED_IN`` and an event's ``ABOUT`` are merged; the
co-mention weights of its claims' actors are summed over the archive. It also answers the
look-ups resolution makes of the graph (actors by name key, events), so
documents resolve against the earlier ones exactly as in a load.

What belongs to one document is handed out batch by batch (it is never needed again); what is
shared stays here until the end and is written whole (``shared_tables``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from graph.actor_names import actor_name_rows
from graph.alternatives import claim_facts, ordered, pair_claims
from graph.co_mentions import Pairs, rows_pairs
from graph.document_rows import DocumentMeta, DocumentRows
from graph.model import Extraction
from graph.statements import ClaimFacts, lookup_keys, statement_key
from graph.writer import _merged_shared_rows

Rows = dict[str, list[dict[str, Any]]]
"""Rows by table name (graph.archive_layout.TABLES)."""


class ArchiveGraph:
    def __init__(self) -> None:
        self.documents: dict[str, str] = {}
        """Document id → the sha256 of its text."""
        self.actors: dict[str, dict[str, Any]] = {}
        self.names: dict[str, dict[str, str]] = {}
        """Look-up key → {actor id: how the key names it}, as the ActorName nodes hold it."""
        self.related: dict[str, list[str]] = {}
        """Actor id → the actors it has a ROLE with (either way), one entry per ROLE."""
        self.topics: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.participants: dict[str, dict[str, str]] = {}
        """Event id → {actor id: role}."""
        self.event_topics: dict[str, set[str]] = {}
        self.statements: dict[str | None, list[ClaimFacts]] = {}
        """Statement key → the claims filed under it (what claims_by_statement_keys reads)."""
        self.corroborates: set[tuple[str, str]] = set()
        self.contests: set[tuple[str, str]] = set()
        self.co_mentions: Pairs = Counter()
        """Shared claims per pair of actors: the weights the writer keeps (graph/co_mentions.py)."""

    # What resolution reads (the rows queries/actors_by_name_keys and events_on_dates return).

    def find_actors(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        found = []
        for key in sorted(set(keys)):
            for actor_id, via in self.names.get(key, {}).items():
                actor = self.actors[actor_id]
                found.append(
                    {
                        "key": key,
                        "via": via,
                        "id": actor_id,
                        "name": actor["name"],
                        "kind": actor["kind"],
                        "related": self.related.get(actor_id, []),
                    }
                )
        return found

    def event_rows(self, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The events' rows as queries/events_on_dates returns them (all, in the order they came,
        without ``ids``); resolution keeps its own index of them (loaders/event_identity.py)."""
        return [
            {**self.events[event_id], "participants": list(self.participants.get(event_id, {}))}
            for event_id in (self.events if ids is None else ids)
            if self.events[event_id]["date"] is not None
        ]

    # What the writer's statements do (graph/writer.py, _write_batch).

    def add(self, batch: list[DocumentRows]) -> Rows:
        """Apply a batch of documents (written together by a load); their own rows."""
        out: Rows = {}
        for rows in batch:
            self.documents[rows.document["id"]] = rows.document["sha256"]
            _append(out, "Document", [rows.document])
            self._add_document_owned(rows, out)
            self.co_mentions.update(rows_pairs(rows.said, rows.claim_mentions))
        self._add_actors(_merged_shared_rows(rows.actors for rows in batch), out)
        for row in _merged_shared_rows(rows.topics for rows in batch):
            known = self.topics.get(row["id"])
            if known is None:
                self.topics[row["id"]] = dict(row)
            else:
                known["aliases"] = list(dict.fromkeys([*known["aliases"], *row["aliases"]]))
                known["curated"] = known["curated"] or row["curated"]
        for rows in batch:
            self._add_events(rows, out)
        return out

    def _add_document_owned(self, rows: DocumentRows, out: Rows) -> None:
        doc = rows.document["id"]
        _append(out, "Passage", [_without(p, "document_id") for p in rows.passages])
        _append(out, "IN", [_edge(p["id"], doc) for p in rows.passages])
        _append(out, "Claim", [_without(c, "passage_id") for c in rows.claims])
        _append(out, "EVIDENCED_BY", [_edge(c["id"], c["passage_id"]) for c in rows.claims])
        _append(out, "SAID", [_edge(r["actor_id"], r["claim_id"]) for r in rows.said])
        _append(out, "ABOUT", [_edge(r["claim_id"], r["topic_id"]) for r in rows.claim_about])
        _append(out, "MENTIONS", [_edge(r["claim_id"], r["actor_id"]) for r in rows.claim_mentions])
        _append(
            out,
            "ROLE",
            [
                {**_edge(r["subject_id"], r["object_id"]), **_without(r, "subject_id", "object_id")}
                for r in rows.roles
            ],
        )
        for role in rows.roles:
            self.related.setdefault(role["subject_id"], []).append(role["object_id"])
            self.related.setdefault(role["object_id"], []).append(role["subject_id"])
        _append(
            out,
            "RESOLVED",
            [
                {**_edge(doc, r["actor_id"]), "alias": r["alias"], "rule": r["rule"]}
                for r in rows.actor_links
            ],
        )
        if rows.author_id:
            _append(out, "AUTHORED_BY", [_edge(doc, rows.author_id)])

    def _add_actors(self, batch: list[dict[str, Any]], out: Rows) -> None:
        """Create the new actors, merge aliases into known ones, name each new look-up key."""
        for row in batch:
            known = self.actors.get(row["id"])
            if known is None:
                self.actors[row["id"]] = dict(row)
                self._add_names(actor_name_rows(row, []))
                continue
            aliases = list(dict.fromkeys([*known["aliases"], *row["aliases"]]))
            curated = known["curated"] or row["curated"]
            if aliases == known["aliases"] and curated == known["curated"]:
                continue
            changed = {**row, "name": known["name"], "kind": known["kind"], "aliases": aliases}
            self._add_names(actor_name_rows(changed, known["aliases"]))
            known["aliases"], known["curated"] = aliases, curated

    def _add_names(self, names: list[dict[str, str]]) -> None:
        for name in names:
            self.names.setdefault(name["key"], {})[name["actor_id"]] = name["via"]

    def _add_events(self, rows: DocumentRows, out: Rows) -> None:
        for row in rows.events:
            if row["id"] not in self.events:
                self.events[row["id"]] = _without(row, "passage_id")
            _append(out, "EVIDENCED_BY", [_edge(row["id"], row["passage_id"])])
        for row in rows.participated_in:
            self.participants.setdefault(row["event_id"], {}).setdefault(
                row["actor_id"], row["role"]
            )
        for row in rows.event_about:
            self.event_topics.setdefault(row["event_id"], set()).add(row["topic_id"])

    def link_alternatives(self, written: list[tuple[DocumentMeta, Extraction]]) -> None:
        """What graph.alternatives.link_alternatives adds after a batch is written: claims
        reporting one statement alike (CORROBORATES) or otherwise (CONTESTS), and events
        resolution found dated otherwise elsewhere (CONTESTS)."""
        claims = [fact for meta, extraction in written for fact in claim_facts(meta, extraction)]
        self._file_claims(claims)
        keys = sorted(set().union(*(lookup_keys(claim) for claim in claims)))
        known = [claim for key in keys for claim in self.statements.get(key, [])]
        corroborations, contests = pair_claims(claims, known)
        self.corroborates |= corroborations
        self.contests |= contests | {
            ordered(event.identity, other)
            for _, extraction in written
            for event in extraction.events
            if event.identity
            for other in event.alternatives
        }

    def _file_claims(self, claims: list[ClaimFacts]) -> None:
        for claim in claims:
            key = statement_key(claim.speaker_id, claim.placed_on)
            self.statements.setdefault(key, []).append(claim)

    # The shared part of the graph, written whole at the end of a run and read back by the next.

    def shared_tables(self) -> Rows:
        return {
            "Actor": list(self.actors.values()),
            "ActorName": [
                {"key": key, "actor_id": actor_id, "via": via}
                for key, actors in self.names.items()
                for actor_id, via in actors.items()
            ],
            "Topic": list(self.topics.values()),
            "Event": list(self.events.values()),
            "PARTICIPATED_IN": [
                {**_edge(actor_id, event_id), "role": role}
                for event_id, actors in self.participants.items()
                for actor_id, role in actors.items()
            ],
            "ABOUT": [
                _edge(event_id, topic_id)
                for event_id, topics in self.event_topics.items()
                for topic_id in sorted(topics)
            ],
            "CORROBORATES": [_edge(*pair) for pair in sorted(self.corroborates)],
            "CONTESTS": [_edge(*pair) for pair in sorted(self.contests)],
            "CO_MENTIONED": [
                {**_edge(*pair), "count": count} for pair, count in sorted(self.co_mentions.items())
            ],
        }

    @classmethod
    def restore(
        cls, documents: dict[str, str], shared: Rows, roles: list[dict], claims: list[ClaimFacts]
    ) -> ArchiveGraph:
        """The state an earlier run left: its documents, shared tables, ROLE edges and claims."""
        graph = cls()
        graph._file_claims(claims)
        graph.corroborates = {(r["start_id"], r["end_id"]) for r in shared.get("CORROBORATES", [])}
        graph.contests = {(r["start_id"], r["end_id"]) for r in shared.get("CONTESTS", [])}
        graph.co_mentions = Counter(
            {(r["start_id"], r["end_id"]): r["count"] for r in shared.get("CO_MENTIONED", [])}
        )
        graph.documents = dict(documents)
        graph.actors = {row["id"]: row for row in shared.get("Actor", [])}
        graph._add_names(shared.get("ActorName", []))
        graph.topics = {row["id"]: row for row in shared.get("Topic", [])}
        for row in shared.get("Event", []):
            graph.events[row["id"]] = row
        for row in shared.get("PARTICIPATED_IN", []):
            graph.participants.setdefault(row["end_id"], {})[row["start_id"]] = row["role"]
        for row in shared.get("ABOUT", []):
            graph.event_topics.setdefault(row["start_id"], set()).add(row["end_id"])
        for row in roles:
            graph.related.setdefault(row["start_id"], []).append(row["end_id"])
            graph.related.setdefault(row["end_id"], []).append(row["start_id"])
        return graph


SHARED_TABLES = (
    "Actor", "ActorName", "Topic", "Event", "PARTICIPATED_IN", "ABOUT", "CORROBORATES", "CONTESTS",
    "CO_MENTIONED",
)  # fmt: skip
"""Tables ``shared_tables`` writes whole (ABOUT: an event's; a claim's are the document's)."""


def _edge(start: str, end: str) -> dict[str, str]:
    return {"start_id": start, "end_id": end}


def _without(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in names}


def _append(out: Rows, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        out.setdefault(table, []).extend(rows)
