"""Dated happenings: dated by anchored expressions too, with common-noun subjects."""

from datetime import date

from loaders.pipeline import extract

JUNE = date(2016, 6, 1)


def test_an_event_takes_a_date_counted_from_the_date_before() -> None:
    text = "The dam burst on April 9, 2016. Two days later, the army evacuated the valley."
    events = [(event.title, event.date) for event in extract(text, JUNE).events]
    assert events == [("the army evacuated the valley", date(2016, 4, 11))]


def test_a_reporting_verb_with_a_thing_as_its_object_is_an_act() -> None:
    text = "On May 3, 2016, the council declared a drought."
    [event] = extract(text, JUNE).events
    assert (event.title, event.date, event.precision) == (
        "the council declared a drought",
        date(2016, 5, 3),
        "day",
    )


def test_a_reporting_verb_with_a_clause_is_speech_not_an_act() -> None:
    assert extract("On May 3, 2016, the mayor said a drought was coming.", JUNE).events == []
