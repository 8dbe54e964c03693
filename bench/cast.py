"""The invented world the synthetic news is about: actors with kinds, aliases and roles; topics.

Every name is built from syllables, so no real person or company appears in the corpus,
while the shapes the extractor must handle are all there: a person's full name then
surname, a central bank's name then its initialism ("the Federal Reserve" / "the Fed"),
companies with and without their suffix, media that people talk to. Part of the cast is
written to a gazetteer, as a curated list would be; the rest must be found from context.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from graph.model import ActorKind, actor_key

ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
          "dr", "gr", "kr", "st", "th", "tr", "sh", "ch", "pl")  # fmt: skip
VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y")
CODAS = ("", "", "", "n", "r", "l", "s", "m", "th", "nd", "rk", "st", "x")
KIND_SHARES: tuple[tuple[ActorKind, float], ...] = (
    ("person", 0.68),
    ("organization", 0.18),
    ("government_body", 0.06),
    ("country", 0.03),
    ("media", 0.05),
)
COMPANY_SUFFIXES = ("Corp", "Holdings", "Group", "Industries", "Energy", "Bank", "Motors", "Labs")
INSTITUTIONS = ("Reserve Board", "Trade Commission", "Securities Authority", "Treasury",
                "Competition Office", "Supreme Court", "Energy Regulator")  # fmt: skip
MEDIA_FORMS = (("", "{} Wire"), ("the ", "{} Herald"), ("", "{} News"), ("the ", "{} Times"))
ROLE_TITLES = {
    "organization": ("chief executive", "chair", "chief economist", "spokesperson", "founder"),
    "government_body": ("governor", "commissioner", "head", "spokesperson", "deputy governor"),
    "country": ("finance minister", "prime minister", "trade minister", "ambassador"),
    "media": ("editor", "correspondent", "columnist"),
}
TOPICS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Interest rates", ("interest rates", "rate cuts", "rate rises"), ("borrowing costs",)),
    ("Inflation", ("inflation",), ("consumer prices", "price growth")),
    ("Trade tariffs", ("tariffs", "trade tariffs"), ("import duties",)),
    ("Digital currency", ("digital currency", "stablecoins"), ("central bank money",)),
    ("Blockchain", ("blockchain",), ("distributed ledger",)),
    ("Climate policy", ("climate policy", "emissions targets"), ("carbon tax",)),
    ("Energy prices", ("energy prices", "gas prices"), ("electricity bills",)),
    ("Housing", ("housing", "house prices"), ("mortgage rates",)),
    ("Employment", ("unemployment", "jobs market"), ("hiring freeze",)),
    ("Antitrust", ("antitrust", "competition law"), ("market dominance",)),
    ("Data privacy", ("data privacy", "privacy rules"), ("personal data",)),
    ("Artificial intelligence", ("artificial intelligence", "AI models"), ("machine learning",)),
    ("Public health", ("public health",), ("vaccination campaign", "hospital waiting lists")),
    ("Defence spending", ("defence spending", "military budget"), ("arms purchases",)),
    ("Migration", ("migration", "asylum policy"), ("border controls",)),
    ("Pensions", ("pensions", "retirement age"), ("pension reform",)),
    ("Taxation", ("tax reform", "corporate tax"), ("tax cuts",)),
    ("Banking regulation", ("bank capital rules", "banking regulation"), ("stress tests",)),
    ("Semiconductors", ("semiconductors", "chip supply"), ("chip factories",)),
    ("Elections", ("the election", "elections"), ("polling stations", "voter turnout")),
    ("Shipping", ("shipping routes", "container shipping"), ("freight rates",)),
    ("Agriculture", ("farm subsidies", "agriculture"), ("grain exports",)),
    ("Education", ("school funding", "education reform"), ("tuition fees",)),
    ("Infrastructure", ("infrastructure", "rail projects"), ("road building",)),
    ("Sanctions", ("sanctions",), ("asset freezes", "export controls")),
    ("Cybersecurity", ("cybersecurity", "cyber attacks"), ("ransomware",)),
    ("Public debt", ("public debt", "the budget deficit"), ("bond yields",)),
    ("Labour strikes", ("strikes", "industrial action"), ("wage talks",)),
    ("Mining", ("mining", "rare earths"), ("lithium mines",)),
    ("Space industry", ("space launches", "satellite networks"), ("launch contracts",)),
)


@dataclass(frozen=True)
class CastActor:
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: tuple[str, CastActor] | None = None
    """(title, the actor where the title is held), for persons."""
    in_gazetteer: bool = False
    article: str = ""
    """"the " where English wants it in running text: "the Varno Reserve Board"."""

    @property
    def first_mention(self) -> str:
        return self.article + self.name

    @property
    def later_mention(self) -> str:
        """How an article names the actor after the first mention: surname, initialism, stem."""
        return self.article + self.aliases[0] if self.aliases else self.first_mention


@dataclass
class Cast:
    actors: list[CastActor]
    reporters: list[str]
    by_kind: dict[str, list[CastActor]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for actor in self.actors:
            self.by_kind.setdefault(actor.kind, []).append(actor)

    def gazetteer_data(self) -> dict[str, Any]:
        """The cast's gazetteer entries, in the YAML shape of loaders/data/gazetteer.yaml."""
        actors = []
        for actor in self.actors:
            if not actor.in_gazetteer:
                continue
            entry: dict[str, Any] = {"name": actor.name, "kind": actor.kind}
            if actor.aliases:
                entry["aliases"] = list(actor.aliases)
            if actor.role:
                entry["roles"] = [{"title": actor.role[0], "of": actor_key(actor.role[1].name)}]
            actors.append(entry)
        topics = [
            {"name": name, "aliases": list(aliases), "keywords": list(keywords)}
            for name, aliases, keywords in TOPICS
        ]
        return {"actors": actors, "topics": topics}


