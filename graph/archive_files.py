"""An archive's graph on disk: ``DIR/<Label>/`` and ``DIR/<REL_TYPE>/`` of Parquet parts, each
folder with the ``header.csv`` neo4j-admin reads beside them (graph/archive_layout.py), plus
``manifest.parquet`` (each document's id and sha256: what a rerun skips) and
``failures.jsonl`` (the documents the last run could not take, with the reason).

A run writes the documents' own rows as parts named after the run, first as ``.partial`` files
renamed only when the run ends well, so a run that dies leaves nothing a later one would count
twice. The shared tables (graph/archive_graph.py) are rewritten whole at each run's end.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graph.archive_graph import SHARED_TABLES, ArchiveGraph, Rows
from graph.archive_layout import TABLES
from graph.errors import InvalidInput
from graph.statements import ClaimFacts, stored_claim_facts

ROWS_PER_PART = 20_000
"""Rows buffered per table before a part is written (documents carry their text: bounded)."""
MANIFEST = "manifest.parquet"
FAILURES = "failures.jsonl"
HEADER = "header.csv"
SHARED_PREFIX = "part-shared-"


class ArchiveFiles:
    def __init__(self, directory: Path) -> None:
        if directory.exists() and not directory.is_dir():
            raise InvalidInput(f"{directory}: not a folder (--out names the output folder)")
        self.directory = directory
        self.run = uuid.uuid4().hex[:12]
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.parts: dict[str, int] = {}
        self.written: list[Path] = []
        for leftover in directory.glob("*/*.partial"):
            leftover.unlink()

    def read_graph(self) -> ArchiveGraph:
        """What earlier runs left (an empty graph for a new folder)."""
        manifest = self.directory / MANIFEST
        if not manifest.exists():
            return ArchiveGraph()
        documents = {row["id"]: row["sha256"] for row in _read(manifest)}
        shared: Rows = {}
        for name in SHARED_TABLES:
            parts = sorted((self.directory / name).glob(f"{SHARED_PREFIX}*.parquet"))
            shared[name] = [row for part in parts for row in _read(part)]
        roles = [row for part in self._parts("ROLE") for row in _read(part)]
        return ArchiveGraph.restore(documents, shared, roles, self._claims())

    def _claims(self) -> list[ClaimFacts]:
        """The claims written so far, with their documents (through their passages)."""
        documents = {
            row["start_id"]: row["end_id"] for part in self._parts("IN") for row in _read(part)
        }
        passages = {
            row["start_id"]: row["end_id"]
            for part in self._parts("EVIDENCED_BY")
            for row in _read(part)
            if row["start_id"].startswith("claim:")
        }
        return [
            stored_claim_facts(row, row["statement_key"], documents[passages[row["id"]]])
            for part in self._parts("Claim")
            for row in _read(part)
            if row["statement_key"]
        ]

    def append(self, rows: Rows) -> None:
        """Buffer a batch's own rows; write a part of each table whose buffer is full."""
        for name, table_rows in rows.items():
            buffer = self.buffers.setdefault(name, [])
            buffer.extend(table_rows)
            if len(buffer) >= ROWS_PER_PART:
                self._write_part(name, "part-", buffer)
                buffer.clear()

    def finish(self, graph: ArchiveGraph, failures: list[tuple[str, str]]) -> None:
        """Write what is buffered, the shared tables, the headers, manifest and failures."""
        for name, buffer in self.buffers.items():
            if buffer:
                self._write_part(name, "part-", buffer)
        shared = graph.shared_tables()
        replaced = [
            part
            for name in SHARED_TABLES
            for part in (self.directory / name).glob(f"{SHARED_PREFIX}*.parquet")
        ]
        for name in SHARED_TABLES:
            self._write_part(name, SHARED_PREFIX, shared[name])
        for path in self.written:
            path.rename(path.with_suffix(""))
        for part in replaced:
            part.unlink()
        for name, table in TABLES.items():
            folder = self.directory / name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / HEADER).write_text(table.header(), encoding="utf-8")
        manifest = [{"id": doc, "sha256": sha} for doc, sha in graph.documents.items()]
        schema = pa.schema([("id", pa.string()), ("sha256", pa.string())])
        pq.write_table(pa.Table.from_pylist(manifest, schema), self.directory / MANIFEST)
        with (self.directory / FAILURES).open("w", encoding="utf-8") as handle:
            for path, reason in failures:
                handle.write(json.dumps({"path": path, "reason": reason}) + "\n")

    def _parts(self, name: str) -> list[Path]:
        return sorted((self.directory / name).glob("part-*.parquet"))

    def _write_part(self, name: str, prefix: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        folder = self.directory / name
        folder.mkdir(parents=True, exist_ok=True)
        number = self.parts.get(prefix + name, 0)
        self.parts[prefix + name] = number + 1
        path = folder / f"{prefix}{self.run}-{number:05d}.parquet.partial"
        schema = TABLES[name].schema
        columns = {column: [row.get(column) for row in rows] for column in schema.names}
        pq.write_table(pa.Table.from_pydict(columns, schema), path)
        self.written.append(path)


def _read(path: Path) -> Iterable[dict[str, Any]]:
    return pq.read_table(path).to_pylist()


def counts(directory: Path) -> dict[str, int]:
    """Rows per table in an archive folder: nodes by label, relationships by type."""
    return {
        name: sum(pq.read_metadata(part).num_rows for part in parts)
        for name in TABLES
        if (parts := sorted((directory / name).glob("part-*.parquet")))
    }
