"""Synthetic news articles for the benchmark: seeded, realistic in shape, invented in content.

Each article quotes a handful of actors in the ways news does: direct
quotes, reported speech ("X said that ..."), "according to X", "X told <media> ...",
questions, appositions ("Jane Roe, the chief executive of Acme Corp, said ..."), with
relative and absolute dates to resolve against its publication date ("on Thursday", "last
month", "March 3"). Article ``n`` depends only on the seed, the density and ``n``, so a corpus
is written once as JSON Lines files and any prefix of it is reused by later runs.

Two densities: ``dense`` (the benchmark's: 400 to 1,200 words, most sentences a claim, ~40–50
claims an article, which loads the writer hardest) and ``realistic`` (450 to 750 words, about a
fifth of the sentences attributed, ~8 claims an article, like a news story).

    python -m bench.generator --articles 20000 [--seed 7] [--density dense|realistic]
                              [--out bench/out/corpus]
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from bench.cast import TOPICS, Cast, CastActor, build_cast
from graph.model import actor_key

DEFAULT_OUT = Path(__file__).parent / "out" / "corpus"
ARTICLES_PER_FILE = 500
FIRST_PUBLISHED = date(2018, 1, 1)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
RELATIVE_DATES = ("last week", "last month", "yesterday", "earlier this month", "on {weekday}",
                  "on {weekday}", "{weekday} night", "this week")  # fmt: skip
ABSOLUTE_DATES = ("on {month} {day}", "on {month} {day}, {year}", "in {month}", "on the {day}th")
"""``{day}`` runs from 4 to 20, where every English ordinal ends in "th"."""
VERBS = ("said", "said", "said", "warned", "argued", "suggested", "added", "insisted", "noted")
OUTCOMES = ("would rise sharply before the end of the year", "could fall again next quarter",
            "needed far closer scrutiny", "was not a priority for now",
            "would stay under pressure for months", "had been badly misjudged",
            "should be settled by a vote", "was moving in the right direction")  # fmt: skip
ACTIONS = ("tighten the rules on", "review its approach to", "spend more on",
           "open talks about", "delay any decision on", "publish new guidance on")  # fmt: skip
FILLERS = ("Officials met {date} to discuss {topic}, and further talks are planned.",
           "A study published {date} looked at {topic} in detail.",
           "The figures published {date} showed little change in {topic}.",
           "Markets were calm after the announcement about {topic} {date}.",
           "A report on {topic} is expected in {month}.")  # fmt: skip
BACKGROUND = ("The debate over {topic} has run for several years in the region.",
              "Households have heard about {topic} for months, with little news before {month}.",
              "The cost of {topic} has grown every year since 2015.",
              "The last review of {topic} took place in {month} and ended without a vote.",
              "Local businesses have watched {topic} closely, some with growing unease.",
              "Two committees share the work on {topic}, and their reports often differ.",
              "The numbers for {month} are due in a few weeks, later than usual.")  # fmt: skip


@dataclass(frozen=True)
class Density:
    """How long an article is and what share of its sentences attribute nothing."""

    name: str
    words: tuple[int, int]
    unattributed: float
    fillers: tuple[str, ...]


DENSITIES = {
    "dense": Density("dense", (400, 1200), 0.15, FILLERS),
    "realistic": Density("realistic", (450, 750), 0.9, FILLERS + BACKGROUND),
}


@dataclass(frozen=True)
class Article:
    text: str
    title: str
    published: date
    url: str
    author: str
    source: str

    def as_record(self) -> dict[str, str]:
        return {
            "text": self.text,
            "title": self.title,
            "published": self.published.isoformat(),
            "url": self.url,
            "author": self.author,
            "source": self.source,
        }


class ArticleWriter:
    """Writes one article; remembers who was already named, so later mentions are short."""

    def __init__(
        self, rng: random.Random, cast: Cast, weights: list[float], density: Density
    ) -> None:
        self.rng = rng
        self.density = density
        self.published = FIRST_PUBLISHED + timedelta(days=rng.randrange(7 * 365))
        self.actors = self._pick_actors(cast, weights)
        self.media = rng.choice(cast.by_kind["media"])
        self.topics = rng.sample(TOPICS, 2)
        self.named: set[str] = set()

    def _pick_actors(self, cast: Cast, weights: list[float]) -> list[CastActor]:
        """A few prominent actors per article, most of them people; a long tail overall."""
        chosen = self.rng.choices(cast.actors, cum_weights=weights, k=self.rng.randint(4, 9))
        return list(dict.fromkeys(chosen)) or [cast.actors[0]]

    def mention(self, actor: CastActor, apposition: bool = False) -> str:
        if actor.name in self.named:
            return actor.later_mention
        self.named.add(actor.name)
        if apposition and actor.role:
            title, employer = actor.role
            return f"{actor.name}, the {title} of {employer.first_mention},"
        return actor.first_mention

    def when(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return ""
        form = rng.choice(RELATIVE_DATES if rng.random() < 0.6 else ABSOLUTE_DATES)
        return form.format(
            weekday=rng.choice(WEEKDAYS),
            month=rng.choice(MONTHS),
            day=rng.randint(4, 20),
            year=self.published.year - rng.randint(0, 1),
        )

    def topic_phrase(self) -> str:
        _, aliases, keywords = self.rng.choice(self.topics)
        return self.rng.choice(aliases + keywords)

    def content(self) -> str:
        rng = self.rng
        other = rng.choice(self.actors)
        forms = (
            lambda: f"{self.topic_phrase()} {rng.choice(OUTCOMES)}",
            lambda: f"{self.mention(other)} had no plans to change course on {self.topic_phrase()}",
            lambda: f"the government should {rng.choice(ACTIONS)} {self.topic_phrase()}",
            lambda: f"{self.topic_phrase()} remained the biggest risk for {self.mention(other)}",
        )
        return rng.choice(forms)()

    def sentence(self) -> str:
        rng = self.rng
        if rng.random() < self.density.unattributed:
            return rng.choice(self.density.fillers).format(
                date=self.when() or "this year", topic=self.topic_phrase(), month=rng.choice(MONTHS)
            )
        speaker = rng.choice(self.actors)
        who, when, verb = self.mention(speaker, apposition=True), self.when(), rng.choice(VERBS)
        when_part = f" {when}" if when else ""
        said = self.content()
        quoted = said[0].upper() + said[1:]
        forms = (
            lambda: f"{who} {verb}{when_part} that {said}.",
            lambda: f'"{quoted}," {who} {verb}{when_part}.',
            lambda: f'{who} said: "{quoted}."',
            lambda: f"According to {who.removesuffix(',')}, {said}.",
            lambda: f"{who} told {self.mention(self.media)}{when_part} that {said}.",
            lambda: f"{who} asked{when_part} whether {said}.",
            lambda: f'"Is it true that {said}?" {who} asked.',
        )
        text = rng.choice(forms)()
        return text[0].upper() + text[1:]

    def write(self, index: int, cast: Cast) -> Article:
        rng = self.rng
        target = rng.randint(*self.density.words)
        paragraphs: list[str] = []
        words = 0
        while words < target:
            paragraph = " ".join(self.sentence() for _ in range(rng.randint(2, 4)))
            words += len(paragraph.split())
            paragraphs.append(paragraph)
        lead = self.actors[0]
        headline = rng.choice(("warns on", "speaks out on", "weighs in on", "changes tack on"))
        title = f"{lead.later_mention} {headline} {self.topics[0][0].lower()}"
        source = self.media.name
        url = f"https://news.example/{actor_key(source)}/{self.published:%Y/%m}/{index}"
        if self.density is not DENSITIES["dense"]:  # both densities' article n in one graph
            url += f"-{self.density.name}"
        text = title[0].upper() + title[1:] + "\n\n" + "\n\n".join(paragraphs)
        return Article(text, title, self.published, url, rng.choice(cast.reporters), source)


def actor_weights(cast: Cast) -> list[float]:
    """Cumulative Zipf-like weights: a few actors are in the news all the time, most rarely."""
    cumulative, total = [], 0.0
    for rank in range(len(cast.actors)):
        total += 1.0 / (rank + 1) ** 0.8
        cumulative.append(total)
    return cumulative


def generate_article(
    seed: int, index: int, cast: Cast, weights: list[float], density: str = "dense"
) -> Article:
    rng = random.Random(f"article:{seed}:{index}")
    return ArticleWriter(rng, cast, weights, DENSITIES[density]).write(index, cast)


def ensure_corpus(
    articles: int,
    seed: int = 7,
    out: Path = DEFAULT_OUT,
    actors: int = 3000,
    density: str = "dense",
) -> list[Path]:
    """JSON Lines files holding at least ``articles`` articles; files already there are kept.

    The folder is per seed, cast size and density, so a bigger run reuses what a smaller one
    wrote.
    """
    suffix = "" if density == "dense" else f"-{density}"
    folder = out / f"seed-{seed}-actors-{actors}{suffix}"
    folder.mkdir(parents=True, exist_ok=True)
    cast = build_cast(seed, actors)
    gazetteer = folder / "gazetteer.yaml"
    if not gazetteer.exists():
        gazetteer.write_text(yaml.safe_dump(cast.gazetteer_data(), sort_keys=False))
    weights = actor_weights(cast)
    paths = []
    for start in range(0, articles, ARTICLES_PER_FILE):
        path = folder / f"articles-{start:08d}.jsonl"
        if not path.exists():
            partial = path.with_suffix(".partial")
            with partial.open("w", encoding="utf-8") as handle:
                for index in range(start, start + ARTICLES_PER_FILE):
                    record = generate_article(seed, index, cast, weights, density).as_record()
                    handle.write(json.dumps(record) + "\n")
            partial.rename(path)
        paths.append(path)
    return paths


def gazetteer_path(paths: list[Path]) -> Path:
    return paths[0].parent / "gazetteer.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--actors", type=int, default=3000)
    parser.add_argument("--density", choices=DENSITIES, default="dense")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    paths = ensure_corpus(args.articles, args.seed, args.out, args.actors, args.density)
    count = len(paths) * ARTICLES_PER_FILE
    print(f"{count} articles in {len(paths)} files under {paths[0].parent}")


if __name__ == "__main__":
    main()
