"""The command line starts without the heavy libraries: only the commands that need them
import spaCy, FastAPI, rdflib, trafilatura or the driver (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("spacy", "fastapi", "rdflib", "trafilatura", "neo4j", "uvicorn", "numpy", "pydantic")
ROOT = Path(__file__).resolve().parents[2]


def heavy_modules_after(code: str) -> list[str]:
    """The heavy top-level modules a fresh interpreter holds after running ``code``."""
    report = (
        f"import json, sys; print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(finished.stdout.strip().splitlines()[-1])


def test_importing_the_command_line_imports_no_heavy_library() -> None:
    assert heavy_modules_after("import api.cli") == []


def test_the_help_of_every_command_imports_no_heavy_library() -> None:
    from api.cli import main

    commands = [[name] for name in main.commands] + [
        ["db", name] for name in main.commands["db"].commands
    ]
    code = "\n".join(
        [
            "from api.cli import main",
            *(
                f"main.main({[*command, '--help']!r}, standalone_mode=False)"
                for command in [[], *commands]
            ),
        ]
    )

    assert heavy_modules_after(code) == []


def test_the_check_sees_a_heavy_import() -> None:
    assert "neo4j" in heavy_modules_after("import graph.store")
