"""Where a claim's content starts and stops: a quotation resumed after its reporting
clause is one content; a lead-in before the speaker is none. Sentences written for the
test."""

from datetime import date

from loaders.pipeline import extract

FRIDAY = date(2023, 6, 9)


def quotes(text: str) -> list[tuple[str | None, str | None]]:
    return [(claim.speaker, claim.quote) for claim in extract(text, FRIDAY).claims]


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker, claim.content.text) for claim in extract(text, FRIDAY).claims]


def test_a_quote_resumes_after_a_clause_holding_a_programme_title() -> None:
    text = (
        '"The bridge will open in May," Ines Varga said on the radio show "Morning '
        'Tide" on Sunday. "After that we start on the tunnel."'
    )
    assert quotes(text) == [
        ("ines-varga", "The bridge will open in May, After that we start on the tunnel")
    ]


def test_a_word_quoted_inside_the_clause_does_not_stop_the_quotation() -> None:
    text = (
        '"We sell every loaf by noon," Ines Varga said, showing the trays she calls '
        '"the fleet," stacked by the door. "Then we bake again."'
    )
    assert quotes(text) == [("ines-varga", "We sell every loaf by noon, Then we bake again")]


def test_a_quote_resumes_after_a_comma_and_and() -> None:
    text = '"Fares will stay low," Ines Varga said, and "the late ferry will keep running."'
    assert quotes(text) == [("ines-varga", "Fares will stay low, the late ferry will keep running")]


def test_a_quote_resumes_after_a_bare_clause_with_no_mark() -> None:
    text = '"Fares will stay low," Ines Varga said "The late ferry will keep running."'
    assert quotes(text) == [("ines-varga", "Fares will stay low, The late ferry will keep running")]


def test_a_quote_after_a_longer_clause_with_no_mark_is_not_resumed() -> None:
    text = (
        '"Fares will stay low," Ines Varga said, adding that the ferry is "a lifeline" and '
        'that she hopes "it never stops."'
    )
    assert quotes(text)[0] == ("ines-varga", "Fares will stay low")


def test_a_quote_resumes_after_a_speaker_described_with_a_possessive() -> None:
    text = (
        '"The roof leaks in every storm," the harbour board\'s Ines Varga told reporters. '
        '"We patch it and it leaks again."'
    )
    assert quotes(text) == [
        ("ines-varga", "The roof leaks in every storm, We patch it and it leaks again")
    ]


def test_a_quote_resumes_after_a_double_space_before_the_speaker() -> None:
    text = '"The roof leaks,"  Ines Varga said. "We patch it and it leaks again."'
    assert quotes(text) == [("ines-varga", "The roof leaks, We patch it and it leaks again")]


def test_a_question_put_before_the_speaker_is_no_content_of_a_short_answer() -> None:
    text = "Asked whether the pool would open before the heat wave, Ines Varga said it would not."
    assert pairs(text) == [("ines-varga", "it would not")]


def test_a_second_report_of_a_speaker_set_off_by_commas_is_no_aside() -> None:
    text = (
        "Speaking to swimmers outside the gates, Ines Varga, 64, said the pool would stay "
        "shut all summer but added, "
        '"the lifeguards keep their pay."'
    )
    assert pairs(text) == [
        ("ines-varga", "the pool would stay shut all summer"),
        ("ines-varga", "the lifeguards keep their pay"),
    ]


def test_a_paragraph_that_is_one_quote_goes_on_quoting_the_last_speaker() -> None:
    text = (
        'The pool stays shut.\n\n"We have no lifeguards," Ines Varga said.\n\n'
        '"The pay is too low and nobody applies."\n\nThe town meets on Monday.'
    )
    assert quotes(text) == [
        ("ines-varga", "We have no lifeguards, The pay is too low and nobody applies")
    ]


def test_a_quote_paragraph_with_a_reporting_clause_of_its_own_is_not_joined() -> None:
    text = '"We have no lifeguards," Ines Varga said.\n\n"The pay is fine," Tom Hale said.'
    assert quotes(text) == [
        ("ines-varga", "We have no lifeguards"),
        ("tom-hale", "The pay is fine"),
    ]


def test_a_full_stop_in_a_party_label_before_a_comma_ends_no_sentence() -> None:
    text = (
        '"The ferry must run," said Rep. Ines Varga (D-Vt.), a sailor herself. '
        '"The islands have no other road."'
    )
    assert quotes(text) == [("ines-varga", "The ferry must run, The islands have no other road")]


def test_a_quote_in_doubled_single_marks_after_the_verb_is_whole() -> None:
    text = "Ines Varga said: ''The pool stays shut. The pay is too low.''"
    assert quotes(text) == [("ines-varga", "The pool stays shut. The pay is too low")]


def test_a_quote_opened_inside_reported_speech_runs_to_its_close() -> None:
    text = 'Ines Varga said the pool "will stay shut. The pay is too low." The town meets soon.'
    assert pairs(text) == [("ines-varga", 'the pool "will stay shut. The pay is too low."')]


def test_a_quote_after_a_report_told_inside_the_content_stays_that_reports() -> None:
    text = 'The board said Tom Hale told reporters the fee "is theft. We will sue." Then it met.'
    assert ("tom-hale", 'the fee "is theft. We will sue."') in pairs(text)


def test_what_was_called_by_a_quoted_name_keeps_its_object() -> None:
    text = 'Ines Varga called the new timetable "a gift to nobody." Tom Hale left early.'
    assert pairs(text) == [("ines-varga", 'the new timetable "a gift to nobody."')]


def test_a_reporting_aside_after_words_that_open_with_a_quote_gives_both_sides() -> None:
    text = '"A loose boat" broke the pier rail, Ines Varga said, and "nobody was hurt."'
    assert pairs(text) == [
        (
            "ines-varga",
            '"A loose boat" broke the pier rail, Ines Varga said, and "nobody was hurt."',
        )
    ]


def test_a_sentence_opening_inside_a_quote_is_no_lead_in() -> None:
    text = (
        '"I want to be clear. As chair, I will not take sides," Ines Varga said, '
        "in a jab at the board."
    )
    assert quotes(text) == [("ines-varga", "I want to be clear. As chair, I will not take sides")]


def test_a_block_after_a_colon_that_closes_its_paragraph_is_the_content() -> None:
    text = "At the harbour meeting, Ines Varga said:\n\nThe pool will stay shut all summer.\n"
    assert pairs(text) == [("ines-varga", "The pool will stay shut all summer")]


def test_a_quote_after_a_colon_that_closes_its_paragraph_follows_an_opening_phrase() -> None:
    text = 'At the harbour meeting, Ines Varga said:\n\n"The pool will stay shut."\n'
    assert quotes(text) == [("ines-varga", "The pool will stay shut")]
