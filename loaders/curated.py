"""Curated facts that researchers keep by hand, as YAML or CSV: actors, topics, events, claims.

A curated file is loaded like a document whose text is the file itself: each claim, event
and role is evidenced by the lines of the entry that states it (with its ``source``
citation), so provenance stays honest. Its actors and topics also extend the gazetteer
for the articles loaded after it.

YAML (the gazetteer format of loaders/data/gazetteer.yaml, plus ``events`` and ``claims``)::

    actors:  [{name, kind, key?, aliases?, roles?: [{title, of}]}]
    topics:  [{name, key?, aliases?, keywords?}]
    events:  [{title, date?, participants?, topics?, source?}]
    claims:  [{speaker, text, verb?, said_on?, quote?, topics?, mentions?, source?}]

Dates are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (precision day, month or year). Actors
and topics are named by key or by name. CSV files hold one kind each, told by their
header: ``name,kind`` (actors), ``name`` (topics), ``title,date`` (events) or
``speaker,text`` (claims); list cells separate items with ``;``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidInput
from graph.model import (
    Actor,
    Claim,
    Event,
    Extraction,
    Precision,
    Role,
    Span,
    Topic,
    actor_key,
)
from loaders.gazetteer import Gazetteer, GazetteerTopic, read_actor, read_topic
from loaders.safe_yaml import SafeYamlLoader, invalid_yaml

CURATED_SUFFIXES = (".yaml", ".yml", ".csv")
CSV_KINDS = (  # the first header that fits decides what a CSV file holds
    ("claims", {"speaker", "text"}),
    ("events", {"title", "date"}),
    ("actors", {"name", "kind"}),
    ("topics", {"name"}),
)


@dataclass(frozen=True)
class Entry:
    """One entry of a curated file, with where it stands in the file."""

    fields: dict[str, Any]
    span: Span
    line: int


@dataclass(frozen=True)
class CuratedFile:
    path: Path
    gazetteer: Gazetteer
    extraction: Extraction


def read_curated(path: Path, known: Gazetteer) -> CuratedFile:
    """Read a curated YAML or CSV file; ``known`` resolves actors it names but does not declare."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"{path}: cannot read the file ({error})") from error
    sections = (
        read_csv_entries(path, text)
        if path.suffix.lower() == ".csv"
        else read_yaml_entries(path, text)
    )
    return build_curated(path, text, sections, known)


def read_yaml_entries(path: Path, text: str) -> dict[str, list[Entry]]:
    try:
        root = yaml.compose(text, Loader=SafeYamlLoader)
    except yaml.YAMLError as error:
        raise invalid_yaml(path, error) from None
    if root is None:
        raise InvalidInput(f"{path}: the file is empty (expected actors, topics, events or claims)")
    if not isinstance(root, yaml.MappingNode):
        raise InvalidInput(f"{path}: expected a mapping with actors, topics, events or claims")
    sections: dict[str, list[Entry]] = {}
    for key_node, value_node in root.value:
        section = key_node.value
        if section not in ("actors", "topics", "events", "claims"):
            raise InvalidInput(
                f"{path}, line {key_node.start_mark.line + 1}: unknown section {section!r} "
                "(expected actors, topics, events or claims)"
            )
        if not isinstance(value_node, yaml.SequenceNode):
            raise InvalidInput(
                f"{path}, line {value_node.start_mark.line + 1}: {section} must be a list"
            )
        values = yaml.load(yaml.serialize(value_node), Loader=SafeYamlLoader)  # noqa: S506
        sections[section] = [
            yaml_entry(path, text, node, fields, section)
            for node, fields in zip(value_node.value, values, strict=True)
        ]
    return sections


def yaml_entry(path: Path, text: str, node: yaml.Node, fields: Any, section: str) -> Entry:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise InvalidInput(f"{path}, line {line}: each entry of {section} must be a mapping")
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1].isspace():
        end -= 1
    start = node.start_mark.index
    return Entry(fields, Span(start, end, text[start:end]), line)


def read_csv_entries(path: Path, text: str) -> dict[str, list[Entry]]:
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    reader = csv.DictReader(io.StringIO(text))
    header = set(reader.fieldnames or [])
    kind = next((name for name, needed in CSV_KINDS if needed <= header), None)
    if kind is None:
        raise InvalidInput(
            f"{path}, line 1: the header {sorted(header)} names no kind of fact "
            "(expected name,kind / name / title,date / speaker,text)"
        )
    entries, first_line = [], 2
    for row in reader:
        last_line = reader.line_num
        start, end = line_starts[first_line - 1], line_starts[last_line]
        span_text = text[start:end].rstrip("\r\n")
        fields = {key: split_cell(key, value) for key, value in row.items() if key and value}
        entries.append(Entry(fields, Span(start, start + len(span_text), span_text), first_line))
        first_line = last_line + 1
    return {kind: entries}


def split_cell(column: str, value: str) -> Any:
    if column in ("aliases", "keywords", "participants", "topics", "mentions"):
        return [item.strip() for item in value.split(";") if item.strip()]
    return value.strip()


