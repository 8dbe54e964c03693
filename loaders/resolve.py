"""Resolution across documents: a document's actors taken for the actors already known.

Extraction merges names within one document ("Mark Zuckerberg" … "Zuckerberg"); this module
links a document's actors to the actors the graph (and earlier documents of the same batch)
already hold. For each actor the gazetteer does not know, in order:

- ``name``: an actor with the same key is the same actor;
- ``alias``: a name that is an alias of a known actor ("Marcus" of David Marcus);
- ``surname``: a one-word name that is the surname of a known person.

Only candidates of a compatible kind count (a person is never taken for an organisation), except
for a one-word name, whose kind extraction can only guess: there a compatible kind is preferred. One
candidate: the document's actor becomes it. Several: the document's context decides, i.e. the
one candidate that has a role with another actor of the same document ("Roe" beside Acme Corp is
Jane Roe, Acme's chief executive); the rule then reads ``surname+context``. Still several: the
name stays its own actor, marked ambiguous with the candidates' ids. Each link is kept as an
``ActorLink`` (the name as written, the rule), which the writer stores as document evidence.

A document that gives a known actor another kind than the graph's (a company taken for a
person) keeps its word: its link carries that kind (rule ``name`` when the name itself matched),
so both kinds stay, each with the documents behind it. One-word names are left out: their kind
is only extraction's guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from graph.model import GROUP, Actor, ActorLink, Extraction, actor_key, name_keys
from loaders.event_identity import KnownEvents, lookup_dates, resolve_events

ACTOR_PREFIX = "actor:"


@dataclass(frozen=True)
class KnownActor:
    id: str
    name: str
    kind: str | None
    via: str
    """How the looked-up key names it: ``name``, ``alias`` or ``surname``."""
    related: frozenset[str]
    """Ids of the actors it has a role with."""

    @property
    def key(self) -> str:
        return self.id.removeprefix(ACTOR_PREFIX)


class KnownActors:
    """Known actors by look-up key: the graph's answer for a batch of documents, plus the actors
    the batch's earlier documents add (so a batch resolves as one document after another would)."""

    def __init__(self, rows: Iterable[dict]) -> None:
        self.by_key: dict[str, dict[str, KnownActor]] = {}
        for row in rows:
            related = frozenset(row["related"])
            self._put(
                row["key"], KnownActor(row["id"], row["name"], row["kind"], row["via"], related)
            )

    def _put(self, key: str, actor: KnownActor) -> None:
        self.by_key.setdefault(key, {}).setdefault(actor.id, actor)

    def candidates(self, key: str) -> list[KnownActor]:
        return list(self.by_key.get(key, {}).values())

    def add(self, extraction: Extraction) -> None:
        """Register a resolved document's actors, with the roles it states between them."""
        related: dict[str, set[str]] = {}
        for role in extraction.roles:
            related.setdefault(role.subject, set()).add(ACTOR_PREFIX + role.object)
            related.setdefault(role.object, set()).add(ACTOR_PREFIX + role.subject)
        for actor in extraction.actors:
            for key, via in name_keys(actor.name, actor.aliases, actor.kind).items():
                self._put(
                    key,
                    KnownActor(
                        ACTOR_PREFIX + actor.key,
                        actor.name,
                        actor.kind,
                        via,
                        frozenset(related.get(actor.key, ())),
                    ),
                )


def lookup_keys(extraction: Extraction) -> set[str]:
    """The keys to look up for a document: those of each actor's name and aliases."""
    return {
        actor_key(form)
        for actor in extraction.actors
        for form in (actor.name, *actor.aliases)
        if actor_key(form)
    }


def compatible_kinds(one: str | None, other: str | None) -> bool:
    """Kinds of things that can be one actor: persons with persons, bodies with bodies (which
    extraction confuses: an organisation, a government body, a media outlet)."""
    return (one == "person") == (other == "person")


def resolve_actors(
    extraction: Extraction, known: KnownActors, gazetteer_keys: frozenset[str]
) -> None:
    """Link the document's actors to known ones in place: keys rewritten, links recorded,
    ambiguous actors given their candidates."""
    options: dict[str, list[tuple[KnownActor, str]]] = {}
    for actor in extraction.actors:
        if not (actor.curated or actor.key in gazetteer_keys):
            found = candidates_for(actor, known)
            if found:
                options[actor.key] = found
            else:
                record_other_kind(extraction, actor, known)
    context = {ACTOR_PREFIX + actor.key for actor in extraction.actors}
    context |= {found[0][0].id for found in options.values() if len(found) == 1}
    mapping: dict[str, str] = {}
    targets: dict[str, KnownActor] = {}
    for actor in extraction.actors:
        found = options.get(actor.key)
        if not found:
            continue
        suffix = ""
        if len(found) > 1:
            fitting = [(one, form) for one, form in found if one.related & context]
            if len(fitting) != 1:
                actor.candidates = sorted(candidate.id for candidate, _ in found)
                continue
            found, suffix = fitting, "+context"
        target, form = found[0]
        mapping[actor.key] = target.key
        targets[target.key] = target
        other_kind = actor.kind if gives_other_kind(actor, target) else None
        extraction.links.append(ActorLink(target.key, form, target.via + suffix, other_kind))
    if mapping:
        rewrite_keys(extraction, mapping, targets)


