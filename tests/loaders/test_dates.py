from datetime import date

import pytest

from graph.model import DateMention, Span
from loaders.dates import date_for_span, find_dates

SATURDAY = date(2019, 10, 26)


def only_date(text: str, published: date | None = SATURDAY) -> DateMention:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def resolved(text: str, published: date | None = SATURDAY) -> tuple[str, date | None, str | None]:
    mention = only_date(text, published)
    return mention.span.text, mention.value, mention.precision


def test_on_thursday_resolves_to_the_thursday_before_publication() -> None:
    text = "On Thursday, the council met behind closed doors."
    mention = only_date(text)
    assert mention.span == Span(3, 11, "Thursday")
    assert mention.value == date(2019, 10, 24)
    assert mention.precision == "day"
    assert mention.rule == "weekday_before_publication"


def test_friday_night_keeps_the_part_of_day_in_its_span() -> None:
    assert resolved("The bulletin aired Friday night.") == (
        "Friday night",
        date(2019, 10, 25),
        "day",
    )


def test_thursday_morning_resolves_to_thursday() -> None:
    assert resolved("Markets rallied Thursday morning.")[1] == date(2019, 10, 24)


def test_weekday_of_publication_means_the_publication_day() -> None:
    assert resolved("The minister resigned on Saturday.")[1] == SATURDAY


def test_last_tuesday_is_strictly_before_publication() -> None:
    assert resolved("She wrote last Tuesday.")[:2] == ("last Tuesday", date(2019, 10, 22))
    assert resolved("She wrote last Saturday.")[1] == date(2019, 10, 19)


def test_next_monday_is_after_publication() -> None:
    assert resolved("They meet again next Monday.")[:2] == ("next Monday", date(2019, 10, 28))


def test_weekday_after_a_future_cue_looks_forward() -> None:
    mention = only_date("The committee will vote on Wednesday.")
    assert mention.value == date(2019, 10, 30)
    assert mention.rule == "weekday_on_or_after_publication"


def test_future_cue_in_an_earlier_sentence_does_not_count() -> None:
    assert resolved("Prices will rise. Traders sold on Wednesday.")[1] == date(2019, 10, 23)


def test_named_days_are_not_dates() -> None:
    assert find_dates("Results from Super Tuesday and Black Friday sales.", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("Nothing happened yesterday.", "yesterday", date(2019, 10, 25)),
        ("Nothing happened today.", "today", SATURDAY),
        ("The vote is tonight.", "tonight", SATURDAY),
        ("The vote is tomorrow.", "tomorrow", date(2019, 10, 27)),
        ("Rain fell last night.", "last night", date(2019, 10, 25)),
        ("Rain fell this morning.", "this morning", SATURDAY),
    ],
)
def test_day_words_resolve_against_publication(
    text: str, expected_text: str, expected: date
) -> None:
    assert resolved(text) == (expected_text, expected, "day")


def test_today_in_a_masthead_name_is_not_a_date() -> None:
    assert find_dates("An editor at USA Today disagreed.", SATURDAY) == []


def test_nth_of_this_month_resolves_in_the_publication_month() -> None:
    text = "The seventh session took place on the 24th of this month."
    mention = only_date(text)
    assert mention.span.text == "the 24th of this month"
    assert text[mention.span.start : mention.span.end] == mention.span.text
    assert (mention.value, mention.rule) == (date(2019, 10, 24), "day_of_relative_month")


def test_nth_of_last_month_resolves_in_the_month_before() -> None:
    assert resolved("The 3rd of last month was cold.")[1] == date(2019, 9, 3)


def test_ordinal_without_a_month_is_not_a_date() -> None:
    assert find_dates("Between the 16th and the 17th congress.", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("Talks opened on January 25th.", "January 25th", date(2019, 1, 25)),
        ("Talks opened Jan. 25 in Vienna.", "Jan. 25", date(2019, 1, 25)),
        ("Talks opened Oct. 23 in Vienna.", "Oct. 23", date(2019, 10, 23)),
        ("Talks opened October 23.", "October 23", date(2019, 10, 23)),
        ("Talks opened on 5 May.", "5 May", date(2019, 5, 5)),
        ("Talks open on November 15.", "November 15", date(2019, 11, 15)),
    ],
)
def test_month_and_day_take_the_publication_year(
    text: str, expected_text: str, expected: date
) -> None:
    mention = only_date(text)
    assert (mention.span.text, mention.value, mention.precision) == (
        expected_text,
        expected,
        "day",
    )
    assert mention.rule == "month_day_year_from_publication"


