"""``saidwhen extract-archive`` on a Dask local cluster, and the cold start through neo4j-admin.

One archive of generated articles (bench/generator.py) and a broken file is extracted once for
the module; its files must hold the graph ``saidwhen load`` writes of the same files (counts by
label and relationship type, on both backends), a rerun must skip what it holds, and Neo4j's
importer must turn them into a database that later loads resolve against.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from api.cli import main
from bench.cast import build_cast
from bench.generator import actor_weights, generate_article
from graph.archive_files import FAILURES, counts
from graph.co_mentions import counted_co_mentions, stored_co_mentions
from graph.settings import Settings
from graph.store import Store
from tests.cli_env import point_cli_at

ARTICLES = 100
SEED = 11


def counts_in(store: Store) -> dict[str, int]:
    """Nodes by label and relationships by type, as the database holds them (less the write
    counter readers' caches watch, which the first write after an import creates)."""
    found = {
        row["label"]: row["count"]
        for row in store.read("count_labels")
        if row["label"] != "WriteGeneration"
    }
    found |= {row["type"]: row["count"] for row in store.read("count_relationship_types")}
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive-corpus")
    cast = build_cast(SEED, 400)
    weights = actor_weights(cast)
    records = [generate_article(SEED, n, cast, weights).as_record() for n in range(ARTICLES)]
    lines = "".join(json.dumps(record) + "\n" for record in records)
    (folder / "articles.jsonl").write_text(lines, encoding="utf-8")
    (folder / "broken.json").write_text('{"text": "no end', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def archive(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("archive") / "out"
    result = CliRunner().invoke(
        main, ["extract-archive", str(corpus), "--out", str(out), "--workers", "2"]
    )
    return out, result.output


def test_a_failed_file_is_listed_and_the_rest_are_extracted(archive: tuple[Path, str]) -> None:
    out, output = archive

    assert f"{ARTICLES} documents (0 unchanged, 1 failed)" in output, output
    assert "Dask dashboard: http://127.0.0.1:" in output
    failures = [json.loads(line) for line in (out / FAILURES).read_text().splitlines()]
    assert [Path(failure["path"]).name for failure in failures] == ["broken.json"]
    assert "broken JSON" in failures[0]["reason"]
    assert counts(out)["Document"] == ARTICLES


def test_the_files_hold_the_graph_a_load_writes(
    archive: tuple[Path, str], corpus: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)

    CliRunner().invoke(main, ["load", str(corpus), "--workers", "2"])

    assert counts(archive[0]) == counts_in(store)
    assert archived_co_mentions(archive[0]) == counted_co_mentions(store)


def test_each_folder_has_the_header_the_importer_reads(archive: tuple[Path, str]) -> None:
    out = archive[0]
    header = (out / "SAID" / "header.csv").read_text().splitlines()
    part = next((out / "Claim").glob("part-*.parquet"))

    assert header == [":START_ID,:END_ID", "start_id,end_id"]
    names = (out / "Claim" / "header.csv").read_text().splitlines()[1].split(",")
    assert names == pq.read_schema(part).names


def test_a_rerun_skips_the_unchanged_articles_and_refuses_a_changed_one(
    archive: tuple[Path, str], corpus: Path, tmp_path: Path
) -> None:
    out = archive[0]
    before = counts(out)
    first = json.loads((corpus / "articles.jsonl").read_text().splitlines()[0])
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**first, "text": first["text"] + " A late line."}) + "\n")

    again = CliRunner().invoke(
        main, ["extract-archive", str(corpus), str(changed), "--out", str(out), "--workers", "1"]
    )

    assert f"0 documents ({ARTICLES} unchanged, 2 failed)" in again.output, again.output
    assert "was extracted before with another text" in again.output
    assert counts(out) == before


def test_db_import_refuses_a_folder_extract_archive_did_not_write(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["db", "import", str(tmp_path), "--neo4j-home", str(tmp_path / "home")]
    )

    assert result.exit_code == 1
    assert f"{tmp_path}: no manifest.parquet here" in result.output


def test_neo4j_admin_imports_the_files_and_later_loads_resolve_against_them(
    archive: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tools import neo4j_admin, neo4j_server

    try:
        admin = neo4j_admin.build()
    except neo4j_server.Neo4jServerError as error:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"neo4j-admin unavailable: {error}")
    out, home = archive[0], tmp_path / "neo4j"
    imported = CliRunner().invoke(
        main, ["db", "import", str(out), "--neo4j-home", str(home), "--neo4j-admin", str(admin)]
    )
    assert imported.exit_code == 0, imported.output

    with neo4j_server.start(home, password="archive-test", timeout=300) as server:
        settings = Settings(
            data_dir=tmp_path / "client",
            neo4j_uri=server.uri,
            neo4j_user=server.user,
            neo4j_password=server.password,
            neo4j_database="neo4j",
        )
        store = Store.connect(settings)
        try:
            point_cli_at(store, monkeypatch)
            assert CliRunner().invoke(main, ["db", "init"]).exit_code == 0
            assert counts_in(store) == counts(out)
            assert stored_co_mentions(store) == counted_co_mentions(store)
            check_a_later_load_resolves(store, out, tmp_path)
        finally:
            store.close()


def archived_co_mentions(out: Path) -> dict[tuple[str, str], int]:
    return {
        (row["start_id"], row["end_id"]): row["count"]
        for part in (out / "CO_MENTIONED").glob("part-*.parquet")
        for row in pq.read_table(part).to_pylist()
    }


def check_a_later_load_resolves(store: Store, out: Path, tmp_path: Path) -> None:
    """A person the archive named in full, named by surname alone in a new article, is taken
    for the imported actor: the ActorName entries the importer wrote are what finds it."""
    from loaders.ingest import load_paths

    key, actor_id = a_surname_of_one_actor(out)
    surname = key.capitalize()
    article = tmp_path / "later.md"
    article.write_text(
        f"---\npublished: 2025-03-07\n---\n{surname} said on Tuesday that the ferry fares "
        "would rise.\n",
        encoding="utf-8",
    )
    before = counts_in(store)

    summary = load_paths(store, [article])

    assert [result.actor_ids for result in summary.loaded] == [(actor_id,)]
    after = counts_in(store)
    assert after["Actor"] == before["Actor"]
    assert after["RESOLVED"] == before["RESOLVED"] + 1


def a_surname_of_one_actor(out: Path) -> tuple[str, str]:
    """A look-up key that is a person's surname and names no other actor, with that actor."""
    names = [row for part in (out / "ActorName").glob("part-*.parquet")
             for row in pq.read_table(part).to_pylist()]  # fmt: skip
    actors_by_key: dict[str, set[str]] = {}
    for row in names:
        actors_by_key.setdefault(row["key"], set()).add(row["actor_id"])
    return next(
        (row["key"], row["actor_id"])
        for row in sorted(names, key=lambda row: row["key"])
        if row["via"] == "surname" and row["key"].isalpha() and len(actors_by_key[row["key"]]) == 1
    )
