"""Score extraction on PolNeAR's train split, as ``bench.extraction_eval`` scores its dev split.

A rule written on the dev misses is checked here too: 840 more documents from the same
outlets, which nobody tuned on. The split is read from a checkout of the PolNeAR repository
(brat files: ``data/train/text/<doc>.txt`` and ``data/train/attributions/<doc>_<annotator>.ann``,
the first annotator's file per document); it is never copied into this repository, and the
test split is never read.

Run: ``python -m bench.polnear_train PATH/TO/PolNeAR/data/train``.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from bench.extraction_eval import lowest_threshold, score_polnear
from loaders.pipeline import extract

PUBLISHED = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def read_annotations(path: Path) -> list[dict[str, str]]:
    """One row per attribution of a brat file, in the columns of PolNeAR dev's TSV."""
    doc = path.stem.rsplit("_", 1)[0]
    spans: dict[str, tuple[str, str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if line.startswith("T"):
            positions = fields[1].partition(" ")[2]
            text = fields[2] if len(fields) > 2 else ""
            spans[fields[0]] = (positions.replace(" ", "-"), text)
        elif line.startswith("E"):
            events.append(dict(argument.split(":") for argument in fields[1].split()))
    rows = []
    for event in events:
        if "Attribution" not in event and "Attribution-no-source" not in event:
            continue
        row = {"doc": doc}
        for role in ("source", "cue", "content"):
            piece = spans.get(event.get(role.capitalize(), ""), ("", ""))
            row[f"{role}_spans"], row[f"{role}_text"] = piece
        rows.append(row)
    return rows


def read_split(split: Path) -> tuple[dict[str, tuple[str, date]], list[dict[str, str]]]:
    """The split's texts with their publication dates, and its attributions."""
    texts: dict[str, tuple[str, date]] = {}
    rows: list[dict[str, str]] = []
    for path in sorted((split / "attributions").glob("*.ann")):
        doc = path.stem.rsplit("_", 1)[0]
        if doc in texts:
            continue
        published = date.fromisoformat(PUBLISHED.search(doc).group(1))
        texts[doc] = ((split / "text" / f"{doc}.txt").read_text(encoding="utf-8"), published)
        rows.extend(read_annotations(path))
    return texts, rows


def main() -> None:
    split = Path(sys.argv[1])
    if split.name != "train":
        raise SystemExit("give the path of PolNeAR's data/train (never its test split)")
    texts, rows = read_split(split)
    extractions = {doc: extract(text, day) for doc, (text, day) in texts.items()}
    right_claims: list[tuple[float, bool]] = []
    pairs, contents = score_polnear(extractions, right_claims, rows)
    print(pairs.line(f"PolNeAR train pairs ({len(texts)} documents)"))
    print(contents.line("PolNeAR train content only"))
    print(lowest_threshold(right_claims, pairs.gold, "train split"))


if __name__ == "__main__":
    main()
