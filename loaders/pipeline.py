"""Extraction: text and metadata in, an ``Extraction`` out; no database, no network.

The steps run in a fixed order because each reads the one before: dates and actors
first, then claims (speakers are actors, said_on comes from dates), events and roles.
"""

from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from graph.model import Actor, Claim, DateMention, Extraction, Span, Topic, actor_key
from loaders.actors import DocumentActors, Mention, find_actors
from loaders.attribution import RawClaim, find_raw_claims
from loaders.boilerplate import (
    byline_author,
    drop_boilerplate_mentions,
    find_boilerplate,
    in_boilerplate,
)
from loaders.dates import find_dates
from loaders.events import find_events
from loaders.gazetteer import Gazetteer
from loaders.nlp import load_pipeline
from loaders.roles import find_roles
from loaders.speech_dates import date_speeches


def extract(
    text: str, published: date | None, author: str | None = None, gazetteer: Gazetteer | None = None
) -> Extraction:
    """Find the dates, actors, topics, claims, events and roles of one document.

    ``author`` is the document's author: first-person claims outside quotes are theirs.
    """
    gazetteer = gazetteer or Gazetteer.default()
    pipeline = load_pipeline(gazetteer)
    parsed = pipeline.parse(text)
    doc = parsed.doc
    dates = find_dates(text, published)
    date_tokens = find_date_tokens(doc, dates)
    actors = find_actors(parsed, pipeline, gazetteer, date_tokens)
    boilerplate = find_boilerplate(text)
    drop_boilerplate_mentions(actors, boilerplate)
    lexicon = pipeline.lexicon
    given_names = lexicon.first_names | lexicon.female_names | lexicon.male_names
    author = author or byline_author(text, given_names)
    author_key = add_author(actors, text, author, boilerplate)
    topic_spans = parsed.topics
    raws = [
        raw
        for raw in find_raw_claims(parsed, pipeline, actors, author_key, date_tokens)
        if not in_boilerplate(raw.content_start, boilerplate)
    ]
    claims = [
        build_claim(text, raw, said, published, actors, topic_spans)
        for raw, said in zip(raws, date_speeches(text, raws, dates, actors, published), strict=True)
    ]
    events = find_events(parsed, pipeline, actors, dates)
    for event in events:
        event.topics = topics_within(topic_spans, event.passage.start, event.passage.end)
    return Extraction(
        text=text,
        published=published,
        author=author,
        dates=dates,
        actors=[
            actor for actor in actors.actors.values() if actor.mentions or actor.key == author_key
        ],
        topics=collect_topics(topic_spans, gazetteer),
        claims=sorted(claims, key=lambda claim: claim.content.start),
        events=events,
        roles=find_roles(parsed, actors, gazetteer),
    )


def add_author(
    actors: DocumentActors, text: str, author: str | None, boilerplate: list[tuple[int, int]]
) -> str | None:
    """The author as an actor (a person), with every place the text names them outside
    boilerplate lines (the byline)."""
    if not author:
        return None
    key = actor_key(author)
    if key not in actors.actors:
        actor = Actor(key, author, "person")
        start = text.find(author)
        while start >= 0:
            if not in_boilerplate(start, boilerplate):
                actor.mentions.append(Span(start, start + len(author), author))
            start = text.find(author, start + len(author))
        actors.actors[key] = actor
    return key


def find_date_tokens(doc: Doc, dates: list[DateMention]) -> frozenset[int]:
    """Tokens of time expressions, with the preposition before each ("on June 18")."""
    tokens: set[int] = set()
    for mention in dates:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        tokens.update(range(span.start, span.end))
        if span.start > 0 and doc[span.start - 1].lower_ in ("on", "in", "at", "last", "this"):
            tokens.add(span.start - 1)
    return frozenset(tokens)


def build_claim(
    doc_text: str,
    raw: RawClaim,
    said: DateMention | None,
    published: date | None,
    actors: DocumentActors,
    topic_spans: list[TokenSpan],
) -> Claim:
    """A claim of ``raw``, said on ``said`` (see ``loaders.speech_dates``), reported on
    ``published``."""
    passage_start = min(raw.sentence.start_char, raw.content_start)
    passage_end = max(raw.sentence.end_char, raw.content_end)
    speaker_mention = None
    if raw.speaker_span is not None:
        span = raw.speaker_span
        speaker_mention = Span(span.start_char, span.end_char, span.text)
    content_mentions = [
        mention.key
        for mention in mentions_within(actors, raw.content_start, raw.content_end)
        if mention.key != raw.speaker
    ]
    return Claim(
        speaker=raw.speaker,
        speaker_mention=speaker_mention,
        verb=raw.verb,
        content=Span(
            raw.content_start, raw.content_end, doc_text[raw.content_start : raw.content_end]
        ),
        passage=Span(passage_start, passage_end, doc_text[passage_start:passage_end]),
        quote=raw.quote,
        said_on=said.value if said else None,
        said_on_precision=said.precision if said else None,
        date_text=said.span.text if said else None,
        reported_on=published,
        topics=topics_within(topic_spans, passage_start, passage_end),
        mentions=list(dict.fromkeys(content_mentions)),
        confidence=raw.confidence,
        mode=raw.mode,
    )


def mentions_within(actors: DocumentActors, start: int, end: int) -> list[Mention]:
    """The mentions that begin in characters ``[start, end)``, in document order; found by
    bisection, since a long document has thousands of claims and of mentions."""

    def first_char(mention: Mention) -> int:
        return actors.doc[mention.start].idx

    low = bisect.bisect_left(actors.mentions, start, key=first_char)
    high = bisect.bisect_left(actors.mentions, end, lo=low, key=first_char)
    return actors.mentions[low:high]


def topics_within(topic_spans: list[TokenSpan], start: int, end: int) -> list[str]:
    """The keys of the topic phrases inside characters ``[start, end)``, in document order
    (``topic_spans`` are sorted and do not overlap)."""
    low = bisect.bisect_left(topic_spans, start, key=lambda span: span.start_char)
    high = bisect.bisect_left(topic_spans, end, lo=low, key=lambda span: span.start_char)
    keys = [span.label_ for span in topic_spans[low:high] if span.end_char <= end]
    return list(dict.fromkeys(keys))


def collect_topics(topic_spans: list[TokenSpan], gazetteer: Gazetteer) -> list[Topic]:
    names = {topic.key: topic for topic in gazetteer.topics}
    topics: dict[str, Topic] = {}
    for span in topic_spans:
        known = names[span.label_]
        topic = topics.setdefault(known.key, Topic(known.key, known.name, list(known.aliases)))
        topic.mentions.append(Span(span.start_char, span.end_char, span.text))
    return list(topics.values())