def build_curated(
    path: Path, text: str, sections: dict[str, list[Entry]], known: Gazetteer
) -> CuratedFile:
    declared_actors = [
        (entry, read_actor(csv_roles(entry.fields), f"{path}, line {entry.line}"))
        for entry in sections.get("actors", [])
    ]
    declared_topics = [
        (entry, read_topic(entry.fields, f"{path}, line {entry.line}"))
        for entry in sections.get("topics", [])
    ]
    gazetteer = Gazetteer(
        actors=tuple(actor for _, actor in declared_actors),
        topics=tuple(topic for _, topic in declared_topics),
    )
    resolver = Resolver(path, known.merge(gazetteer))
    extraction = Extraction(text=text, published=None)
    for entry, actor in declared_actors:
        resolver.use_actor(actor.key, entry.span, curated=True)
        for role in actor.roles:
            target = resolver.actor(role.of, entry.line, "roles.of")
            extraction.roles.append(Role(actor.key, target, role.title, entry.span))
    for _, topic in declared_topics:
        resolver.use_topic(topic.key, curated=True)
    for entry in sections.get("events", []):
        extraction.events.append(curated_event(entry, resolver, path))
    for entry in sections.get("claims", []):
        extraction.claims.append(curated_claim(entry, resolver, path))
    extraction.actors = list(resolver.actors.values())
    extraction.topics = list(resolver.topics.values())
    return CuratedFile(path, gazetteer, extraction)


def csv_roles(fields: dict[str, Any]) -> dict[str, Any]:
    """A CSV actor row may carry one role as ``role_title`` and ``role_of`` columns."""
    if "role_title" in fields and "role_of" in fields:
        return {**fields, "roles": [{"title": fields["role_title"], "of": fields["role_of"]}]}
    return fields


def curated_event(entry: Entry, resolver: Resolver, path: Path) -> Event:
    fields = entry.fields
    title = require_text(fields, "title", path, entry.line)
    value, precision = parse_curated_date(fields.get("date"), path, entry.line, "date")
    return Event(
        title=title,
        passage=entry.span,
        date=value,
        precision=precision,
        date_text=str(fields["date"]) if fields.get("date") is not None else None,
        participants=[
            resolver.actor(name, entry.line, "participants")
            for name in as_list(fields.get("participants"))
        ],
        topics=[resolver.topic(name, entry.line) for name in as_list(fields.get("topics"))],
    )


def curated_claim(entry: Entry, resolver: Resolver, path: Path) -> Claim:
    fields = entry.fields
    content = require_text(fields, "text", path, entry.line)
    speaker = resolver.actor(
        require_text(fields, "speaker", path, entry.line), entry.line, "speaker"
    )
    value, precision = parse_curated_date(fields.get("said_on"), path, entry.line, "said_on")
    return Claim(
        speaker=speaker,
        speaker_mention=None,
        verb=str(fields.get("verb") or "say"),
        content=Span(entry.span.start, entry.span.end, content),
        passage=entry.span,
        quote=str(fields["quote"]) if fields.get("quote") else None,
        said_on=value,
        said_on_precision=precision,
        date_text=str(fields["said_on"]) if fields.get("said_on") is not None else None,
        topics=[resolver.topic(name, entry.line) for name in as_list(fields.get("topics"))],
        mentions=[
            resolver.actor(name, entry.line, "mentions") for name in as_list(fields.get("mentions"))
        ],
    )


class Resolver:
    """Names and keys in a curated file → the actors and topics the extraction carries."""

    def __init__(self, path: Path, gazetteer: Gazetteer) -> None:
        self.path = path
        self.gazetteer = gazetteer
        self.actors: dict[str, Actor] = {}
        self.topics: dict[str, Topic] = {}
        self.actor_names = {actor_key(n): a for a in gazetteer.actors for n in a.names} | {
            a.key: a for a in gazetteer.actors
        }
        self.topic_names = {
            actor_key(n): t for t in gazetteer.topics for n in (t.name, *t.aliases)
        } | {t.key: t for t in gazetteer.topics}

    def actor(self, name: str, line: int, field: str) -> str:
        found = self.actor_names.get(actor_key(str(name)))
        if found is None:
            raise InvalidInput(
                f"{self.path}, line {line}: {field}: no actor {name!r} is declared in this file "
                "or the gazetteer (add it under actors)"
            )
        return self.use_actor(found.key, None, curated=False)

    def topic(self, name: str, line: int) -> str:
        found = self.topic_names.get(actor_key(str(name)))
        if found is None:
            raise InvalidInput(
                f"{self.path}, line {line}: topics: no topic {name!r} is declared in this file "
                "or the gazetteer (add it under topics)"
            )
        return self.use_topic(found.key, curated=False)

    def use_actor(self, key: str, mention: Span | None, curated: bool) -> str:
        entry = next(a for a in self.gazetteer.actors if a.key == key)
        actor = self.actors.setdefault(key, Actor(key, entry.name, entry.kind, list(entry.aliases)))
        actor.curated = actor.curated or curated
        if mention is not None:
            actor.mentions.append(mention)
        return key

    def use_topic(self, key: str, curated: bool) -> str:
        entry: GazetteerTopic = next(t for t in self.gazetteer.topics if t.key == key)
        topic = self.topics.setdefault(key, Topic(key, entry.name, list(entry.aliases)))
        topic.curated = topic.curated or curated
        return key


def parse_curated_date(
    value: Any, path: Path, line: int, field: str
) -> tuple[dt.date | None, Precision | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value).strip()
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1), "year"
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:7]), 1), "month"
        return dt.date.fromisoformat(text), "day"
    except ValueError:
        raise InvalidInput(
            f"{path}, line {line}: {field}: {text!r} is not a date "
            "(expected YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None


def require_text(fields: dict[str, Any], name: str, path: Path, line: int) -> str:
    value = fields.get(name)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{path}, line {line}: {name}: missing or empty (expected text)")
    return value.strip()


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