def test_month_and_day_far_after_publication_fall_in_the_year_before() -> None:
    assert resolved("The fund closed on December 20.", date(2019, 3, 1))[1] == date(2018, 12, 20)


@pytest.mark.parametrize(
    ("text", "expected_text", "rule"),
    [
        ("Signed October 23, 2019 in Oslo.", "October 23, 2019", "absolute_full_date"),
        ("Signed Wednesday, Oct. 23, 2019.", "Wednesday, Oct. 23, 2019", "absolute_full_date"),
        ("Signed 23 October 2019 in Oslo.", "23 October 2019", "absolute_full_date"),
        ("Signed on the 23rd of October 2019.", "the 23rd of October 2019", "absolute_full_date"),
        ("Signed 2019-10-23 in Oslo.", "2019-10-23", "absolute_iso_date"),
        ("Signed 10/23/2019 in Oslo.", "10/23/2019", "absolute_numeric_date"),
        ("Signed 10/23/19 in Oslo.", "10/23/19", "absolute_numeric_date"),
    ],
)
def test_absolute_dates_resolve_to_the_day(text: str, expected_text: str, rule: str) -> None:
    mention = only_date(text)
    assert (mention.span.text, mention.value, mention.precision, mention.rule) == (
        expected_text,
        date(2019, 10, 23),
        "day",
        rule,
    )


def test_impossible_dates_are_dropped() -> None:
    assert find_dates("Filed on February 30, 2019.", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected_text", "expected", "precision"),
    [
        ("Exports fell last month.", "last month", date(2019, 9, 1), "month"),
        ("Exports fell this month.", "this month", date(2019, 10, 1), "month"),
        ("Exports may fall next month.", "next month", date(2019, 11, 1), "month"),
        ("Exports fell last year.", "last year", date(2018, 1, 1), "year"),
        ("Exports fell this year.", "this year", date(2019, 1, 1), "year"),
        ("Exports fell earlier this year.", "earlier this year", date(2019, 1, 1), "year"),
        ("The group was founded in 2002.", "2002", date(2002, 1, 1), "year"),
        ("The plant opened in early 2009.", "early 2009", date(2009, 1, 1), "year"),
        ("The plant opened in October.", "October", date(2019, 10, 1), "month"),
        ("The plant opened in early March.", "early March", date(2019, 3, 1), "month"),
        ("The plant opened last December.", "last December", date(2018, 12, 1), "month"),
        ("The plant opened in October 2018.", "October 2018", date(2018, 10, 1), "month"),
    ],
)
def test_months_and_years_resolve_with_their_precision(
    text: str, expected_text: str, expected: date, precision: str
) -> None:
    assert resolved(text) == (expected_text, expected, precision)


def test_since_the_beginning_of_this_year_is_the_publication_year() -> None:
    text = "Since the beginning of this year, the bureau has met seven times."
    mention = only_date(text)
    assert mention.span == Span(6, 32, "the beginning of this year")
    assert (mention.value, mention.precision) == (date(2019, 1, 1), "year")


def test_next_month_in_december_rolls_into_the_next_year() -> None:
    assert resolved("Talks resume next month.", date(2019, 12, 10))[1] == date(2020, 1, 1)


def test_capitalised_may_without_a_preposition_is_not_a_month() -> None:
    assert find_dates("May I add one thing?", SATURDAY) == []


def test_decades_are_found_without_a_value() -> None:
    mention = only_date("The firm grew in the 1990s.")
    assert (mention.span.text, mention.value, mention.precision) == ("the 1990s", None, None)
    assert mention.rule == "decade"


@pytest.mark.parametrize(
    ("text", "expected_text", "expected", "precision"),
    [
        ("He left two days ago.", "two days ago", date(2019, 10, 24), "day"),
        ("He left two weeks ago.", "two weeks ago", date(2019, 10, 7), "week"),
        ("He left three months ago.", "three months ago", date(2019, 7, 1), "month"),
        ("He left a year ago.", "a year ago", date(2018, 1, 1), "year"),
        ("He left 12 years ago.", "12 years ago", date(2007, 1, 1), "year"),
        (
            "Seventy-four years ago, a ship sank.",
            "Seventy-four years ago",
            date(1945, 1, 1),
            "year",
        ),
    ],
)
def test_offsets_ago_count_back_from_publication(
    text: str, expected_text: str, expected: date, precision: str
) -> None:
    assert resolved(text) == (expected_text, expected, precision)


