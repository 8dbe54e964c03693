"""Rules every endpoint keeps: empty optional parameters are absent, dates are dates, a 405
says what is allowed, and "on this machine" means the peer address, not a name."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.security import is_loopback
from graph.store import Store
from tests.api.problems import assert_problem

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def operations(client: TestClient) -> dict[str, dict]:
    return client.get("/openapi.json").json()["paths"]


def optional_query_parameters(client: TestClient) -> list[tuple[str, str]]:
    """(path, parameter) for every optional query parameter of every GET without path ids."""
    found = []
    for path, methods in operations(client).items():
        if "{" in path or "get" not in methods:
            continue
        for parameter in methods["get"].get("parameters", []):
            if parameter["in"] == "query" and not parameter.get("required"):
                found.append((path, parameter["name"]))
    return found


def test_an_empty_optional_parameter_is_the_same_as_none_on_every_endpoint(
    client: TestClient,
) -> None:
    checked = optional_query_parameters(client)
    assert ("/v1/claims", "cursor") in checked and ("/v1/export", "document") in checked
    for path, name in checked:
        absent = client.get(path)
        empty = client.get(path, params={name: ""})
        assert (path, name, empty.status_code) == (path, name, absent.status_code)
        if absent.headers["content-type"].startswith("application/json"):
            assert empty.json() == absent.json(), (path, name)


def test_an_empty_parameter_beside_a_real_one_leaves_the_real_one(client: TestClient) -> None:
    body = client.get("/v1/claims?cursor=&limit=1&document=").json()
    assert len(body["items"]) == 1


@pytest.mark.parametrize("path", ["/v1/claims", "/v1/events", "/v1/timeline", "/v1/export"])
@pytest.mark.parametrize("value", ["0", "1700000000", "2021-3-4", "yesterday", "2021-02-30"])
def test_since_and_until_take_dates_only(client: TestClient, path: str, value: str) -> None:
    for name in ("since", "until"):
        body = assert_problem(client.get(path, params={name: value}), 422)
        assert name in body["detail"]


def test_a_date_still_filters(client: TestClient) -> None:
    assert client.get("/v1/claims", params={"until": "1900-01-01"}).json()["items"] == []
    assert client.get("/v1/claims", params={"since": "1900-01-01"}).json()["items"] != []


def test_every_405_names_the_methods_its_path_takes(client: TestClient) -> None:
    for path, methods in operations(client).items():
        if "{" in path:
            continue
        taken = {method.upper() for method in methods}
        refused = next(method for method in HTTP_METHODS if method not in taken)
        response = client.request(refused, path)
        assert_problem(response, 405)
        allowed = set(response.headers["allow"].split(", "))
        assert taken <= allowed <= taken | {"HEAD"}, path
    static = client.post("/static/timeline.js")
    assert_problem(static, 405)
    assert static.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("localhost", False),
        ("testclient", False),
        ("203.0.113.7", False),
        ("::ffff:203.0.113.7", False),
        (None, False),
    ],
)
def test_loopback_is_decided_by_the_peer_address_only(host: str | None, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(("host", "status"), [("testclient", 403), ("127.0.0.1", 200)])
def test_without_keys_the_query_is_open_to_loopback_peers_only(
    store: Store, host: str, status: int
) -> None:
    settings = store.settings.model_copy(update={"api_keys": ""})
    with TestClient(create_app(settings, store), client=(host, 50000)) as client:
        response = client.post("/v1/query", json={"cypher": "RETURN 1 AS one"})
    assert response.status_code == status, response.text
