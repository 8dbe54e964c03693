"""Hostile files: YAML aliases and deep nesting, deeply nested JSON, each a clear InvalidInput."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InvalidInput
from loaders.curated import read_curated
from loaders.documents import read_document
from loaders.gazetteer import Gazetteer


def alias_bomb(indent: str = "  ", levels: int = 4) -> str:
    """A YAML list whose aliases multiply it tenfold per level (small here, so that a loader
    that expands aliases still finishes, and the test fails on the missing error)."""
    lines = [f"{indent}- &level0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*level{level - 1}"] * 10)
        lines.append(f"{indent}- &level{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def test_a_curated_file_with_yaml_aliases_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("topics:\n  - name: Harbour levy\n    aliases:\n" + alias_bomb("      "))
    with pytest.raises(InvalidInput, match=r"facts\.yaml, line 5: .*alias \*level0"):
        read_curated(path, Gazetteer.default())


def test_front_matter_with_yaml_aliases_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Levy\ntags:\n" + alias_bomb() + "---\nMara Quill said no.\n")
    with pytest.raises(InvalidInput, match=r"note\.md, line 5: .*alias \*level0"):
        read_document(path)


def test_a_gazetteer_with_yaml_aliases_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    actor = "actors:\n  - name: Mara Quill\n    kind: person\n    aliases:\n"
    path.write_text(actor + alias_bomb("      "))
    with pytest.raises(InvalidInput, match=r"people\.yaml, line 6: .*alias"):
        Gazetteer.from_yaml(path)


def test_deeply_nested_front_matter_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.md"
    path.write_text("---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nMara Quill said no.\n")
    with pytest.raises(InvalidInput, match=r"deep\.md, line 2: .*nested deeper"):
        read_document(path)


def test_deeply_nested_json_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"text": "Mara Quill said no.",\n "extra": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(InvalidInput, match=r"deep\.json, line 2: the JSON nests deeper"):
        read_document(path)


def test_a_deeply_nested_json_line_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "Mara Quill said no."}\n' + "{" * 5000 + "\n")
    with pytest.raises(InvalidInput, match=r"deep\.jsonl, line 2: the JSON nests deeper"):
        read_document(path)


def test_brackets_inside_json_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    path = tmp_path / "brackets.json"
    path.write_text('{"text": "Mara Quill said ' + "[{" * 100 + ' no.", "title": "a \\" ["}')
    (document,) = read_document(path)
    assert document.text.startswith("Mara Quill said [{[{")
