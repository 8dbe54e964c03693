"""The layout of an archive's graph as files for ``neo4j-admin database import``: one folder per
label and per relationship type, each with Parquet parts and the header file that maps their
columns to Neo4j's import header (name, type, ``:ID``, ``:START_ID``, ``:END_ID``).

The properties are those the writer's named queries set (queries/create_*.cypher), so an
imported graph and a written one read alike. Every id carries its kind as a prefix
(graph/ids.py), so all nodes share one id space and a relationship folder may tie several
labels (``EVIDENCED_BY``: claims and events to passages).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

STRING = ("string", pa.string())
LONG = ("long", pa.int64())
DOUBLE = ("double", pa.float64())
BOOLEAN = ("boolean", pa.bool_())
DATE = ("date", pa.date32())
STRINGS = ("string[]", pa.list_(pa.string()))


@dataclass(frozen=True)
class Table:
    """A label's nodes or a relationship type's edges: its folder and typed columns."""

    name: str
    relationship: bool
    columns: tuple[tuple[str, tuple[str, pa.DataType]], ...]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([(column, arrow) for column, (_, arrow) in self.columns])

    def header(self) -> str:
        """The two header lines neo4j-admin reads for Parquet: import names, then columns."""
        names = []
        for column, (kind, _) in self.columns:
            if column == "id":
                names.append("id:ID")
            elif column == "start_id":
                names.append(":START_ID")
            elif column == "end_id":
                names.append(":END_ID")
            else:
                names.append(f"{column}:{kind}")
        return ",".join(names) + "\n" + ",".join(column for column, _ in self.columns) + "\n"


def _node(name: str, *columns: tuple[str, tuple[str, pa.DataType]]) -> Table:
    return Table(name, False, columns)


def _edge(name: str, *columns: tuple[str, tuple[str, pa.DataType]]) -> Table:
    return Table(name, True, (("start_id", STRING), ("end_id", STRING), *columns))


TABLES = {
    table.name: table
    for table in (
        _node(
            "Document",
            ("id", STRING), ("title", STRING), ("author", STRING), ("published", DATE),
            ("url", STRING), ("source", STRING), ("sha256", STRING), ("loaded_at", STRING),
            ("text", STRING),
        ),
        _node("Passage", ("id", STRING), ("start", LONG), ("end", LONG), ("text", STRING)),
        _node(
            "Actor",
            ("id", STRING), ("name", STRING), ("kind", STRING), ("aliases", STRINGS),
            ("curated", BOOLEAN), ("candidates", STRINGS),
        ),
        _node("ActorName", ("key", STRING), ("actor_id", STRING), ("via", STRING)),
        _node(
            "Topic", ("id", STRING), ("name", STRING), ("aliases", STRINGS), ("curated", BOOLEAN)
        ),
        _node(
            "Claim",
            ("id", STRING), ("text", STRING), ("quote", STRING), ("verb", STRING),
            ("said_on", DATE), ("said_on_precision", STRING), ("date_text", STRING),
            ("reported_on", DATE), ("statement_key", STRING), ("confidence", DOUBLE),
            ("mode", STRING), ("start", LONG), ("end", LONG),
        ),
        _node(
            "Event",
            ("id", STRING), ("title", STRING), ("date", DATE), ("precision", STRING),
            ("date_text", STRING),
        ),
        _edge("IN"),
        _edge("EVIDENCED_BY"),
        _edge("SAID"),
        _edge("ABOUT"),
        _edge("MENTIONS"),
        _edge("PARTICIPATED_IN", ("role", STRING)),
        _edge(
            "ROLE",
            ("title", STRING), ("document_id", STRING), ("passage_id", STRING),
            ("since", DATE), ("until", DATE),
        ),
        _edge("RESOLVED", ("alias", STRING), ("rule", STRING), ("kind", STRING)),
        _edge("AUTHORED_BY"),
        _edge("CORROBORATES"),
        _edge("CONTESTS"),
        _edge("CO_MENTIONED", ("count", LONG)),
    )
}  # fmt: skip