def test_last_week_is_the_iso_week_before_publication() -> None:
    mention = only_date("Officials met last week.")
    assert (mention.value, mention.precision, mention.rule) == (
        date(2019, 10, 14),
        "week",
        "week_from_publication",
    )
    assert mention.value.isocalendar()[:2] == (2019, 42)


def test_a_week_across_two_months_is_still_a_week() -> None:
    mention = only_date("Officials met three weeks ago.")
    assert (mention.value, mention.precision, mention.rule) == (
        date(2019, 9, 30),
        "week",
        "weeks_ago",
    )


def test_vague_offsets_have_no_value() -> None:
    assert only_date("A few days ago, it rained.").rule == "vague_offset"


@pytest.mark.parametrize(
    "text",
    [
        "The lease runs for three years.",
        "A 50-year plan was approved.",
        "The report is published every year.",
        "The bill cost $2000 and rose 1999% overall.",
    ],
)
def test_durations_sets_and_amounts_are_not_dates(text: str) -> None:
    assert find_dates(text, SATURDAY) == []


def test_without_publication_date_absolute_dates_still_resolve() -> None:
    assert resolved("Signed October 23, 2019.", None)[1] == date(2019, 10, 23)
    assert resolved("Founded in 2002.", None)[1] == date(2002, 1, 1)
    assert resolved("Founded in May 2002.", None)[1] == date(2002, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "They met on Thursday.",
        "They met yesterday.",
        "They met on January 25th.",
        "They met on the 24th of this month.",
        "They met last month.",
        "They met in October.",
        "They met two days ago.",
    ],
)
def test_without_publication_date_relative_dates_say_why_they_have_no_value(text: str) -> None:
    mention = only_date(text, None)
    assert (mention.value, mention.precision) == (None, None)
    assert mention.rule == "relative_without_publication_date"


def test_sessions_listed_by_month_and_day_resolve_in_the_publication_year() -> None:
    text = (
        "The bureau studied together seven times this year. The first session, on "
        "January 25th, covered the media; the second, February 23rd, finance; the third, "
        "April 20th, history; the fourth, July 7th, discipline; the fifth, July 31, the "
        "army; the sixth, September 24th, the state system; and the seventh, the 24th of "
        "this month, new technology."
    )
    values = [m.value for m in find_dates(text, SATURDAY) if m.precision == "day"]
    assert values == [
        date(2019, 1, 25),
        date(2019, 2, 23),
        date(2019, 4, 20),
        date(2019, 7, 7),
        date(2019, 7, 31),
        date(2019, 9, 24),
        date(2019, 10, 24),
    ]


def test_mentions_are_sorted_non_overlapping_and_point_at_their_text() -> None:
    text = (
        "On Monday, two days ago, the 1990s, and last week: in 2002, October 23, 2019, "
        "yesterday, 10/23/2019 and the end of the month were all mentioned."
    )
    mentions = find_dates(text, SATURDAY)
    assert len(mentions) == 9
    for mention in mentions:
        assert text[mention.span.start : mention.span.end] == mention.span.text
    for earlier, later in zip(mentions, mentions[1:], strict=False):
        assert earlier.span.end <= later.span.start


def test_date_for_span_prefers_the_finest_mention_inside() -> None:
    text = "In 2002 he joined; on Thursday he said so."
    dates = find_dates(text, SATURDAY)
    chosen = date_for_span(dates, 0, len(text))
    assert chosen is not None and chosen.span.text == "Thursday"


def test_date_for_span_falls_back_to_the_nearest_mention_before() -> None:
    text = "On Thursday, in 2002, he said the plan would work."
    dates = find_dates(text, SATURDAY)
    content_start = text.index("the plan")
    chosen = date_for_span(dates, content_start, len(text), not_before=0)
    assert chosen is not None and chosen.span.text == "2002"
    assert date_for_span(dates, content_start, len(text)) is None
