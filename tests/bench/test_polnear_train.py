"""PolNeAR's train split is read from its brat files into the rows the dev scorer takes."""

from __future__ import annotations

from pathlib import Path

from bench.extraction_eval import score_polnear
from bench.polnear_train import read_split
from loaders.pipeline import extract

TEXT = "Ines Kovac said the ferry would run all winter. The pier is old."
ANNOTATION = (
    "T1\tSource 0 10\tInes Kovac\n"
    "T2\tCue 11 15\tsaid\n"
    "T3\tContent 16 46\tthe ferry would run all winter\n"
    "T4\tAttribution 11 15\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tDiscard 48 63\tThe pier is old\n"
)


def test_a_brat_attribution_becomes_a_gold_row_the_scorer_matches(tmp_path: Path) -> None:
    doc = "harbour_2021-05-04_ferry-winter"
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / f"{doc}.txt").write_text(TEXT)
    (tmp_path / "attributions" / f"{doc}_ab12.ann").write_text(ANNOTATION)
    texts, rows = read_split(tmp_path)
    assert rows == [
        {
            "doc": doc,
            "source_spans": "0-10",
            "source_text": "Ines Kovac",
            "cue_spans": "11-15",
            "cue_text": "said",
            "content_spans": "16-46",
            "content_text": "the ferry would run all winter",
        }
    ]
    text, published = texts[doc]
    pairs, _ = score_polnear({doc: extract(text, published)}, gold=rows)
    assert (pairs.true_positives, pairs.predicted, pairs.gold) == (1, 1, 1)
