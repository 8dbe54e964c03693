"""What ``saidwhen load`` tells: files passed over, progress, and what the load added."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from graph.stats import count_graph
from graph.store import Store
from tests.cli_env import environment_for, point_cli_at

SPEAKERS = ("Mara Quill", "Tobias Fenn", "Ilse Marrow", "Ada Brook", "Jonas Reed")
CLI = "from api.cli import main; main(prog_name='saidwhen')"


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"article-{n}.md").write_text(
            f"---\npublished: 2022-05-{1 + n:02d}\n---\n"
            f"{SPEAKERS[n % len(SPEAKERS)]} said on Tuesday that the levy {n} would be cut.\n",
            encoding="utf-8",
        )


def test_the_summary_counts_what_the_load_added(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    write_articles(tmp_path / "corpus", 4)
    runner = CliRunner()

    first = runner.invoke(main, ["load", str(tmp_path / "corpus")])

    assert first.exit_code == 0, first.output
    counts = count_graph(store)
    claims, events, actors = (
        counts.nodes["Claim"],
        counts.nodes["Event"],
        counts.nodes["Actor"],
    )
    assert claims >= 4 and actors >= 4
    assert (
        f"4 documents (0 unchanged, 0 failed) · {claims} claims · {events} events · "
        f"{actors} actors ({actors} new) in " in first.stdout
    )

    write_articles(tmp_path / "more", 5)
    second = runner.invoke(main, ["load", str(tmp_path / "corpus"), str(tmp_path / "more")])

    assert "9 documents (4 unchanged, 0 failed)" in second.stdout
    assert f"· 5 actors ({count_graph(store).nodes['Actor'] - actors} new) in " in second.stdout


def test_files_of_unknown_type_are_named_one_a_line(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    folder = tmp_path / "corpus"
    write_articles(folder, 1)
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.png").write_bytes(b"\x89PNG")

    result = CliRunner().invoke(main, ["load", str(folder)])

    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"skipped {folder / 'photo.png'}: saidwhen does not read .png files"
    ]
    assert "1 document (0 unchanged, 0 failed)" in result.stdout


def test_many_files_of_unknown_type_are_counted_and_named_with_v(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_cli_at(store, monkeypatch)
    folder = tmp_path / "corpus"
    write_articles(folder, 1)
    for n in range(5):
        (folder / f"photo-{n}.png").write_bytes(b"\x89PNG")
    (folder / "scan.pdf").write_bytes(b"%PDF")
    (folder / "README").write_text("notes", encoding="utf-8")

    quiet = CliRunner().invoke(main, ["load", str(folder)])
    verbose = CliRunner().invoke(main, ["-v", "load", str(folder)])

    assert quiet.stderr.splitlines() == [
        "skipped 7 files of types saidwhen does not read "
        "(.png 5, (no extension) 1, .pdf 1); -v names them"
    ]
    named = [line for line in verbose.stderr.splitlines() if line.startswith("skipped ")]
    assert len(named) == 7
    assert f"skipped {folder / 'scan.pdf'}: saidwhen does not read .pdf files" in named


def test_a_load_on_a_terminal_shows_documents_and_claims_per_second(
    store: Store, tmp_path: Path
) -> None:
    write_articles(tmp_path / "corpus", 6)
    inherited = {name: value for name, value in os.environ.items() if "SAIDWHEN_" not in name}
    controller, terminal = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-c", CLI, "load", str(tmp_path / "corpus")],
        env={**inherited, **environment_for(store), "TERM": "xterm"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    ) as process:
        os.close(terminal)
        shown = read_until_closed(controller)
        assert process.wait(timeout=120) == 0

    assert "6/6" in shown
    assert "6 documents (" in shown and "/s)" in shown
    assert "claims (" in shown


def read_until_closed(descriptor: int) -> str:
    """Everything written to a pseudo-terminal until its last writer closes it."""
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(descriptor)
    return b"".join(chunks).decode("utf-8", "replace")
