"""Curation that sticks: hand decisions about actors, recorded in the graph and applied again.

A decision is a ``Curation`` node (what, about whom, who decided, when, and the state it
changed), never a silent edit: after every load ``apply_curations`` applies the decisions not
undone, in the order they were made, so a reload that re-creates an actor with a guessed kind or
under a merged-away name is corrected again. Three actions:

- ``set``: give an actor a kind and/or an alias;
- ``merge``: the second actor becomes the first: its edges move to the first (marked with the
  merged actor's id, so the merge can be undone), its name and aliases become the first's
  aliases, so later documents naming it resolve to the first;
- ``split``: an alias of an actor names someone else: it becomes its own actor (of the same
  kind), and what the documents that named the actor only by that alias gave it (their
  ``RESOLVED`` edges say which) moves there; later documents resolve the alias to it.

``undo_curation`` restores what the decision changed and marks it undone (it stays, for audit).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from graph.actor_names import actor_name_rows
from graph.co_mentions import recount_actors
from graph.errors import InvalidInput, NotFound
from graph.model import ACTOR_KINDS, actor_key, name_keys
from graph.store import Store, Transaction

Action = Literal["set", "merge", "split"]
SPLIT_MOVES = (
    "split_actor_said",
    "split_actor_mentions",
    "split_actor_roles_out",
    "split_actor_roles_in",
    "split_actor_resolved",
)
EDGE_MOVES = (
    "move_actor_said",
    "move_actor_mentions",
    "move_actor_participated_in",
    "move_actor_roles_out",
    "move_actor_roles_in",
    "move_actor_authored_by",
    "move_actor_resolved",
)


@dataclass(frozen=True)
class Curation:
    id: str
    action: Action
    actor_id: str
    author: str
    at: str
    other_id: str | None = None
    kind: str | None = None
    alias: str | None = None
    previous_kind: str | None = None
    added_aliases: list[str] | None = None
    other_name: str | None = None
    other_kind: str | None = None
    other_aliases: list[str] | None = None
    undone_at: str | None = None
    undone_by: str | None = None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def set_actor(
    store: Store, actor_id: str, author: str, kind: str | None = None, alias: str | None = None
) -> Curation:
    """Record and apply: actor ``actor_id`` is of ``kind`` and/or also called ``alias``."""
    if kind is None and not alias:
        raise InvalidInput("give a kind, an alias or both to set")
    if kind is not None and kind not in ACTOR_KINDS:
        raise InvalidInput(f"kind: {kind!r} is not one of {', '.join(ACTOR_KINDS)}")
    require_author(author)

    def work(tx: Transaction) -> Curation:
        actor = actor_state(tx, actor_id)
        added = [alias] if alias and alias not in actor["aliases"] else []
        curation = Curation(
            id=new_id(), action="set", actor_id=actor_id, author=author, at=now(), kind=kind,
            alias=alias, previous_kind=actor["kind"], added_aliases=added,
        )  # fmt: skip
        record(tx, curation)
        apply_set(tx, curation)
        return curation

    return store.write_unit(work)


def merge_actors(store: Store, keep_id: str, merged_id: str, author: str) -> Curation:
    """Record and apply: ``merged_id`` is the same actor as ``keep_id``."""
    if keep_id == merged_id:
        raise InvalidInput(f"{keep_id!r} cannot be merged into itself")
    require_author(author)

    def work(tx: Transaction) -> Curation:
        keep, merged = actor_state(tx, keep_id), actor_state(tx, merged_id)
        names = dict.fromkeys([merged["name"], *merged["aliases"]])
        curation = Curation(
            id=new_id(), action="merge", actor_id=keep_id, author=author, at=now(),
            other_id=merged_id, added_aliases=[n for n in names if n not in keep["aliases"]],
            other_name=merged["name"], other_kind=merged["kind"], other_aliases=merged["aliases"],
        )  # fmt: skip
        record(tx, curation)
        apply_merge(tx, curation)
        return curation

    return store.write_unit(work)


def split_actor(store: Store, actor_id: str, alias: str, author: str) -> Curation:
    """Record and apply: ``alias`` of ``actor_id`` is another actor."""
    require_author(author)

    def work(tx: Transaction) -> Curation:
        actor = actor_state(tx, actor_id)
        if alias not in actor["aliases"] or alias == actor["name"]:
            raise InvalidInput(
                f"alias: {alias!r} is not an alias of {actor_id!r} "
                f"(its aliases: {', '.join(actor['aliases']) or 'none'})"
            )
        split_id = "actor:" + actor_key(alias)
        if tx.run("actor_state", actor_id=split_id):
            raise InvalidInput(f"{split_id!r} exists already: merge or set it instead")
        curation = Curation(
            id=new_id(), action="split", actor_id=actor_id, author=author, at=now(),
            other_id=split_id, alias=alias, other_name=alias, other_kind=actor["kind"],
        )  # fmt: skip
        record(tx, curation)
        apply_split(tx, curation)
        return curation

    return store.write_unit(work)


def list_curations(store: Store, include_undone: bool = True) -> list[Curation]:
    rows = store.read("list_curations", include_undone=include_undone)[0]["curations"]
    return [Curation(**row) for row in rows]


def apply_curations(store: Store) -> None:
    """Apply every decision not undone again, oldest first (after a load)."""
    curations = list_curations(store, include_undone=False)
    if not curations:
        return

    def work(tx: Transaction) -> None:
        for curation in curations:
            if curation.action == "set":
                apply_set(tx, curation)
            elif curation.action == "split":
                apply_split(tx, curation)
            elif tx.run("actor_state", actor_id=curation.other_id):
                apply_merge(tx, curation)

    store.write_unit(work)


def undo_curation(store: Store, curation_id: str, author: str) -> Curation:
    """Restore what a decision changed and mark it undone."""
    require_author(author)
    found = {curation.id: curation for curation in list_curations(store)}
    curation = found.get(curation_id)
    if curation is None or curation.undone_at is not None:
        state = "was undone already" if curation else "does not exist"
        raise NotFound(f"curation {curation_id!r} {state} (see saidwhen actors curations)")

    def work(tx: Transaction) -> Curation:
        if curation.action == "set":
            undo_set(tx, curation)
        elif curation.action == "split":
            undo_split(tx, curation)
        else:
            undo_merge(tx, curation)
        tx.run("mark_curation_undone", id=curation.id, author=author, at=now())
        return Curation(**{**curation.__dict__, "undone_at": now(), "undone_by": author})

    return store.write_unit(work)


def apply_set(tx: Transaction, curation: Curation) -> None:
    rows = tx.run("actor_state", actor_id=curation.actor_id)
    if not rows:
        return
    actor = rows[0]
    aliases = list(actor["aliases"])
    if curation.alias and curation.alias not in aliases:
        aliases.append(curation.alias)
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=curation.kind, aliases=aliases)
    record_names(tx, {**actor, "aliases": aliases, "kind": curation.kind or actor["kind"]})


def undo_set(tx: Transaction, curation: Curation) -> None:
    actor = actor_state(tx, curation.actor_id)
    removed = curation.added_aliases or []
    aliases = [alias for alias in actor["aliases"] if alias not in removed]
    kind = curation.previous_kind if curation.kind else None
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=kind, aliases=aliases)
    forget_names(tx, curation.actor_id, removed, {**actor, "aliases": aliases})


def apply_merge(tx: Transaction, curation: Curation) -> None:
    keep = actor_state(tx, curation.actor_id)
    for name in EDGE_MOVES:
        tx.run(name, from_id=curation.other_id, to_id=curation.actor_id,
               tag=curation.other_id, only_tagged=None)  # fmt: skip
    # Both, before the merged actor goes: its partners' weights change with it.
    recount_actors(tx, [curation.actor_id, curation.other_id])
    tx.run("delete_actor", actor_id=curation.other_id)
    tx.run("delete_actor_names_of", actor_id=curation.other_id, keys=None)
    aliases = list(dict.fromkeys([*keep["aliases"], *(curation.added_aliases or [])]))
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=None, aliases=aliases)
    record_names(tx, {**keep, "aliases": aliases})


def undo_merge(tx: Transaction, curation: Curation) -> None:
    merged = {
        "id": curation.other_id,
        "name": curation.other_name,
        "kind": curation.other_kind,
        "aliases": curation.other_aliases or [],
        "curated": False,
        "candidates": [],
    }
    tx.run("create_actors", rows=[merged])
    tx.run("create_actor_names", rows=actor_name_rows(merged, []))
    for name in EDGE_MOVES:
        tx.run(name, from_id=curation.actor_id, to_id=curation.other_id,
               tag=None, only_tagged=curation.other_id)  # fmt: skip
    recount_actors(tx, [curation.actor_id, curation.other_id])
    keep = actor_state(tx, curation.actor_id)
    removed = curation.added_aliases or []
    aliases = [alias for alias in keep["aliases"] if alias not in removed]
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=None, aliases=aliases)
    forget_names(tx, curation.actor_id, removed, {**keep, "aliases": aliases})


def apply_split(tx: Transaction, curation: Curation) -> None:
    """Idempotent: the split-off actor exists, the alias is no longer the first actor's, and
    what documents gave the first actor under that alias is the split-off actor's."""
    rows = tx.run("actor_state", actor_id=curation.actor_id)
    if not rows:
        return
    actor = rows[0]
    split_off = {
        "id": curation.other_id,
        "name": curation.other_name,
        "kind": curation.other_kind,
        "aliases": [curation.other_name],
        "curated": False,
        "candidates": [],
    }
    if not tx.run("actor_state", actor_id=curation.other_id):
        tx.run("create_actors", rows=[split_off])
        tx.run("create_actor_names", rows=actor_name_rows(split_off, []))
    moved = sum(
        tx.run(name, from_id=curation.actor_id, to_id=curation.other_id,
               alias=curation.alias, tag=curation.id)[0]["moved"]
        for name in SPLIT_MOVES
    )  # fmt: skip
    if moved:
        recount_actors(tx, [curation.actor_id, curation.other_id])
    aliases = [alias for alias in actor["aliases"] if alias != curation.alias]
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=None, aliases=aliases)
    forget_names(tx, curation.actor_id, [curation.alias or ""], {**actor, "aliases": aliases})


