"""Pointing the command line (``api.cli.main`` under CliRunner) at the test's database."""

from __future__ import annotations

import pytest

from graph.store import Store


def point_cli_at(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = store.settings
    monkeypatch.setenv("SAIDWHEN_DATA_DIR", str(settings.data_dir))
    for name in ("neo4j_uri", "neo4j_user", "neo4j_database"):
        if getattr(settings, name):
            monkeypatch.setenv(f"SAIDWHEN_{name.upper()}", getattr(settings, name))
    if settings.neo4j_password:
        monkeypatch.setenv("SAIDWHEN_NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    monkeypatch.setenv("COLUMNS", "200")
