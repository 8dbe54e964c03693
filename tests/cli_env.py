"""Pointing the command line (``api.cli.main`` under CliRunner, or a child process) at the
test's database."""

from __future__ import annotations

import pytest

from graph.store import Store


def environment_for(store: Store) -> dict[str, str]:
    """The ``SAIDWHEN_*`` variables that reach the test's database."""
    settings = store.settings
    variables = {"SAIDWHEN_DATA_DIR": str(settings.data_dir), "COLUMNS": "200"}
    for name in ("neo4j_uri", "neo4j_user", "neo4j_database"):
        if getattr(settings, name):
            variables[f"SAIDWHEN_{name.upper()}"] = getattr(settings, name)
    if settings.neo4j_password:
        variables["SAIDWHEN_NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    return variables


def point_cli_at(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in environment_for(store).items():
        monkeypatch.setenv(name, value)