def undo_split(tx: Transaction, curation: Curation) -> None:
    actor = actor_state(tx, curation.actor_id)
    for name in EDGE_MOVES:
        tx.run(name, from_id=curation.other_id, to_id=curation.actor_id,
               tag=None, only_tagged=curation.id)  # fmt: skip
    recount_actors(tx, [curation.actor_id, curation.other_id])
    tx.run("delete_orphan_actors", ids=[curation.other_id])
    tx.run("delete_orphan_actor_names", ids=[curation.other_id])
    aliases = list(dict.fromkeys([*actor["aliases"], curation.alias]))
    tx.run("set_actor_curated", actor_id=curation.actor_id, kind=None, aliases=aliases)
    record_names(tx, {**actor, "aliases": aliases})


def record_names(tx: Transaction, actor: dict[str, Any]) -> None:
    """Make sure the actor is found by every name it now has (idempotent)."""
    tx.run("import_actor_names", rows=actor_name_rows(actor, []))


def forget_names(tx: Transaction, actor_id: str, removed: list[str], actor: dict[str, Any]) -> None:
    """Drop the look-up keys of removed aliases, unless a remaining name still gives them."""
    kept = name_keys(actor["name"], actor["aliases"], actor["kind"])
    keys = [key for key in name_keys("", removed, None) if key not in kept]
    if keys:
        tx.run("delete_actor_names_of", actor_id=actor_id, keys=keys)


def actor_state(tx: Transaction, actor_id: str) -> dict[str, Any]:
    rows = tx.run("actor_state", actor_id=actor_id)
    if not rows:
        raise NotFound(f"no actor with id {actor_id!r} (ids look like 'actor:…'; see /v1/actors)")
    return rows[0]


def record(tx: Transaction, curation: Curation) -> None:
    row = {key: value for key, value in curation.__dict__.items() if not key.startswith("undone")}
    tx.run("create_curation", row=row)


def require_author(author: str) -> None:
    if not author or not author.strip():
        raise InvalidInput("author: missing; say who makes the decision (--by NAME)")


def new_id() -> str:
    return f"curation:{secrets.token_hex(8)}"
