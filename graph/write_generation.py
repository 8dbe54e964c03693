"""The write generation: a counter in the database that every write transaction raises.

``Store.write_unit`` runs ``bump`` as the last statement of each write transaction, and schema
steps (which cannot share a transaction with a write) are followed by one of their own, so
every process writing to the graph — a service, a second service, ``saidwhen load`` — raises
the same counter. A response computed after reading version N holds at least every write up
to N, so a cache that keys its entries on the version it read first is never stale
(api/response_cache.py). The counter lives on one node, ``(:WriteGeneration {id: 'graph'})``,
which clearing the graph leaves in place; its epoch, a random id set when the node is made,
keeps a database that replaced this one (a bulk import, a restore) from matching its numbers.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from graph.store import Store, Transaction


class Version(NamedTuple):
    epoch: str | None
    generation: int


def bump(tx: Transaction) -> int:
    """Raise the generation inside ``tx``; the new value, visible once ``tx`` commits."""
    return tx.run("bump_write_generation", epoch=uuid.uuid4().hex)[0]["generation"]


def current(store: Store) -> Version:
    """The version now (generation 0 before the first write): one indexed read."""
    rows = store.read("write_generation")
    return Version(rows[0]["epoch"], rows[0]["generation"]) if rows else Version(None, 0)
