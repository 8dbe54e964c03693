"""Every third-party module the package imports is a declared runtime dependency, and every
declared dependency is imported (or named below with the import that needs it).

Read from the source (every import statement of every module, wherever it sits) and from the
installed distribution's metadata, which `make` refreshes whenever pyproject.toml changes.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("api", "graph", "loaders", "queries")
NEEDED_WITHOUT_AN_IMPORT = {
    "bokeh": "dask.distributed",  # the Dask dashboard extract-archive points to
    "httptools": "uvicorn",  # uvicorn parses HTTP with it when it is installed
    "jinja2": "fastapi.templating",  # Jinja2Templates renders the pages with it
    "lxml-html-clean": "trafilatura",  # trafilatura imports lxml.html.clean
    "neo4j-rust-ext": "neo4j",  # the driver picks up its Rust encoder and decoder
    "python-multipart": "starlette.datastructures",  # request.form() parses uploads with it
    "uvloop": "uvicorn",  # uvicorn runs its event loop on it when it is installed
}
"""Declared distributions no module imports by name, each with the import that needs it."""


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules() -> set[str]:
    """Every module named by an absolute import in the package's source."""
    names: set[str] = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module)
    return names


def third_party(modules: set[str]) -> set[str]:
    tops = {module.partition(".")[0] for module in modules}
    return {top for top in tops if top not in sys.stdlib_module_names and top not in PACKAGES}


def runtime_requirements() -> set[str]:
    declared = requires("saidwhen") or []
    return {
        normalise(re.match(r"[A-Za-z0-9._-]+", line).group())
        for line in declared
        if "extra ==" not in line
    }


def distributions_of(modules: set[str]) -> dict[str, set[str]]:
    """Each module's distributions (a module nothing installed provides maps to none)."""
    providers = packages_distributions()
    return {module: {normalise(name) for name in providers.get(module, [])} for module in modules}


def test_every_imported_package_is_a_declared_runtime_dependency() -> None:
    declared = runtime_requirements()

    undeclared = {
        module: sorted(dists)
        for module, dists in distributions_of(third_party(imported_modules())).items()
        if not dists & declared
    }

    assert undeclared == {}


def test_every_declared_runtime_dependency_is_imported() -> None:
    modules = imported_modules()
    imported = set().union(*distributions_of(third_party(modules)).values())

    unused = runtime_requirements() - imported - set(NEEDED_WITHOUT_AN_IMPORT)

    assert unused == set()


def test_each_dependency_needed_without_an_import_is_needed_by_an_import() -> None:
    modules = imported_modules()

    carriers = {
        name: carrier
        for name, carrier in NEEDED_WITHOUT_AN_IMPORT.items()
        if not any(module == carrier or module.startswith(f"{carrier}.") for module in modules)
    }

    assert carriers == {}
    assert set(NEEDED_WITHOUT_AN_IMPORT) <= runtime_requirements()