def syllable_word(rng: random.Random, syllables: int) -> str:
    word = "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + (rng.choice(CODAS) if i == syllables - 1 else "")
        for i in range(syllables)
    )
    return word.capitalize()


def unique_word(rng: random.Random, used: set[str], syllables: tuple[int, int]) -> str:
    """A word not used before: surnames and company stems must tell actors apart."""
    while True:
        word = syllable_word(rng, rng.randint(*syllables))
        if word not in used and len(word) > 3:
            used.add(word)
            return word


def build_cast(seed: int, actors: int = 3000, reporters: int = 120) -> Cast:
    """``actors`` invented actors (kinds in fixed shares) and ``reporters`` bylines."""
    rng = random.Random(f"cast:{seed}")
    used: set[str] = set()
    cast: list[CastActor] = []
    counts = {kind: max(1, round(actors * share)) for kind, share in KIND_SHARES}
    for _ in range(counts["country"]):
        stem = unique_word(rng, used, (2, 2))
        cast.append(CastActor(stem + rng.choice(("ia", "land", "ora", "istan")), "country",
                              in_gazetteer=True))  # fmt: skip
    for _ in range(counts["government_body"]):
        stem, institution = unique_word(rng, used, (2, 3)), rng.choice(INSTITUTIONS)
        initials = stem[0] + "".join(word[0] for word in institution.split())
        cast.append(CastActor(f"{stem} {institution}", "government_body", (initials,),
                              in_gazetteer=True, article="the "))  # fmt: skip
    for _ in range(counts["organization"]):
        stem = unique_word(rng, used, (2, 3))
        cast.append(CastActor(f"{stem} {rng.choice(COMPANY_SUFFIXES)}", "organization", (stem,),
                              in_gazetteer=rng.random() < 0.6))  # fmt: skip
    for _ in range(counts["media"]):
        stem = unique_word(rng, used, (2, 2))
        article, form = rng.choice(MEDIA_FORMS)
        cast.append(CastActor(form.format(stem), "media", in_gazetteer=True, article=article))
    employers = [actor for actor in cast if actor.kind != "country"] + [
        actor for actor in cast if actor.kind == "country"
    ]
    for _ in range(counts["person"]):
        first, surname = syllable_word(rng, rng.randint(1, 2)), unique_word(rng, used, (2, 3))
        employer = rng.choice(employers)
        role = (rng.choice(ROLE_TITLES[employer.kind]), employer)
        cast.append(CastActor(f"{first} {surname}", "person", (surname,), role,
                              in_gazetteer=rng.random() < 0.35))  # fmt: skip
    rng.shuffle(cast)  # the order is the prominence rank: people, firms and states mixed
    bylines = [
        f"{syllable_word(rng, 2)} {unique_word(rng, used, (2, 3))}" for _ in range(reporters)
    ]
    return Cast(cast, bylines)
