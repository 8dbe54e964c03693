"""Named Cypher queries: one ``queries/<name>.cypher`` file each, loaded once and checked.

Each file starts with comment lines; the one beginning ``// params:`` lists the parameters
the query takes (``none`` when it takes none). ``load_queries`` refuses a missing or empty
file at start-up, and a test checks every file's ``$params`` against its header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from graph.cypher_guard import check_read_only
from graph.errors import QueryRefused

PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    declared_params: frozenset[str]

    @property
    def body(self) -> str:
        """The Cypher without its header comment lines."""
        return "\n".join(line for line in self.text.splitlines() if not line.startswith("//"))

    @cached_property
    def writes(self) -> bool:
        """True when the statement writes or changes the schema (what /v1/query refuses)."""
        try:
            check_read_only(self.body)
        except QueryRefused:
            return True
        return False

    @property
    def used_params(self) -> frozenset[str]:
        return frozenset(PARAMETER.findall(self.body))


def parse_query(name: str, text: str) -> NamedQuery:
    header = [line for line in text.splitlines() if line.startswith("// params:")]
    if not text.strip() or not any(
        not line.startswith("//") and line.strip() for line in text.splitlines()
    ):
        raise ValueError(f"queries/{name}.cypher is empty: write the query below its header")
    if not header:
        raise ValueError(f"queries/{name}.cypher has no '// params:' header line")
    declared = header[0].split("·")[0].removeprefix("// params:")
    return NamedQuery(name, text, frozenset(PARAMETER.findall(declared)))


@cache
def load_queries() -> dict[str, NamedQuery]:
    """Every query shipped in the ``queries`` package, by name."""
    folder = resources.files("queries")
    return {
        entry.name.removesuffix(".cypher"): parse_query(
            entry.name.removesuffix(".cypher"), entry.read_text(encoding="utf-8")
        )
        for entry in folder.iterdir()
        if entry.name.endswith(".cypher")
    }


def get_query(name: str) -> NamedQuery:
    queries = load_queries()
    if name not in queries:
        raise LookupError(f"no query named {name!r}: expected queries/{name}.cypher in the package")
    return queries[name]
