"""Extraction time against text length: is it linear?

Two kinds of long text: one line without a full stop (names, commas, reporting verbs and
quote marks, as a table or a hostile post has), and ordinary prose (the example corpus over
and over). Each length is timed in CPU seconds of this process, so a busy shared machine
does not bend the curve; doubling the length should about double the time.

    python -m bench.long_text [--line 25000,50000,100000] [--prose 500000,1000000,2000000]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date
from pathlib import Path

from loaders.pipeline import extract

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
LINE_WORDS = ("Lund,", "harbour,", "said")
"""Names and clauses between commas, each "said" a reporting verb the rules examine."""


def one_line(length: int) -> str:
    """Seeded words joined by spaces, no full stop and no line break, cut to ``length``."""
    chooser = random.Random(length)
    words: list[str] = []
    size = 0
    while size < length:
        words.append(chooser.choice(LINE_WORDS))
        size += len(words[-1]) + 1
    return " ".join(words)[:length]


def prose(length: int) -> str:
    """The example corpus's articles, repeated and cut to ``length``."""
    base = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.md")))
    return (base * (length // len(base) + 1))[:length]


def cpu_seconds(text: str) -> tuple[float, int]:
    started = time.process_time()
    claims = len(extract(text, date(2020, 1, 1)).claims)
    return time.process_time() - started, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--line", default="25000,50000,100000")
    parser.add_argument("--prose", default="500000,1000000,2000000")
    args = parser.parse_args()
    extract("Tess Lund said the levy would pass.", None)  # builds the pipeline once
    print("text | characters | CPU seconds | claims | µs per character")
    for kind, make, lengths in (("one line", one_line, args.line), ("prose", prose, args.prose)):
        for length in (int(value) for value in lengths.split(",") if value):
            seconds, claims = cpu_seconds(make(length))
            print(
                f"{kind} | {length:,} | {seconds:.2f} | {claims:,} | {seconds / length * 1e6:.1f}"
            )


if __name__ == "__main__":
    main()
