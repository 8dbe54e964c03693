"""The actors and topics saidwhen recognises by name, read from YAML.

A gazetteer is a value (frozen, hashable), so the spaCy pipeline built from it can be
cached per gazetteer and a document's extraction depends only on its inputs.
The file format is documented at the top of ``loaders/data/gazetteer.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidInput
from graph.model import ACTOR_KINDS, ActorKind, actor_key
from loaders.safe_yaml import SafeYamlLoader, invalid_yaml

DEFAULT_PATH = Path(__file__).parent / "data" / "gazetteer.yaml"


@dataclass(frozen=True)
class GazetteerRole:
    """A standing role: the actor holds ``title`` at the actor keyed ``of``."""

    title: str
    of: str


@dataclass(frozen=True)
class GazetteerActor:
    key: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    roles: tuple[GazetteerRole, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that refers to this actor, the display name first."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GazetteerTopic:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.keywords)


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[GazetteerActor, ...] = ()
    topics: tuple[GazetteerTopic, ...] = ()
    digest: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "digest", hash((self.actors, self.topics)))

    def __hash__(self) -> int:
        """Hashed once: the per-gazetteer caches look it up on every extraction."""
        return self.digest

    @classmethod
    def from_yaml(cls, path: str | Path) -> Gazetteer:
        """Read a gazetteer file; raise ``InvalidInput`` naming the bad entry."""
        try:
            with open(path, encoding="utf-8") as handle:
                data = yaml.load(handle.read(), Loader=SafeYamlLoader) or {}  # noqa: S506
        except yaml.YAMLError as error:
            raise invalid_yaml(path, error) from None
        return cls(
            actors=tuple(read_actor(entry, path) for entry in data.get("actors", [])),
            topics=tuple(read_topic(entry, path) for entry in data.get("topics", [])),
        )

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer (read once per process)."""
        return load_default_gazetteer()

    def merge(self, other: Gazetteer) -> Gazetteer:
        """A gazetteer with both sets of entries; ``other`` wins where keys collide, and takes
        the aliases it shares with an entry of ``self`` (a curated "Libra Association" is its
        own actor, no longer an alias of the bundled "Libra")."""
        other_actor_keys = {actor.key for actor in other.actors}
        other_topic_keys = {topic.key for topic in other.topics}
        taken = {actor_key(name) for actor in other.actors for name in actor.names}
        kept = tuple(
            replace(actor, aliases=tuple(a for a in actor.aliases if actor_key(a) not in taken))
            for actor in self.actors
            if actor.key not in other_actor_keys
        )
        return Gazetteer(
            actors=kept + other.actors,
            topics=tuple(t for t in self.topics if t.key not in other_topic_keys) + other.topics,
        )

    def with_actor_rows(self, rows: list[dict[str, Any]]) -> Gazetteer:
        """This gazetteer extended by actors read from the graph (``{id, name, kind, aliases}``)."""
        actors = tuple(
            GazetteerActor(
                key=row["id"].removeprefix("actor:"),
                name=row["name"],
                kind=row["kind"],
                aliases=tuple(alias for alias in row["aliases"] or () if alias != row["name"]),
            )
            for row in rows
            if row["kind"] in ACTOR_KINDS
        )
        return self.merge(Gazetteer(actors=actors)) if actors else self

    def actor(self, key: str) -> GazetteerActor | None:
        return self.actor_index().get(key)

    def actor_index(self) -> dict[str, GazetteerActor]:
        return index_actors(self)


@lru_cache(maxsize=8)
def index_actors(gazetteer: Gazetteer) -> dict[str, GazetteerActor]:
    return {actor.key: actor for actor in gazetteer.actors}


@lru_cache(maxsize=1)
def load_default_gazetteer() -> Gazetteer:
    return Gazetteer.from_yaml(DEFAULT_PATH)


def read_actor(entry: dict[str, Any], path: str | Path) -> GazetteerActor:
    name = require_name(entry, path, "actor")
    kind = entry.get("kind")
    if kind not in ACTOR_KINDS:
        raise InvalidInput(
            f"{path}: actor {name!r} has kind {kind!r} (expected one of {', '.join(ACTOR_KINDS)})"
        )
    roles = tuple(
        GazetteerRole(title=str(role["title"]), of=str(role["of"]))
        for role in entry.get("roles") or []
    )
    return GazetteerActor(
        key=str(entry.get("key") or actor_key(name)),
        name=name,
        kind=kind,
        aliases=tuple(str(alias) for alias in entry.get("aliases") or []),
        demonyms=tuple(str(demonym) for demonym in entry.get("demonyms") or []),
        roles=roles,
    )


def read_topic(entry: dict[str, Any], path: str | Path) -> GazetteerTopic:
    name = require_name(entry, path, "topic")
    return GazetteerTopic(
        key=str(entry.get("key") or actor_key(name)),
        name=name,
        aliases=tuple(str(alias) for alias in entry.get("aliases") or []),
        keywords=tuple(str(keyword) for keyword in entry.get("keywords") or []),
    )


def require_name(entry: Any, path: str | Path, what: str) -> str:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise InvalidInput(f"{path}: {what} entry {entry!r} has no name (add `name: ...`)")
    return str(entry["name"])
