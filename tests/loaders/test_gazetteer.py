from pathlib import Path

import pytest

from graph.errors import InvalidInput
from loaders.gazetteer import Gazetteer
from loaders.pipeline import extract

EXTRA = """
actors:
  - name: Harbour Trust
    kind: organization
    aliases: [the Trust]
  - name: Facebook
    kind: media
topics:
  - name: Shipping
    aliases: [shipping]
    keywords: [container port]
"""


def write_gazetteer(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_gazetteer_knows_the_reference_story() -> None:
    gazetteer = Gazetteer.default()
    politburo = gazetteer.actor("politburo")
    assert politburo is not None and politburo.kind == "government_body"
    assert "Politburo" in politburo.aliases
    assert gazetteer.actor("mark-zuckerberg").kind == "person"
    assert {topic.key for topic in gazetteer.topics} >= {"blockchain", "digital-currency", "libra"}


def test_merge_adds_entries_and_the_other_side_wins_on_a_shared_key(tmp_path: Path) -> None:
    extra = Gazetteer.from_yaml(write_gazetteer(tmp_path, EXTRA))
    merged = Gazetteer.default().merge(extra)
    assert merged.actor("harbour-trust").aliases == ("the Trust",)
    assert merged.actor("facebook").kind == "media"
    assert merged.actor("politburo") is not None


def test_extraction_uses_a_merged_gazetteer(tmp_path: Path) -> None:
    extra = Gazetteer.from_yaml(write_gazetteer(tmp_path, EXTRA))
    extraction = extract(
        "The new container port opened, and the Harbour Trust said shipping would grow.",
        None,
        gazetteer=Gazetteer.default().merge(extra),
    )
    assert extraction.claims[0].speaker == "harbour-trust"
    assert "shipping" in {topic.key for topic in extraction.topics}


def test_unknown_kind_is_rejected_with_the_entry_named(tmp_path: Path) -> None:
    path = write_gazetteer(tmp_path, "actors:\n  - name: Acme\n    kind: company\n")
    with pytest.raises(InvalidInput, match="'Acme' has kind 'company'"):
        Gazetteer.from_yaml(path)
