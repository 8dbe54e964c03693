"""Stable ids: the same input always gives the same id, so every load is idempotent (MERGE on id).

Ids carry their kind as a prefix ("actor:mark-zuckerberg") so that ids are unique across
labels and readable in URLs.
"""

from __future__ import annotations

import hashlib

from graph.model import actor_key


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:16]


def document_id(identity: str) -> str:
    """``identity`` is the url, else the source path, else the text's sha256."""
    return f"doc:{_digest(identity)}"


def actor_id(key_or_name: str) -> str:
    return f"actor:{actor_key(key_or_name)}"


def topic_id(key_or_name: str) -> str:
    return f"topic:{actor_key(key_or_name)}"


def passage_id(document: str, start: int, end: int) -> str:
    return f"passage:{_digest(document, start, end)}"


def claim_id(document: str, start: int, end: int, speaker: str | None) -> str:
    return f"claim:{_digest(document, start, end, speaker)}"


def event_id(document: str, start: int, title: str) -> str:
    return f"event:{_digest(document, start, title)}"
