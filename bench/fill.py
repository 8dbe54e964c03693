"""Filling the graph to a claim count with synthetic extractions, straight through the writer.

Extraction runs at a few thousand claims per second of CPU, so 100k or 1M claims through
it would take longer than the benchmark may. Past what ingest loaded, documents from
bench/writer_bench.py's ``synthetic_document`` (100 claims each, a pool of speakers and
topics) are written with ``graph.writer.write_document``: the same rows, the same
transactions, no extraction. The report says how many claims came which way.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from bench.writer_bench import CLAIMS_PER_DOCUMENT, synthetic_document
from graph.store import Store
from graph.writer import DocumentMeta, write_document

SPEAKER_POOL = 2000


@dataclass
class Filler:
    """Writes synthetic documents numbered on from where the last call stopped."""

    seed: int = 11
    next_number: int = 0
    claims: int = 0
    seconds: float = 0.0

    def fill(self, store: Store, claims_wanted: int) -> None:
        started = time.perf_counter()
        while self.claims < claims_wanted:
            number = self.next_number
            rng = random.Random(f"fill:{self.seed}:{number}")
            extraction = synthetic_document(number, rng, SPEAKER_POOL)
            keep = min(CLAIMS_PER_DOCUMENT, claims_wanted - self.claims)
            extraction.claims = extraction.claims[:keep]
            meta = DocumentMeta(url=f"https://example.org/bench/fill/{number}")
            self.claims += write_document(store, meta, extraction).claims
            self.next_number += 1
        self.seconds += time.perf_counter() - started

    @property
    def claims_per_second(self) -> float:
        return self.claims / self.seconds if self.seconds else 0.0
