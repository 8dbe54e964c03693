"""Reports inside reports, and contents that run on into another report, in sentences
written for the test."""

from datetime import date

from loaders.pipeline import extract

MONDAY = date(2022, 3, 14)


def claims_by_speaker(text: str) -> dict[str | None, str]:
    return {claim.speaker: claim.content.text for claim in extract(text, MONDAY).claims}


def contents(text: str) -> list[str]:
    return [claim.content.text for claim in extract(text, MONDAY).claims]


def test_a_second_report_after_a_comma_and_ends_the_first_content() -> None:
    text = (
        "Mayor Ines Kovac said that the ferry would run all winter, "
        "and the harbour union warned that its crews would strike."
    )
    claims = extract(text, MONDAY).claims
    assert [claim.content.text for claim in claims] == [
        "the ferry would run all winter",
        "its crews would strike",
    ]


def test_a_second_report_after_though_ends_the_first_content() -> None:
    text = (
        "Mayor Ines Kovac said that the pier was safe, though the engineer Ana Ruiz "
        "warned that two of its piles had cracked."
    )
    assert contents(text) == ["the pier was safe", "two of its piles had cracked"]


def test_a_closing_reporting_clause_is_not_inside_the_report_it_closes() -> None:
    text = (
        "Tom Becker had told the council that the fares would rise in May, "
        "a spokesman for the harbour board added."
    )
    speakers = [claim.speaker_mention.text for claim in extract(text, MONDAY).claims]
    assert "a spokesman" in " ".join(speakers)


def test_according_to_right_after_a_reporting_verb_is_the_speakers_source() -> None:
    text = "Lina Park said according to the survey, most tenants pay too much."
    assert set(claims_by_speaker(text)) == {"lina-park"}


def test_a_noun_after_a_preposition_is_not_an_inverted_speaker() -> None:
    text = "The new tram, revealed at the company's spring fair, drew long queues."
    assert extract(text, MONDAY).claims == []


def test_a_curly_quote_closed_by_a_straight_mark_does_not_swallow_the_next_paragraph() -> None:
    text = (
        'The mayor said there was “no sign" of a leak.\n\n'
        '"The water is safe to drink," the engineer Ana Ruiz said.\n\n'
        "Crews will test the pipes again on “Friday”."
    )
    speakers = {claim.speaker for claim in extract(text, MONDAY).claims}
    assert "ana-ruiz" in speakers


def test_lower_case_words_describing_the_name_keep_a_closing_reporting_clause() -> None:
    text = "The ferry will run all winter, retired skipper Ola Berg said."
    assert claims_by_speaker(text) == {"ola-berg": "The ferry will run all winter"}


def test_after_a_lead_in_the_quote_after_said_is_what_was_said() -> None:
    text = 'Asked about the toll, Ola Berg said, "Nobody pays twice."'
    assert claims_by_speaker(text) == {"ola-berg": "Nobody pays twice"}


def test_a_long_quotation_is_trusted_more_than_a_short_one() -> None:
    long_quote = (
        '"We will keep the night ferry running through the whole winter, whatever the fuel '
        'costs, because the island has no other way out," Ola Berg said.'
    )
    (quoted,) = extract(long_quote, MONDAY).claims
    (short,) = extract('"The fares are fair," Ola Berg said.', MONDAY).claims
    assert quoted.confidence > short.confidence


def test_a_common_noun_speaker_before_the_cue_is_trusted_like_a_name() -> None:
    (agency,) = extract("The agency said that the new tolls would fund two bridges.", MONDAY).claims
    (named,) = extract("Ola Berg said that the new tolls would fund two bridges.", MONDAY).claims
    assert agency.confidence >= named.confidence - 0.2


def test_a_quote_that_the_clause_goes_on_after_is_part_of_the_content() -> None:
    text = 'Ola Berg said that "a loose cable" had stopped the tram.'
    assert claims_by_speaker(text) == {"ola-berg": '"a loose cable" had stopped the tram'}


def test_the_listener_of_told_ends_where_the_clause_told_begins() -> None:
    text = 'Ola Berg told reporters she was "firmly against the toll" on the bridge.'
    assert claims_by_speaker(text) == {
        "ola-berg": 'she was "firmly against the toll" on the bridge'
    }


def test_a_listener_named_with_a_possessive_is_skipped_up_to_that() -> None:
    text = "Ola Berg told Harbor Television’s evening show on Friday that the tolls would fall."
    assert claims_by_speaker(text) == {"ola-berg": "the tolls would fall"}


def test_a_possessive_after_call_belongs_to_what_was_said() -> None:
    text = "Ola Berg called Tom Becker’s plans reckless."
    assert claims_by_speaker(text) == {"ola-berg": "Tom Becker’s plans reckless"}


def test_a_report_inside_what_someone_says_is_no_claim() -> None:
    text = "Voters doubt what Ola Berg says the new bridge will cost."
    assert extract(text, MONDAY).claims == []


def test_what_someone_calls_a_thing_is_their_claim_but_a_less_sure_one() -> None:
    (named,) = extract(
        'The delay came from what Ola Berg calls "a failure of nerve."', MONDAY
    ).claims
    (direct,) = extract('Ola Berg called the delay "a failure of nerve."', MONDAY).claims
    assert named.speaker == "ola-berg" and named.confidence < direct.confidence


def test_a_warning_line_before_a_video_is_no_speaker() -> None:
    text = "The council met on Monday.\nWARNING: The clip shows a crash.\nOla Berg said it was sad."
    assert set(claims_by_speaker(text)) == {"ola-berg"}


def test_a_warning_in_brackets_after_a_sentence_is_no_speaker() -> None:
    text = "The bus hit a wall. (WARNING: The clip shows the crash.)\n\nOla Berg said it was sad."
    assert set(claims_by_speaker(text)) == {"ola-berg"}


def test_who_after_a_name_and_a_comma_is_that_person() -> None:
    text = "The plan was backed by Sen. Ola Berg, who said it would help the port."
    assert set(claims_by_speaker(text)) == {"ola-berg"}


def test_a_speakers_own_thought_inside_what_she_said_is_not_a_second_claim() -> None:
    text = "Mayor Ines Kovac said she believes the ferry will run all winter."
    claims = extract(text, MONDAY).claims
    assert [(claim.verb, claim.content.text) for claim in claims] == [
        ("say", "she believes the ferry will run all winter")
    ]


def test_a_name_and_a_participle_after_a_comma_end_the_first_content() -> None:
    text = (
        "Harbor Bank announced that its branch in Dayton would close in May, "
        "Harbor Bank saying that rents had doubled."
    )
    assert contents(text) == ["its branch in Dayton would close in May", "rents had doubled"]


def test_thinking_of_something_does_not_end_the_content_as_a_second_report() -> None:
    text = "Mayor Ines Kovac said she had watched the pier rise and thought of her father."
    assert contents(text) == ["she had watched the pier rise and thought of her father"]


def test_a_verb_joined_after_a_report_inside_the_content_continues_the_teller() -> None:
    text = (
        "Mayor Ines Kovac said the harbour board would announce new fares in May "
        "and suggested that the ferry would stay free for pupils."
    )
    assert set(claims_by_speaker(text)) == {"ines-kovac"}
