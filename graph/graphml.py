"""Exported batches as GraphML for Gephi (and networkx, yEd), streamed.

Nodes are the model's nodes with their label and a display name; edges are the stored
relationships plus ROLE with its title. GraphML readers want every node declared before
an edge names it, so the batches are read twice: nodes first, then edges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from graph.export import Batch

NODE_KEYS = ("label", "name", "kind", "date", "text")
EDGE_KEYS = ("type", "title")
NODE_LABELS = {
    "claims": "Claim",
    "events": "Event",
    "passages": "Passage",
    "documents": "Document",
    "actors": "Actor",
    "topics": "Topic",
}


def iter_graphml(read_batches: Callable[[], Iterable[Batch]]) -> Iterator[str]:
    """``read_batches`` is called twice (nodes, then edges), each time paging afresh."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    for key in NODE_KEYS:
        yield f'  <key id="n_{key}" for="node" attr.name="{key}" attr.type="string"/>\n'
    for key in EDGE_KEYS:
        yield f'  <key id="e_{key}" for="edge" attr.name="{key}" attr.type="string"/>\n'
    yield '  <graph id="saidwhen" edgedefault="directed">\n'
    for batch in read_batches():
        if batch.kind in NODE_LABELS:
            yield "".join(_node(NODE_LABELS[batch.kind], row) for row in batch.rows)
    for batch in read_batches():
        yield "".join(_edge(*edge) for row in batch.rows for edge in _edges(batch.kind, row))
    yield "  </graph>\n</graphml>\n"


def _node(label: str, row: dict[str, Any]) -> str:
    values = {
        "label": label,
        "name": row.get("name") or row.get("title") or row.get("text"),
        "kind": row.get("kind"),
        "date": row.get("said_on") or row.get("date") or row.get("published"),
        "text": row.get("text") if label in ("Claim", "Passage") else None,
    }
    data = "".join(
        f'<data key="n_{key}">{escape(str(value))}</data>'
        for key, value in values.items()
        if value is not None
    )
    return f"    <node id={quoteattr(row['id'])}>{data}</node>\n"


def _edge(source: str, target: str, kind: str, title: str | None = None) -> str:
    data = f'<data key="e_type">{escape(kind)}</data>'
    if title:
        data += f'<data key="e_title">{escape(title)}</data>'
    return f"    <edge source={quoteattr(source)} target={quoteattr(target)}>{data}</edge>\n"


def _edges(kind: str, row: dict[str, Any]) -> list[tuple[str, ...]]:
    if kind == "claims":
        edges = [(row["id"], row["passage_id"], "EVIDENCED_BY")]
        if row["speaker_id"]:
            edges.append((row["speaker_id"], row["id"], "SAID"))
        edges += [(row["id"], topic, "ABOUT") for topic in row["topic_ids"]]
        edges += [(row["id"], actor, "MENTIONS") for actor in row["mention_ids"]]
        edges += [(row["id"], other, "CORROBORATES") for other in row["corroborates"]]
        edges += [(row["id"], other, "CONTESTS") for other in row["contests"]]
        return edges + [(row["id"], event, "REFERS_TO") for event in row["event_ids"]]
    if kind == "events":
        edges = [(row["id"], row["passage_id"], "EVIDENCED_BY")]
        edges += [(row["id"], topic, "ABOUT") for topic in row["topic_ids"]]
        edges += [(row["id"], other, "CONTESTS") for other in row["contests"]]
        return edges + [(p["actor_id"], row["id"], "PARTICIPATED_IN") for p in row["participants"]]
    if kind == "roles":
        return [(row["subject_id"], row["object_id"], "ROLE", row["title"])]
    if kind == "passages":
        return [(row["id"], row["document_id"], "IN")]
    if kind == "documents" and row["author_id"]:
        return [(row["id"], row["author_id"], "AUTHORED_BY")]
    return []
