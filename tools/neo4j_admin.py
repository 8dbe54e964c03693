"""Build Neo4j 5.26's ``neo4j-admin`` (its bulk importer among its commands) from Maven Central.

``saidwhen db import`` runs ``neo4j-admin database import full``. A Neo4j installation has it in
``bin/``; a machine with only Java and Maven gets it here: tools/neo4j-admin/pom.xml takes
``org.neo4j:neo4j`` (the same version as the test server: it brings
``org.neo4j:neo4j-import-tool`` and the command line, ``org.neo4j.cli.AdminTool``) plus what
the Parquet reader needs that Neo4j's pom leaves out, and copies them to target/lib/. This module
builds it when needed and writes ``target/neo4j-admin``, a script running AdminTool on them.

    .venv/bin/python tools/neo4j_admin.py      # prints the script's path
    saidwhen db import DIR --neo4j-home HOME --neo4j-admin tools/neo4j-admin/target/neo4j-admin
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.neo4j_server import Neo4jServerError, _build_lock, _java, _require_tool  # noqa: E402

PROJECT_DIR = Path(__file__).resolve().parent / "neo4j-admin"
TARGET_DIR = PROJECT_DIR / "target"
LIB = TARGET_DIR / "lib"
SCRIPT = TARGET_DIR / "neo4j-admin"
MAIN_CLASS = "org.neo4j.cli.AdminTool"


def build(force: bool = False) -> Path:
    """The ``neo4j-admin`` script, built first when missing or older than the pom."""
    with _build_lock():
        pom = PROJECT_DIR / "pom.xml"
        if not force and SCRIPT.is_file() and SCRIPT.stat().st_mtime >= pom.stat().st_mtime:
            return SCRIPT
        mvn = _require_tool("mvn", "build tools/neo4j-admin")
        cmd = [mvn, "-q", "-B", "package"]
        result = subprocess.run(cmd, cwd=PROJECT_DIR, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not LIB.is_dir():
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-40:])
            raise Neo4jServerError(
                f"{' '.join(cmd)} failed in {PROJECT_DIR} ({result.returncode}):\n{tail}"
            )
        classpath = shlex.quote(str(LIB)) + '/"*"'
        SCRIPT.write_text(
            "#!/bin/sh\n# Neo4j's neo4j-admin, built by tools/neo4j_admin.py.\n"
            f'exec {shlex.quote(_java())} -cp {classpath} {MAIN_CLASS} "$@"\n',
            encoding="utf-8",
        )
        SCRIPT.chmod(0o755)
        return SCRIPT


if __name__ == "__main__":
    print(build(force="--rebuild" in sys.argv[1:]))
