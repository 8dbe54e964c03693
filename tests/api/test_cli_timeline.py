"""``saidwhen timeline`` names each item's source document, and prints CSV for scripts."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from api.commands.timeline import CSV_COLUMNS
from graph.store import Store
from graph.writer import write_document
from tests.cli_env import point_cli_at
from tests.factories import TARIFF_META, tariff_extraction


def timeline(*options: str) -> str:
    result = CliRunner().invoke(main, ["timeline", "--actor", "Jonas Reed", *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_table_names_the_source_document_of_each_item(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    write_document(store, TARIFF_META, tariff_extraction())

    table = timeline()

    assert "Holm had costed the water tariff" in table
    assert table.count("— Tariff dispute") == len(json.loads(timeline("--json")))


def test_a_document_without_a_title_is_named_by_a_short_id(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    result = write_document(
        store, dataclasses.replace(TARIFF_META, title=None), tariff_extraction()
    )

    table = timeline()

    short = result.document_id[: len("doc:") + 8]
    assert f"— {short}\n" in table or f"— {short} " in table
    assert result.document_id not in table


def test_csv_has_a_row_per_item_with_its_document(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    written = write_document(store, TARIFF_META, tariff_extraction())
    items = json.loads(timeline("--json"))

    rows = list(csv.reader(io.StringIO(timeline("--csv"))))

    header, *records = rows
    assert header == list(CSV_COLUMNS)
    by_column = [dict(zip(header, record, strict=True)) for record in records]
    assert [row["id"] for row in by_column] == [item["id"] for item in items]
    assert {(row["document_id"], row["document_title"]) for row in by_column} == {
        (written.document_id, "Tariff dispute")
    }
    assert {row["kind"] for row in by_column} == {"claim", "event"}


def test_csv_cells_a_spreadsheet_would_run_are_quoted(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    title = '=HYPERLINK("https://example.org/x","open")'
    write_document(store, dataclasses.replace(TARIFF_META, title=title), tariff_extraction())

    rows = list(csv.reader(io.StringIO(timeline("--csv"))))

    titles = {record[CSV_COLUMNS.index("document_title")] for record in rows[1:]}
    assert titles == {f"'{title}"}


def test_json_and_csv_together_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAIDWHEN_DATA_DIR", str(tmp_path))

    result = CliRunner().invoke(main, ["timeline", "--actor", "x", "--json", "--csv"])

    assert result.exit_code == 1
    assert "--json and --csv" in result.stderr
