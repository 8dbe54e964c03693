"""The document page in Chromium: each claim, event, date and actor marked in the text and
listed beside it, a mark leading to its entry and an entry to its mark; markup in the
text stays text."""

from __future__ import annotations

import pytest

from graph import ids
from graph.store import Store
from tests.pages.conftest import WatchedPage, assert_fits_a_phone
from tests.pages.corpus import (
    FERRY_TEXT,
    FERRY_URL,
    HOSTILE_URL,
    write_corpus,
    write_hostile_document,
)
from tests.pages.test_pages import open_page

FERRY = ids.document_id(FERRY_URL)


@pytest.fixture(autouse=True)
def corpus(store: Store) -> None:
    write_corpus(store)
    write_hostile_document(store)


def entries(watch: WatchedPage, kind: str) -> list[str]:
    return watch.page.locator(f".found-{kind} li a.to-text").all_inner_texts()


def marked(watch: WatchedPage, kind: str) -> list[str]:
    return watch.page.locator(f"#document-text a.m.{kind}").all_inner_texts()


def test_the_side_list_names_what_was_found_in_text_order(watched: WatchedPage) -> None:
    open_page(watched, f"/documents/{FERRY}")
    assert entries(watched, "claim") == [
        "the ferry service would resume in June",
        "fares must rise",
        "the old pier is safe",
    ]
    assert entries(watched, "event") == ["Marlow met the Harbour Board"]
    assert entries(watched, "date") == ["on Monday", "in April", "3 May 2021"]
    assert entries(watched, "actor") == ["Harbour Board", "Ines Marlow"]
    assert set(marked(watched, "date")) == {"on Monday", "in April", "3 May 2021"}
    assert set(marked(watched, "actor")) == {"Ines Marlow", "Marlow", "Harbour Board"}
    assert "".join(watched.page.locator("#document-text").all_inner_texts()) == FERRY_TEXT
    watched.assert_clean()


def test_an_entry_leads_to_its_mark_and_the_mark_back_to_the_entry(watched: WatchedPage) -> None:
    open_page(watched, f"/documents/{FERRY}")
    page = watched.page
    page.locator(".found-claim a.to-text", has_text="fares must rise").click()
    page.wait_for_url("**#mark-claim-2")
    first_piece = page.locator("#mark-claim-2 + a.m")
    assert first_piece.inner_text() == "The "
    assert first_piece.get_attribute("href") == "#found-claim-2"
    page.locator("#document-text a.m.date", has_text="in April").click()
    page.wait_for_url("**#found-date-2")
    entry = page.locator("#found-date-2")
    assert entry.inner_text().startswith("in April")
    assert entry.is_visible() and entry.bounding_box()["y"] < page.viewport_size["height"]
    watched.assert_clean()


def test_markup_in_a_document_is_shown_as_text(watched: WatchedPage) -> None:
    dialogs: list[str] = []
    watched.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_page(watched, f"/documents/{ids.document_id(HOSTILE_URL)}")
    text = watched.page.locator("#document-text")
    assert text.locator("b, img").count() == 0
    assert "<b>was</b>" in text.inner_text()
    assert "<img src=x onerror=alert(1)>" in watched.page.locator(".found-actor").inner_text()
    assert dialogs == []
    watched.assert_clean()


def test_the_document_page_fits_a_phone_screen(browser: object, live_server: str) -> None:
    assert_fits_a_phone(browser, live_server, [f"/documents/{FERRY}"], "document-phone")
