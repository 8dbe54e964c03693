"""The names an actor is known by, as ``ActorName`` nodes: what resolution finds a document's
names with. Each actor has an entry per look-up key (``graph.model.name_keys``: its name, each
alias, a person's surname), indexed on ``key``, so resolving a document reads only the actors its
names could mean, never every actor.
"""

from __future__ import annotations

from typing import Any

from graph.model import name_keys


def actor_name_rows(row: dict[str, Any], recorded_aliases: list[str]) -> list[dict[str, str]]:
    """Rows for ``create_actor_names``: the keys of actor ``row`` (id, name, kind, aliases) not
    recorded when it had ``recorded_aliases`` (none for a new actor)."""
    before = name_keys(row["name"], recorded_aliases, row["kind"]) if recorded_aliases else {}
    return [
        {"key": key, "actor_id": row["id"], "via": via}
        for key, via in name_keys(row["name"], row["aliases"], row["kind"]).items()
        if key not in before
    ]
