"""``saidwhen extract --min-confidence`` leaves out the claims less sure than the threshold."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from api.cli import main

TEXT = (
    'Harbour master Ines Kovac said, "The pier opens in May."\n\n'
    "Local fishermen say the pier will bring more trade.\n"
)


def claims(path: Path, *options: str) -> list[dict]:
    result = CliRunner().invoke(
        main, ["extract", str(path), "--published", "2022-03-14", "--json", *options]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["claims"]


def test_min_confidence_keeps_only_the_claims_at_least_that_sure(tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(TEXT)
    everything = claims(path)
    threshold = max(claim["confidence"] for claim in everything)
    kept = claims(path, "--min-confidence", str(threshold))
    assert len(everything) == 2
    assert [claim["speaker"] for claim in kept] == ["Ines Kovac"]
    assert all(claim["confidence"] >= threshold for claim in kept)


def test_a_min_confidence_outside_zero_to_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pier.txt"
    path.write_text(TEXT)
    result = CliRunner().invoke(main, ["extract", str(path), "--min-confidence", "1.5"])
    assert result.exit_code != 0
    assert "1.5 is not in the range 0.0<=x<=1.0" in result.output