def gives_other_kind(actor: Actor, known: KnownActor) -> bool:
    return bool(known.kind) and actor.kind != known.kind and len(actor.name.split()) > 1


def record_other_kind(extraction: Extraction, actor: Actor, known: KnownActors) -> None:
    """The document names a known actor by its own name but gives it another kind."""
    own_id = ACTOR_PREFIX + actor.key
    same = next((one for one in known.candidates(actor.key) if one.id == own_id), None)
    if same is not None and gives_other_kind(actor, same):
        extraction.links.append(ActorLink(actor.key, actor.name, "name", actor.kind))


def candidates_for(actor: Actor, known: KnownActors) -> list[tuple[KnownActor, str]]:
    """The known actors the document's actor may be, each with the name that finds it; none
    when the graph already has the actor under its own id, and none for a group, which is
    its document's own (nor is any group a candidate).

    A one-word name's kind is a guess (a lone capitalised speaker is taken for an organisation),
    so it is only a preference there: "Quint said" is still the one known Rosa Quint."""
    own_id = ACTOR_PREFIX + actor.key
    found: dict[str, tuple[KnownActor, str]] = {}
    if actor.kind == GROUP:
        return []
    for form in (actor.name, *actor.aliases):
        one_word = len(form.split()) == 1
        for candidate in known.candidates(actor_key(form)):
            if candidate.id == own_id:
                return []
            if candidate.kind == GROUP:
                continue
            if not one_word and not compatible_kinds(candidate.kind, actor.kind):
                continue
            if candidate.via == "surname" and not one_word:
                continue
            found.setdefault(candidate.id, (candidate, form))
    options = list(found.values())
    alike = [option for option in options if compatible_kinds(option[0].kind, actor.kind)]
    return alike if len(options) > 1 and alike else options


def rewrite_keys(
    extraction: Extraction, mapping: dict[str, str], targets: dict[str, KnownActor]
) -> None:
    """Replace linked actors by the known ones everywhere the extraction refers to them."""
    merged: dict[str, Actor] = {}
    for actor in extraction.actors:
        key = mapping.get(actor.key, actor.key)
        if key == actor.key:
            merged.setdefault(key, actor)
            continue
        target = merged.get(key) or next(
            (other for other in extraction.actors if other.key == key), None
        )
        if target is None:
            known = targets[key]
            target = Actor(key, known.name, known.kind or actor.kind)
        target.aliases = list(dict.fromkeys([*target.aliases, actor.name, *actor.aliases]))
        target.mentions = sorted([*target.mentions, *actor.mentions], key=lambda span: span.start)
        merged[key] = target
    extraction.actors = list(merged.values())

    def swap(key: str | None) -> str | None:
        return mapping.get(key, key) if key is not None else None

    for claim in extraction.claims:
        claim.speaker = swap(claim.speaker)
        claim.mentions = list(dict.fromkeys(swap(key) for key in claim.mentions))
        claim.mentions = [key for key in claim.mentions if key != claim.speaker]
    for event in extraction.events:
        event.participants = list(dict.fromkeys(swap(key) for key in event.participants))
    for role in extraction.roles:
        role.subject, role.object = swap(role.subject), swap(role.object)
    extraction.roles = [role for role in extraction.roles if role.subject != role.object]


def resolve_batch(
    documents: list[tuple[str, Extraction]],
    find_actors: Callable[[set[str]], list[dict]],
    find_events: Callable[[set[date]], KnownEvents],
    gazetteer_keys: frozenset[str],
    event_id: Callable[[str, int, str], str],
) -> None:
    """Resolve a batch of ``(document id, extraction)`` in order, each against the graph (one
    look-up of names and one of dates for the whole batch) and the documents before it."""
    known_actors = KnownActors(find_actors(set().union(*(lookup_keys(e) for _, e in documents))))
    dates = lookup_dates(e for _, e in documents)
    known_events = KnownEvents.over(find_events(dates), dates)
    for document_id, extraction in documents:
        resolve_actors(extraction, known_actors, gazetteer_keys)
        known_actors.add(extraction)
        resolve_events(
            extraction,
            known_events,
            lambda event, document=document_id: event_id(
                document, event.passage.start, event.title
            ),
        )
