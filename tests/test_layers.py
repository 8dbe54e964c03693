"""Every import points down: api → loaders → graph, and loaders meet graph's I/O only in ingest
(loaders/ingest.py for the database, loaders/archive_ingest.py for an archive's files).

graph/ is the ground floor (the model, errors, the store and its queries); loaders/ read and extract
onto graph's model; loaders/ingest.py is the one place where reading and writing meet; api/ sits on
top. Imports are read from each module's syntax tree, including those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What a loaders module other than ingest may take from graph: the model and its vocabulary, no I/O.
LOADERS_MAY_USE = {"graph.model", "graph.errors", "graph.rdf_rows", "graph.rdf_vocabulary"}
INGESTS = {"loaders/ingest.py", "loaders/archive_ingest.py"}
"""Where reading and writing meet: a load into the database, an archive into import files."""


def _project_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # `from graph import store` names a module too
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    project = {"graph", "loaders", "api"}
    return [(line, name) for line, name in found if name.split(".")[0] in project]


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _violations(package: str, allowed) -> list[str]:
    problems = []
    for path in _modules(package):
        relative = path.relative_to(ROOT).as_posix()
        for line, name in _project_imports(path):
            if not allowed(relative, name):
                problems.append(f"{relative}:{line} imports {name}")
    return problems


def _is_module(name: str) -> bool:
    """True when ``name`` is a module or package of the project (not a name inside one)."""
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def test_graph_imports_nothing_above_it() -> None:
    assert _violations("graph", lambda _, name: name.split(".")[0] == "graph") == []


def test_loaders_use_only_the_model_except_ingest() -> None:
    def allowed(relative: str, name: str) -> bool:
        top = name.split(".")[0]
        if top == "api":
            return False
        if top == "loaders" or relative in INGESTS or not _is_module(name):
            return True
        return name == "graph" or name in LOADERS_MAY_USE

    assert _violations("loaders", allowed) == []


@pytest.mark.parametrize("package", ["graph", "loaders"])
def test_the_check_sees_imports(package: str) -> None:
    """Guard against a checker that finds nothing: each package does import the project."""
    assert any(_project_imports(path) for path in _modules(package))
