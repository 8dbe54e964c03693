"""Curation through the command line and the API: the same decisions, the same records."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from api.cli import main
from graph.actors import get_actor
from graph.store import Store
from tests.api.clients import client_for, walk_pages
from tests.cli_env import point_cli_at
from tests.graph.test_curation import PIER, load


def test_the_command_line_and_the_api_make_the_same_decisions(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(store, PIER, "https://example.org/pier")
    point_cli_at(store, monkeypatch)
    result = CliRunner().invoke(
        main, ["actors", "set", "Vela Pier Trust", "--kind", "organization", "--by", "Ines"]
    )
    assert result.exit_code == 0, result.output
    with client_for(store) as client:
        [decision] = client.get("/v1/curations").json()["items"]
        assert (decision["author"], decision["kind"]) == ("Ines", "organization")
        response = client.post(
            "/v1/curations",
            json={"action": "set", "actor": "actor:vela-pier-trust", "alias": "VPT",
                  "author": "Oren"},
        )  # fmt: skip
        assert response.status_code == 201, response.text
        undone = client.post(f"/v1/curations/{decision['id']}/undo", json={"author": "Oren"})
        assert undone.json()["undone_by"] == "Oren"
    assert "VPT" in get_actor(store, "actor:vela-pier-trust").aliases


def test_the_decisions_page_like_every_list(store: Store) -> None:
    load(store, PIER, "https://example.org/pier")
    with client_for(store) as client:
        for alias in ("VPT", "the Trust", "Pier Trust"):
            body = {
                "action": "set",
                "actor": "actor:vela-pier-trust",
                "alias": alias,
                "author": "Ines",
            }
            assert client.post("/v1/curations", json=body).status_code == 201
        pages = walk_pages(client, "/v1/curations", limit=2)
    assert [len(page) for page in pages] == [2, 1]
    walked = [item["alias"] for page in pages for item in page]
    assert sorted(walked) == ["Pier Trust", "VPT", "the Trust"]  # each once; equal times tie by id
