"""The rows an RDF file holds in saidwhen's vocabulary, one list per label and relationship type.

Produced by loaders/rdf_files.py (pure parsing) and written by graph/rdf_import.py; it lives in
graph/ so that the import needs nothing from loaders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RdfRows:
    documents: list[dict[str, Any]] = field(default_factory=list)
    passages: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    said: list[dict[str, Any]] = field(default_factory=list)
    claim_about: list[dict[str, Any]] = field(default_factory=list)
    claim_mentions: list[dict[str, Any]] = field(default_factory=list)
    claim_refers_to: list[dict[str, Any]] = field(default_factory=list)
    event_about: list[dict[str, Any]] = field(default_factory=list)
    participated_in: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    authored_by: list[dict[str, Any]] = field(default_factory=list)
    curations: list[dict[str, Any]] = field(default_factory=list)
