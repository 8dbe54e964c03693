"""Read latency at a given graph size: each question through the HTTP API and run directly.

The API side is a real request to the uvicorn service (socket, FastAPI, name resolution,
validation, JSON), sent through bench/http_client.py's lean client (httpx's own CPU would be
counted as the service's). The direct side runs the endpoint's named query with ``store.read`` and
resolved ids; where an endpoint runs several named queries (claims, neighbourhood, paths,
search), it calls the ``graph/`` function the router calls. The ratio API/direct is what
the service layer costs on top of the database. Parameters cycle over the best-connected
actors and the topics, the same sequence on both sides.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import neo4j

from bench.http_client import LeanClient
from bench.stats import percentile
from graph.actors import actor_id_candidates
from graph.claims import ClaimFilters, list_claims
from graph.neighbourhood import build_neighbourhood
from graph.paths import find_paths
from graph.search_results import search_hits, search_results
from graph.store import Store
from graph.topics import list_topics

PAGE = 50
SINCE, UNTIL = date(2020, 3, 1), date(2020, 5, 31)
SEARCH_WORDS = ("course", "interest rates", "privacy", "plan", "tariffs", "election")
API_TIMEOUT = 120.0
"""Longer than the embedded server's 60 s statement timeout, so the server's limit shows."""
NO_CURSOR = {"after_dated": None, "after_date": None, "after_id": None}


@dataclass(frozen=True)
class Subjects:
    """What the questions are about: the same at every size, so latencies compare."""

    actors: list[str]
    topics: list[str]

    def actor(self, i: int) -> str:
        return self.actors[i % len(self.actors)]

    def other_actor(self, i: int) -> str:
        return self.actors[(i + 1 + i // len(self.actors)) % len(self.actors)]

    def topic(self, i: int) -> str:
        return self.topics[i % len(self.topics)]


@dataclass(frozen=True)
class Question:
    name: str
    path: str
    api_params: Callable[[Subjects, int], dict[str, Any]]
    direct: Callable[[Store, Subjects, int], Any]


QUESTIONS = (
    Question(
        "timeline of one actor",
        "/v1/timeline",
        lambda s, i: {"actor": s.actor(i), "limit": PAGE},
        lambda store, s, i: store.read(
            "timeline_of_actor",
            **actor_id_candidates(s.actor(i)),
            topic_id=None,
            by_reported=False,
            since=None,
            until=None,
            min_confidence=None,
            include_claims=True,
            include_events=True,
            limit=PAGE + 1,
            **NO_CURSOR,
        ),  # fmt: skip
    ),
    Question(
        "claims of a topic in a date range",
        "/v1/claims",
        lambda s, i: {"topic": s.topic(i), "since": SINCE, "until": UNTIL, "limit": PAGE},
        lambda store, s, i: list_claims(
            store,
            ClaimFilters(topic=s.topic(i), since=SINCE, until=UNTIL),
            {"limit": PAGE + 1, **NO_CURSOR},
        ),
    ),
    Question(
        "2-hop neighbourhood",
        "/v1/graph",
        lambda s, i: {"center": s.actor(i), "depth": 2},
        lambda store, s, i: build_neighbourhood(store, s.actor(i), depth=2),
    ),
    Question(
        "shortest path between two actors",
        "/v1/paths",
        lambda s, i: {"from": s.actor(i), "to": s.other_actor(i), "max_hops": 4},
        lambda store, s, i: find_paths(store, s.actor(i), s.other_actor(i), max_hops=4),
    ),
    Question(
        "search",
        "/v1/search",
        lambda s, i: {"q": SEARCH_WORDS[i % len(SEARCH_WORDS)], "limit": 20},
        lambda store, s, i: search_hits(
            search_results(
                store,
                SEARCH_WORDS[i % len(SEARCH_WORDS)],
                offset=0,
                limit=20,
                names_shown=20,
                count_claims=False,
            )
        ),
    ),
)


@dataclass(frozen=True)
class Latency:
    question: str
    requests: int
    errors: int
    """API answers other than 200, timeouts on either side included."""
    api_p50_ms: float
    api_p95_ms: float
    direct_p50_ms: float
    direct_p95_ms: float

    @property
    def ratio_p50(self) -> float:
        return self.api_p50_ms / self.direct_p50_ms if self.direct_p50_ms else 0.0


def pick_subjects(store: Store, actors: int = 20) -> Subjects:
    """The best-connected actors (every question has something to find) and the topics."""
    actor_ids = [row["id"] for row in store.read("most_connected_actors", limit=actors)]
    topic_ids = [topic.id for topic in list_topics(store, {"after_id": None, "limit": 20})]
    return Subjects(actor_ids, topic_ids)


def measure_question(
    question: Question,
    store: Store,
    http: LeanClient | httpx.Client,
    subjects: Subjects,
    requests: int,
    budget_seconds: float,
) -> Latency:
    """Up to ``requests`` timed calls a side, fewer when a side spends its time budget.

    The two sides take turns, request by request, and which goes first alternates: the
    database warms up (its JIT, its caches) over the first hundreds of queries, and a query
    answered just before with the same parameters is cheaper, so timing one side's run and
    then the other's charged the warm-up to the first. A call that times out (the client's
    limit, or the server's statement timeout) is counted as an error with the time it took,
    since at a large scale that is the finding.
    """
    errors = 0

    def call_api(i: int) -> None:
        nonlocal errors
        params = {k: str(v) for k, v in question.api_params(subjects, i).items()}
        try:
            if http.get(question.path, params=params).status_code != 200:
                errors += 1
        except (TimeoutError, httpx.TimeoutException):
            errors += 1

    def call_direct(i: int) -> None:
        nonlocal errors
        try:
            question.direct(store, subjects, i)
        except neo4j.exceptions.ClientError as error:
            if not (error.code or "").endswith("TimedOut"):
                raise
            errors += 1

    api: list[float] = []
    direct: list[float] = []
    call_api(requests)  # one untimed call a side: the first of a kind compiles and caches a plan
    call_direct(requests)
    for i in range(requests):
        turns = ((api, call_api), (direct, call_direct))
        for spent, call in turns if i % 2 == 0 else reversed(turns):
            started = time.perf_counter()
            call(i)
            spent.append(time.perf_counter() - started)
        if max(sum(api), sum(direct)) > budget_seconds:
            break
    return Latency(
        question.name,
        len(api),
        errors,
        percentile(api, 50) * 1000,
        percentile(api, 95) * 1000,
        percentile(direct, 50) * 1000,
        percentile(direct, 95) * 1000,
    )


def measure_queries(
    store: Store,
    base_url: str,
    subjects: Subjects,
    requests: int,
    budget_seconds: float,
    questions: Sequence[Question] = QUESTIONS,
) -> list[Latency]:
    with LeanClient(base_url, API_TIMEOUT) as http:
        return [
            measure_question(question, store, http, subjects, requests, budget_seconds)
            for question in questions
        ]
