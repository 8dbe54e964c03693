"""How the timeline page turns API items into what it draws: weeks and reported-on claims."""

from api.pages.formatting import date_label
from api.pages.timeline import build_timeline_view, span_of

REPORTED_CLAIM = {
    "kind": "claim",
    "id": "claim:1",
    "text": "the pier would reopen",
    "date": "2021-05-12",
    "precision": "day",
    "placed_by": "reported_on",
    "speaker": {"id": "actor:ines-marlow", "name": "Ines Marlow"},
}


def test_a_week_reads_as_the_week_of_its_monday() -> None:
    assert date_label("2019-10-07", "week") == "week of 7 October 2019"


def test_a_week_is_drawn_over_its_seven_days() -> None:
    assert span_of({"date": "2019-10-07", "precision": "week"}) == {
        "start": "2019-10-07",
        "end": "2019-10-14",
        "type": "range",
    }


def test_a_claim_placed_by_reported_on_is_drawn_apart_and_says_so() -> None:
    view = build_timeline_view([REPORTED_CLAIM])
    [item] = view["items"]
    assert item["className"] == "claim reported"
    assert item["date_label"] == "undated · reported 12 May 2021"
    assert (view["reported"], view["undated"]) == (1, [])


def test_a_claim_dated_by_its_text_is_not_marked_reported() -> None:
    view = build_timeline_view([{**REPORTED_CLAIM, "placed_by": "said_on"}])
    assert view["items"][0]["className"] == "claim"
    assert view["reported"] == 0
