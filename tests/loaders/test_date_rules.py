"""Dates resolved as a reader resolves them: tense, the last date given, weeks, ranges.

TempEval-3 style: each text is ours, each test one behaviour, checked on span, value,
precision, rule and anchor.
"""

from datetime import date

import pytest

from graph.model import DateMention, Span
from loaders.date_rules import RULES
from loaders.dates import DATE_PATTERN, find_dates

SATURDAY = date(2019, 10, 26)


def mention_of(text: str, expression: str, published: date | None = SATURDAY) -> DateMention:
    found = [m for m in find_dates(text, published) if m.span.text == expression]
    assert len(found) == 1, find_dates(text, published)
    return found[0]


def test_every_rule_is_declared_once_and_named_in_the_pattern() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert set(DATE_PATTERN.groupindex) >= set(names)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Exports slumped in September, the ministry reported.", date(2015, 2, 10), (2014, 9)),
        ("In November, the mill laid off forty workers.", date(2016, 4, 2), (2015, 11)),
        ("The ferry line will resume in June.", date(2015, 8, 1), (2016, 6)),
        ("In January, the council is expected to vote.", date(2016, 11, 2), (2017, 1)),
    ],
)
def test_a_month_without_a_year_takes_it_from_the_tense(
    text: str, published: date, expected: tuple[int, int]
) -> None:
    [found] = find_dates(text, published)
    assert (found.value, found.precision) == (date(*expected, 1), "month")
    assert found.anchor == "published"


def test_a_past_month_and_day_fall_on_or_before_publication() -> None:
    found = mention_of("The museum closed on May 2 after a flood.", "May 2", date(2016, 3, 1))
    assert found.value == date(2015, 5, 2)


def test_a_month_and_day_in_reported_future_come_after_publication() -> None:
    text = "The minister said the bridge would reopen on January 9."
    assert mention_of(text, "January 9", date(2016, 11, 20)).value == date(2017, 1, 9)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The report will be released on April 3.", "April 3", date(2018, 4, 3)),
        ("The minister said that the bridge reopens in September.", "September", date(2017, 9, 1)),
        ("Turnout may rise if the party were to win in November.", "November", date(2017, 11, 1)),
        (
            '"The fund should expire on September 30," they wrote.',
            "September 30",
            date(2017, 9, 30),
        ),
    ],
)
def test_tense_is_read_from_the_verbs_own_clause(
    text: str, expression: str, expected: date
) -> None:
    """A participle after "be" is no past tense; a clause after "that" or "if" has its own
    tense; a quote's tense stops at its closing mark."""
    assert mention_of(text, expression, date(2017, 5, 10)).value == expected


def test_a_weekday_before_a_future_verb_looks_forward() -> None:
    assert mention_of("On Friday, the board will vote.", "Friday").value == date(2019, 11, 1)


def test_a_month_used_as_a_modifier_is_a_month() -> None:
    found = mention_of("In a March memo, the auditor wrote to staff.", "March", date(2019, 6, 3))
    assert (found.value, found.precision) == (date(2019, 3, 1), "month")


def test_a_month_name_before_government_is_not_a_date() -> None:
    assert find_dates("Critics of the May government gathered.", SATURDAY) == []


def test_days_later_count_from_the_last_date_given() -> None:
    text = "The ship left port on June 4, 2018. Two days later, it ran aground."
    found = mention_of(text, "Two days later")
    assert (found.value, found.precision, found.rule) == (
        date(2018, 6, 6),
        "day",
        "days_from_last_date",
    )
    assert found.anchor == Span(22, 34, "June 4, 2018")


def test_an_anchored_date_skips_dates_too_coarse_to_count_days_from() -> None:
    text = "Talks began on April 2, 2014, in a hall built in 1998. Two days later they failed."
    assert mention_of(text, "Two days later").value == date(2014, 4, 4)


