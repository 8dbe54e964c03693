"""Filling the graph to a claim count with synthetic extractions, straight through the writer.

Extraction runs at a few thousand claims per second of CPU, so 100k or 1M claims through
it would take longer than the benchmark may. Past what ingest loaded, documents from
bench/writer_bench.py's ``synthetic_document`` (100 claims each, a pool of speakers and
topics) are written with ``graph.writer.write_documents``, several documents a transaction
as a bulk load writes them: the same rows, no extraction. The report says how many claims
came which way.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from bench.progress import progress
from bench.writer_bench import synthetic_document
from graph.store import Store
from graph.writer import DocumentMeta, WriteResult, write_documents

SPEAKER_POOL = 2000
DOCUMENTS_PER_TRANSACTION = 10
REPORT_EVERY = 50_000


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
            batch, planned = [], self.claims
            while planned < claims_wanted and len(batch) < DOCUMENTS_PER_TRANSACTION:
                number = self.next_number
                extraction = synthetic_document(
                    number, random.Random(f"fill:{self.seed}:{number}"), SPEAKER_POOL
                )
                extraction.claims = extraction.claims[: claims_wanted - planned]
                planned += len(extraction.claims)
                meta = DocumentMeta(url=f"https://example.org/bench/fill/{number}")
                batch.append((meta, extraction))
                self.next_number += 1
            before = self.claims
            for outcome in write_documents(store, batch):
                if not isinstance(outcome, WriteResult):
                    raise outcome
                self.claims += outcome.claims
            if self.claims // REPORT_EVERY > before // REPORT_EVERY:
                progress(f"filling: {self.claims:,} of {claims_wanted:,} synthetic claims")
        self.seconds += time.perf_counter() - started

    @property
    def claims_per_second(self) -> float:
        return self.claims / self.seconds if self.seconds else 0.0
