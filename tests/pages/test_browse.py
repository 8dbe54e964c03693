"""The browse lists in Chromium: facets narrow and their counts match the JSON twin, the
JSON and CSV links answer exactly the rows shown, paging follows the cursor, the home
page's counts lead to the lists, hostile names stay text, and a phone can read them."""

from __future__ import annotations

import csv
import io

import pytest

from graph.store import Store
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import HOSTILE_NAME, QUARSHIE, write_corpus, write_hostile_document
from tests.pages.test_pages import open_page

LISTS = ("/claims", "/actors", "/topics", "/documents", "/events")


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)


def shown_ids(watch: WatchedPage) -> list[str]:
    return watch.page.eval_on_selector_all(
        "#listing tbody tr[data-id]", "rows => rows.map(row => row.dataset.id)"
    )


def json_ids(watch: WatchedPage) -> list[str]:
    href = watch.page.locator("#json-link").get_attribute("href")
    response = watch.page.request.get(watch.base_url + href)
    assert response.ok
    return [item["id"] for item in response.json()["items"]]


def csv_ids(watch: WatchedPage) -> list[str]:
    href = watch.page.locator("#csv-link").get_attribute("href")
    response = watch.page.request.get(watch.base_url + href)
    assert response.ok and response.headers["content-type"].startswith("text/csv")
    return [row["id"] for row in csv.DictReader(io.StringIO(response.text()))]


def test_a_speaker_facet_narrows_the_claims_to_its_count_and_the_twins_agree(
    watched: WatchedPage,
) -> None:
    open_page(watched, "/claims")
    page = watched.page
    assert len(shown_ids(watched)) == 8
    choice = page.locator('[data-facet="speaker"] li', has_text="Osei Quarshie")
    count = int(choice.locator(".count").get_attribute("data-count"))
    assert count == 3
    choice.locator("a").click()
    page.wait_for_url("**/claims?speaker=*")
    assert len(shown_ids(watched)) == count
    assert page.locator("#list-total").get_attribute("data-total") == str(count)
    assert shown_ids(watched) == json_ids(watched) == csv_ids(watched)
    assert (
        page.locator('[data-facet="speaker"] li.selected').inner_text().startswith("Osei Quarshie")
    )
    page.locator(".facet-clear").first.click()
    page.wait_for_url("**/claims")
    assert len(shown_ids(watched)) == 8
    watched.assert_clean()


def test_a_kind_facet_narrows_the_actors(watched: WatchedPage) -> None:
    open_page(watched, "/actors")
    choice = watched.page.locator('[data-facet="kind"] li', has_text="person")
    count = int(choice.locator(".count").get_attribute("data-count"))
    choice.locator("a").click()
    watched.page.wait_for_url("**/actors?kind=person")
    assert len(shown_ids(watched)) == count == 3
    assert shown_ids(watched) == json_ids(watched) == csv_ids(watched)
    watched.assert_clean()


def test_paging_follows_the_cursor_and_each_page_has_its_own_twins(watched: WatchedPage) -> None:
    open_page(watched, "/claims?limit=5")
    first = shown_ids(watched)
    assert first == json_ids(watched) == csv_ids(watched)
    watched.page.locator("#next-page").click()
    watched.page.wait_for_url("**cursor=*")
    second = shown_ids(watched)
    assert second == json_ids(watched) == csv_ids(watched)
    assert len(first) == 5 and len(second) == 3 and not set(first) & set(second)
    assert watched.page.locator("#next-page").count() == 0
    watched.assert_clean()


@pytest.mark.parametrize("label", ["documents", "actors", "topics", "claims", "events"])
def test_each_count_on_the_home_page_opens_its_list_with_that_total(
    watched: WatchedPage, label: str
) -> None:
    open_page(watched, "/")
    link = watched.page.locator(".counts a", has_text=label)
    count = link.locator("strong").inner_text()
    link.click()
    watched.page.wait_for_url(f"**/{label}")
    assert watched.page.locator("#list-total").get_attribute("data-total") == count
    watched.assert_clean()


def test_a_hostile_name_is_shown_as_text_in_the_lists_and_the_csv(watched: WatchedPage) -> None:
    dialogs: list[str] = []
    watched.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("/actors", "/claims"):
        open_page(watched, path)
        assert watched.page.locator("img").count() == 0
    assert watched.page.get_by_text(HOSTILE_NAME).first.is_visible()
    response = watched.page.request.get(watched.base_url + "/actors.csv")
    assert HOSTILE_NAME in response.text()
    assert dialogs == []
    watched.assert_clean()


def test_an_unknown_speaker_is_an_html_404_naming_the_parameter(watched: WatchedPage) -> None:
    response = watched.page.goto(watched.base_url + "/claims?speaker=nobody-at-all")
    assert response is not None and response.status == 404
    assert "speaker:" in watched.page.locator(".detail").inner_text()


def test_the_lists_fit_a_phone_screen(browser: object, live_server: str) -> None:
    paths = [*LISTS, f"/claims?speaker={QUARSHIE}", "/claims"]
    assert_fits_a_phone(browser, live_server, paths, "claims-phone")