def test_a_year_earlier_counts_back_from_the_last_date() -> None:
    text = "The mine closed in March 2012. A year earlier, it had flooded."
    found = mention_of(text, "A year earlier")
    assert (found.value, found.precision) == (date(2011, 1, 1), "year")


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("Later that day", date(2017, 9, 14), "day"),
        ("That evening", date(2017, 9, 14), "day"),
        ("The next day", date(2017, 9, 15), "day"),
        ("The previous day", date(2017, 9, 13), "day"),
        ("The following week", date(2017, 9, 18), "week"),
        ("Later that month", date(2017, 9, 1), "month"),
        ("That year", date(2017, 1, 1), "year"),
        ("The following year", date(2018, 1, 1), "year"),
    ],
)
def test_anaphoric_periods_take_the_last_date_given(
    expression: str, expected: date, precision: str
) -> None:
    text = f"The levee broke on Thursday, Sept. 14, 2017. {expression}, crews arrived."
    found = mention_of(text, expression, date(2017, 10, 2))
    assert (found.value, found.precision) == (expected, precision)
    assert found.anchor == Span(19, 43, "Thursday, Sept. 14, 2017")


def test_that_day_as_a_subject_is_not_a_date() -> None:
    text = "The mill shut on 2 March 2015. She always feared that day would come."
    assert [m.span.text for m in find_dates(text, SATURDAY)] == ["2 March 2015"]


def test_an_anaphoric_date_without_an_earlier_date_has_no_value() -> None:
    found = mention_of("Three days later, the court ruled.", "Three days later")
    assert (found.value, found.rule, found.anchor) == (None, "anchor_not_found", None)


def test_later_than_planned_is_not_a_date() -> None:
    text = "It landed on May 3, 2011, two days later than planned."
    assert [m.span.text for m in find_dates(text, SATURDAY)] == ["May 3, 2011"]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The fund paid out this week.", "this week", date(2019, 10, 21)),
        ("The fund pays out next week.", "next week", date(2019, 10, 28)),
        ("The fund paid out last weekend.", "last weekend", date(2019, 10, 14)),
    ],
)
def test_weeks_are_iso_weeks(text: str, expression: str, expected: date) -> None:
    found = mention_of(text, expression)
    assert (found.value, found.precision, found.anchor) == (expected, "week", "published")
    assert found.value.weekday() == 0


def test_both_halves_of_a_year_range_resolve() -> None:
    found = find_dates("Output doubled in 2009–2011.", SATURDAY)
    assert [(m.span.text, m.value, m.rule) for m in found] == [
        ("2009", date(2009, 1, 1), "absolute_year"),
        ("2011", date(2011, 1, 1), "range_second_half"),
    ]


def test_both_halves_of_a_day_range_resolve() -> None:
    found = find_dates("The fair ran on July 8-11, 2015, in Leeds.", SATURDAY)
    assert [(m.span.text, m.value) for m in found] == [
        ("July 8", date(2015, 7, 8)),
        ("11", date(2015, 7, 11)),
    ]


def test_both_halves_of_a_month_range_resolve() -> None:
    found = find_dates("Prices rose between February and April.", date(2019, 6, 5))
    assert [(m.span.text, m.value, m.precision) for m in found] == [
        ("February", date(2019, 2, 1), "month"),
        ("April", date(2019, 4, 1), "month"),
    ]


def test_a_month_range_with_a_year_gives_both_months_that_year() -> None:
    found = find_dates("Prices rose from August to October 2012.", SATURDAY)
    assert [(m.value, m.rule) for m in found] == [
        (date(2012, 8, 1), "absolute_month_range"),
        (date(2012, 10, 1), "range_second_half"),
    ]


def test_absolute_dates_have_no_anchor_and_relative_ones_the_publication() -> None:
    text = "Founded on 4 May 1998, the club lost on Tuesday."
    anchors = [(m.span.text, m.anchor) for m in find_dates(text, SATURDAY)]
    assert anchors == [("4 May 1998", None), ("Tuesday", "published")]
