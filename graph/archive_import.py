"""A cold start: the files of ``saidwhen extract-archive`` into a new Neo4j database through
Neo4j's own bulk importer, ``neo4j-admin database import full`` (Parquet input, Neo4j 5.25+).

The importer writes the store files directly, with the database offline; the constraints,
indexes and full-text index come after, from ``saidwhen db init`` once Neo4j serves it.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from graph.archive_files import HEADER, MANIFEST
from graph.archive_layout import TABLES
from graph.errors import InvalidInput

PARTS = r"part-.*\.parquet"
"""The parts of a folder, as the importer's file pattern (a regular expression)."""
REPORT = "import.report"
"""The importer's list of what it skipped, written in the Neo4j home (not where it runs)."""
DATABASE_NAME = re.compile(r"[a-z][a-z0-9.-]{2,62}")
"""Neo4j's rule for a database name (checked here so a name is never taken for an option)."""


def import_arguments(directory: Path, database: str) -> list[str]:
    """The arguments after ``neo4j-admin`` for importing ``directory`` into ``database``."""
    if not (directory / MANIFEST).is_file():
        raise InvalidInput(
            f"{directory}: no {MANIFEST} here (expected the --out folder of extract-archive)"
        )
    if "," in str(directory.resolve()):
        raise InvalidInput(f"{directory}: the importer cannot take a path with a comma in it")
    if not DATABASE_NAME.fullmatch(database):
        raise InvalidInput(
            f"database name {database!r}: expected 3 to 63 lower-case letters, digits, dots or "
            "dashes, starting with a letter"
        )
    arguments = ["database", "import", "full", database, "--input-type=parquet"]
    for name, table in TABLES.items():
        folder = directory.resolve() / name
        if not any(folder.glob("part-*.parquet")):
            continue
        option = "--relationships" if table.relationship else "--nodes"
        arguments.append(f"{option}={name}={folder / HEADER},{folder}/{PARTS}")
    return arguments


def run_import(
    admin: Path,
    neo4j_home: Path,
    directory: Path,
    database: str = "neo4j",
    on_line: Callable[[str], None] | None = None,
) -> int:
    """Run the importer; its exit code. Its output goes to ``on_line``, a line at a time."""
    arguments = import_arguments(directory, database)
    if not os.access(admin, os.X_OK):
        raise InvalidInput(
            f"{admin}: not an executable neo4j-admin (give --neo4j-admin, or build one with "
            "`python tools/neo4j_admin.py`)"
        )
    neo4j_home.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "NEO4J_HOME": str(neo4j_home.resolve())}
    process = subprocess.Popen(
        [
            str(admin),
            *arguments,
            f"--report-file={neo4j_home.resolve() / REPORT}",
        ],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if on_line:
            on_line(line.rstrip("\n"))
    return process.wait()
