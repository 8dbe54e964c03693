"""Which known event a document's event is taken for, through the index resolution keeps.

The stories use invented events; each row is what the graph (or an archive) already holds.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from graph.model import Event, Span
from loaders.event_identity import KnownEvents, lookup_dates

PLACE = Span(0, 1, "x")


def row(event_id: str, day: date, title: str, *people: str, precision: str = "day") -> dict:
    return {
        "id": event_id,
        "date": day,
        "precision": precision,
        "title": title,
        "participants": [f"actor:{person}" for person in people],
    }


def event(day: date, title: str, *people: str, precision: str = "day") -> Event:
    return Event(title, PLACE, day, precision, participants=list(people))


def layer(rows: list[dict], *events: Event) -> KnownEvents:
    """A batch's layer over ``rows``, seeing the dates the batch's events look up."""
    dates = lookup_dates([SimpleNamespace(events=list(events))])
    return KnownEvents.over(KnownEvents.from_rows(rows), dates)


def test_an_event_sharing_a_participant_on_its_day_is_the_known_one() -> None:
    harbour = row("e1", date(2024, 5, 2), "Harbour bridge opened", "mayor-ruiz")
    ferry = row("e2", date(2024, 5, 2), "Ferry line closed", "port-authority")
    reported = event(date(2024, 5, 2), "The opening ceremony", "mayor-ruiz")

    assert layer([harbour, ferry], reported).same_as(reported).id == "e1"


def test_a_tie_goes_to_the_event_known_first() -> None:
    first = row("e-first", date(2024, 5, 2), "Council vote held", "mayor-ruiz")
    second = row("e-second", date(2024, 5, 2), "Budget hearing held", "mayor-ruiz")
    reported = event(date(2024, 5, 2), "A long evening", "mayor-ruiz")

    assert layer([first, second], reported).same_as(reported).id == "e-first"
    assert layer([second, first], reported).same_as(reported).id == "e-second"


def test_without_shared_participants_two_title_words_decide_only_if_one_side_names_none() -> None:
    nameless = row("e1", date(2024, 5, 2), "Storm flooded harbour district")
    peopled = row("e2", date(2024, 5, 2), "Storm flooded harbour district", "mayor-ruiz")
    reported = event(date(2024, 5, 2), "Harbour district flooded overnight", "fire-chief-oda")

    assert layer([nameless], reported).same_as(reported).id == "e1"
    assert layer([peopled], reported).same_as(reported) is None
    one_word = event(date(2024, 5, 2), "Harbour reopened", "fire-chief-oda")
    assert layer([nameless], one_word).same_as(one_word) is None


def test_a_day_in_a_month_given_at_month_precision_is_the_same_event() -> None:
    in_may = row("e1", date(2024, 5, 1), "Strike began", "dock-union", precision="month")
    reported = event(date(2024, 5, 17), "The strike", "dock-union")

    assert layer([in_may], reported).same_as(reported).id == "e1"
    next_month = event(date(2024, 6, 17), "The strike", "dock-union")
    assert layer([in_may], next_month).same_as(next_month) is None


def test_a_layer_sees_only_the_known_events_on_the_dates_its_batch_looks_up() -> None:
    """So a layer over a whole archive answers as one over the graph's rows for those dates."""
    mid_may = row("e1", date(2024, 5, 17), "Strike began", "dock-union")
    reported = event(date(2024, 5, 1), "The strike", "dock-union", precision="month")
    archive = KnownEvents.from_rows([mid_may])

    assert KnownEvents.over(archive, {date(2024, 5, 1)}).same_as(reported) is None
    assert KnownEvents.over(archive, {date(2024, 5, 17)}).same_as(reported).id == "e1"


def test_a_batchs_own_event_is_known_to_its_later_documents_only_in_its_layer() -> None:
    archive = KnownEvents.from_rows([])
    batch = KnownEvents.over(archive, {date(2024, 5, 2)})
    first = event(date(2024, 5, 2), "Harbour bridge opened", "mayor-ruiz")
    batch.add(first, "e-new")

    again = event(date(2024, 5, 2), "Bridge ribbon cut", "mayor-ruiz")
    assert batch.same_as(again).id == "e-new"
    assert KnownEvents.over(archive, {date(2024, 5, 2)}).same_as(again) is None


def test_an_event_put_again_keeps_its_place_and_takes_its_new_participants() -> None:
    archive = KnownEvents.from_rows(
        [
            row("e1", date(2024, 5, 2), "Council vote held", "mayor-ruiz"),
            row("e2", date(2024, 5, 2), "Budget hearing held", "treasurer-kahn"),
        ]
    )
    archive.put_rows(
        [row("e2", date(2024, 5, 2), "Budget hearing held", "treasurer-kahn", "mayor-ruiz")]
    )
    reported = event(date(2024, 5, 2), "A long evening", "mayor-ruiz")

    assert KnownEvents.over(archive, {date(2024, 5, 2)}).same_as(reported).id == "e1"
    by_treasurer = event(date(2024, 5, 2), "A long evening", "treasurer-kahn", "mayor-ruiz")
    assert KnownEvents.over(archive, {date(2024, 5, 2)}).same_as(by_treasurer).id == "e2"


def test_the_same_happening_a_few_days_off_is_listed_as_dated_otherwise() -> None:
    known = [
        row("e1", date(2024, 5, 4), "Harbour bridge opened", "mayor-ruiz"),
        row("e2", date(2024, 5, 12), "Harbour bridge opened", "mayor-ruiz"),
        row("e3", date(2024, 5, 5), "Harbour bridge opened", "port-authority"),
    ]
    reported = event(date(2024, 5, 2), "Bridge over the harbour opened", "mayor-ruiz")

    assert [other.id for other in layer(known, reported).dated_otherwise(reported)] == ["e1"]
