"""Every command's failure is one line on stderr and exit code 1, never a traceback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from api.cli import main
from graph.store import Store
from graph.writer import write_document
from tests.cli_env import point_cli_at
from tests.factories import TARIFF_META, tariff_extraction


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No store of the machine's: the data folder is the test's own."""
    monkeypatch.setenv("SAIDWHEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SAIDWHEN_NEO4J_URI", raising=False)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="saidwhen")


@pytest.mark.parametrize(
    "command",
    [
        ["db", "status"],
        ["db", "init"],
        ["timeline", "--actor", "Vera Holm"],
        ["graph"],
        ["export"],
        ["query", "RETURN 1"],
        ["serve", "--port", "0"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_an_unreachable_neo4j_is_one_line(
    command: list[str], isolated: Path, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = f"bolt://127.0.0.1:{closed_port}"
    monkeypatch.setenv("SAIDWHEN_NEO4J_URI", uri)

    assert_one_line_error(run(*command), uri)


def test_an_unreachable_neo4j_fails_a_load_in_one_line(
    isolated: Path, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAIDWHEN_NEO4J_URI", f"bolt://127.0.0.1:{closed_port}")
    article = isolated / "note.txt"
    article.write_text("Vera Holm said that the tariff would fall.", encoding="utf-8")

    assert_one_line_error(run("load", str(article)), "cannot reach")


def test_db_start_with_a_neo4j_uri_names_the_setting(
    isolated: Path, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAIDWHEN_NEO4J_URI", f"bolt://127.0.0.1:{closed_port}")

    assert_one_line_error(run("db", "start"), "SAIDWHEN_NEO4J_URI")


def test_a_bad_setting_is_named(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAIDWHEN_QUERY_TIMEOUT", "soon")

    assert_one_line_error(run("db", "status"), "SAIDWHEN_QUERY_TIMEOUT", "'soon'")


def test_extract_of_a_missing_file_names_it(isolated: Path) -> None:
    missing = isolated / "missing.txt"

    assert_one_line_error(run("extract", str(missing)), str(missing), "no such file")


def test_extract_of_an_unknown_file_type_names_the_types_it_reads(isolated: Path) -> None:
    picture = isolated / "photo.png"
    picture.write_bytes(b"\x89PNG")

    assert_one_line_error(run("extract", str(picture)), "unknown file type '.png'", ".txt")


def test_a_bad_option_value_is_one_line_with_the_help_to_read(isolated: Path) -> None:
    article = isolated / "note.txt"
    article.write_text("Vera Holm said that the tariff would fall.", encoding="utf-8")

    result = run("extract", str(article), "--published", "2021-13-01")

    assert_one_line_error(result, "'2021-13-01' is not a date", "saidwhen extract --help")


def test_a_missing_option_and_an_unknown_command_are_one_line(isolated: Path) -> None:
    assert_one_line_error(run("timeline"), "--actor")
    assert_one_line_error(run("timelines"), "No such command")


def test_a_query_parameter_that_is_not_k_v_is_one_line(isolated: Path) -> None:
    assert_one_line_error(run("query", "RETURN $x", "--param", "x"), "'x' is not k=v")


@pytest.fixture
def listening_port() -> Iterator[int]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def test_serve_on_a_taken_port_suggests_another(isolated: Path, listening_port: int) -> None:
    result = run("serve", "--port", str(listening_port))

    assert_one_line_error(
        result, f"port {listening_port}", "already in use", f"--port {listening_port + 1}", "PORT="
    )


@pytest.fixture
def tariff_cli(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    point_cli_at(store, monkeypatch)
    write_document(store, TARIFF_META, tariff_extraction())
    return store


def test_an_unknown_actor_is_one_line_on_every_reading_command(tariff_cli: Store) -> None:
    assert_one_line_error(run("timeline", "--actor", "Zed Nobody"), "'Zed Nobody'")
    assert_one_line_error(run("graph", "--center", "Zed Nobody"), "'Zed Nobody'")
    assert_one_line_error(run("export", "--speaker", "Zed Nobody"), "'Zed Nobody'")


def test_a_query_with_a_syntax_error_is_one_line(tariff_cli: Store) -> None:
    assert_one_line_error(run("query", "MATCH (a:Actor RETURN a"))


def test_a_writing_query_is_refused_in_one_line(tariff_cli: Store) -> None:
    assert_one_line_error(run("query", "CREATE (a:Actor {id: 'x'}) RETURN a"), "CREATE")
