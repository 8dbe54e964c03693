"""Many clients posting versions of one document (one URL) at once: every post answers, no 500."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from graph.stats import count_graph
from graph.store import Store
from tests.api.clients import client_for

KEY = {"Authorization": "Bearer posts-key"}
POSTS = 20


def test_concurrent_posts_of_one_url_all_succeed_and_leave_one_version(store: Store) -> None:
    def post(number: int) -> int:
        body = {
            "url": "https://example.org/ferry",
            "text": f"Tess Lund said on Monday that ferry {number} would run. "
            f"Ada Brook told reporters that tram {number} would not.",
        }
        return client.post("/v1/documents", json=body, headers=KEY).status_code

    with client_for(store, api_keys="posts-key") as client:
        with ThreadPoolExecutor(POSTS) as pool:
            statuses = list(pool.map(post, range(POSTS)))
    assert sorted(set(statuses)) == [201]
    counts = count_graph(store)
    assert counts.nodes["Document"] == 1
    assert counts.nodes["Claim"] == 2
    assert counts.relationships["SAID"] == 2
