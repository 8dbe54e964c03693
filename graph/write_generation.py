"""The write generation: a counter in the database that every write transaction raises.

``Store.write_unit`` runs ``bump`` as the last statement of each write transaction, and schema
steps (which cannot share a transaction with a write) are followed by one of their own, so
every process writing to the graph — a service, a second service, ``saidwhen load`` — raises
the same counter. A response computed after reading generation N holds at least every write
up to N, so a cache that keys its entries on the generation it read first is never stale
(api/response_cache.py). The counter lives on one node, ``(:WriteGeneration {id: 'graph'})``,
which clearing the graph leaves in place: starting again from 1 would make old entries current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.store import Store, Transaction


def bump(tx: Transaction) -> int:
    """Raise the generation inside ``tx``; the new value, visible once ``tx`` commits."""
    return tx.run("bump_write_generation")[0]["generation"]


def current(store: Store) -> int:
    """The generation now (0 before the first write): one indexed read."""
    rows = store.read("write_generation")
    return rows[0]["generation"] if rows else 0
