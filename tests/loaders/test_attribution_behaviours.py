"""Attribution behaviours that must hold on any news, each in sentences written for the test."""

from datetime import date

import pytest

from loaders.pipeline import extract
from tests.loaders.test_attribution_cases import only_claim

MONDAY = date(2022, 3, 14)


def test_a_single_line_break_inside_a_sentence_does_not_end_it() -> None:
    text = "The harbour master Ines Kovac said that the\nnew pier would\nopen in spring.\n"
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ines-kovac"
    assert claim.content.text == "the\nnew pier would\nopen in spring"


def test_a_blank_line_ends_the_paragraph_and_its_sentence() -> None:
    text = "Ines Kovac said the pier\n\nwas a story for another day."
    claim = only_claim(extract(text, MONDAY))
    assert claim.content.text == "the pier"


def test_a_straight_quote_wrapped_over_two_lines_stays_one_quote() -> None:
    text = '"The ferry will run all winter and\nthe fares stay the same," said Ines Kovac.'
    claim = only_claim(extract(text, MONDAY))
    assert claim.quote == "The ferry will run all winter and\nthe fares stay the same"


def test_where_and_when_after_the_verb_are_not_what_was_said() -> None:
    text = '"Rents will fall next year," housing adviser Noor Haddad said at a forum in Leeds.'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "noor-haddad"
    assert claim.content.text == "Rents will fall next year"


def test_a_clause_after_that_may_open_with_a_preposition() -> None:
    text = "Noor Haddad said that in most towns the rents had fallen."
    claim = only_claim(extract(text, MONDAY))
    assert claim.content.text == "in most towns the rents had fallen"


def test_a_quote_in_the_paragraph_after_said_colon_is_the_speakers() -> None:
    text = 'At the end of the meeting Noor Haddad said:\n\n"Nobody will lose their home."\n'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "noor-haddad"
    assert claim.quote == "Nobody will lose their home"


def test_asking_has_mode_asked_and_saying_mode_said() -> None:
    asked = only_claim(extract("Noor Haddad asked whether the rents would fall.", MONDAY))
    said = only_claim(extract("Noor Haddad said the rents would fall.", MONDAY))
    assert (asked.mode, said.mode) == ("asked", "said")


def test_a_denial_keeps_the_denied_content_with_mode_denied() -> None:
    claim = only_claim(extract("The Port Authority denied that it had sold the pier.", MONDAY))
    assert claim.mode == "denied"
    assert claim.content.text == "it had sold the pier"


def test_declining_not_saying_believing_in_and_citing_are_no_claims() -> None:
    for text in (
        "The Port Authority declined to comment on the sale.",
        "Noor Haddad did not say whether the pier would be sold.",
        "Noor Haddad has never said the pier was for sale.",
        "Most sailors believe in a strong harbour board.",
        "Citing higher fuel prices, the ferry company cut two routes.",
    ):
        assert extract(text, MONDAY).claims == [], text


def test_confidence_is_higher_for_a_named_speaker_than_for_a_pronoun() -> None:
    text = "Noor Haddad said the pier was safe. Later she said the pier was closed."
    named, pronoun = extract(text, MONDAY).claims
    assert 0.0 <= pronoun.confidence < named.confidence <= 1.0


def test_a_weak_cue_gives_less_confidence_than_said() -> None:
    text = "Noor Haddad said the pier was safe. Ines Kovac hopes the pier will stay open."
    said, hoped = extract(text, MONDAY).claims
    assert hoped.confidence < said.confidence


def test_a_fragment_of_a_content_is_trusted_less_than_a_short_clause() -> None:
    text = (
        "Noor Haddad said the pier was safe. "
        "Ines Kovac said the old pier was safe for boats in any weather."
    )
    fragment, clause = extract(text, MONDAY).claims
    assert fragment.confidence < clause.confidence


def test_she_and_he_resolve_to_the_person_of_their_gender() -> None:
    text = (
        "Sarah Quist sat down with David Ferrer on Friday. She said the ferry was late, "
        "and he said the tickets were too dear."
    )
    she, he = extract(text, MONDAY).claims
    assert (she.speaker, she.content.text) == ("sarah-quist", "the ferry was late")
    assert (he.speaker, he.content.text) == ("david-ferrer", "the tickets were too dear")


def test_a_second_report_joined_by_and_ends_the_first_content() -> None:
    text = "Ines Kovac called the fares “far too high” and said she would cut them."
    called, said = extract(text, MONDAY).claims
    assert called.content.text == "the fares “far too high”"
    assert said.content.text == "she would cut them"


def test_two_speakers_joined_by_and_each_get_the_claim() -> None:
    text = "Northgate Bank and Eastbrook Credit said on Monday that fees would fall."
    claims = extract(text, MONDAY).claims
    assert {claim.speaker for claim in claims} == {"northgate-bank", "eastbrook-credit"}
    assert {claim.content.text for claim in claims} == {"fees would fall"}


def test_an_aside_in_dashes_between_speaker_and_verb_is_skipped() -> None:
    text = "Councillor Pia Lund — like most of the board — argued that the pier should stay."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "pia-lund"
    assert claim.content.text == "the pier should stay"


def test_a_company_name_ending_like_a_company_is_an_organisation() -> None:
    extraction = extract("Fjord Software said its sales doubled.", MONDAY)
    assert {actor.key: actor.kind for actor in extraction.actors} == {
        "fjord-software": "organization"
    }


def test_a_person_named_between_commas_after_a_description_is_the_speaker() -> None:
    text = '"The levee will hold," the engineer from Lower Saxony, Hanna Vogt, said on site.'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "hanna-vogt"
    assert claim.content.text == "The levee will hold"


def test_a_denial_that_someone_said_something_does_not_make_them_say_it() -> None:
    text = "The Port Authority denied that Mayor Ivo Brandt had called the auditor a crook."
    claim = only_claim(extract(text, MONDAY))
    assert claim.mode == "denied"
    assert "auditor a crook" in claim.content.text


def test_cues_of_several_words_report_speech() -> None:
    text = (
        "Coach Ida Berg made it clear that nobody is safe. "
        "Judge Omar Nasser expressed concern that jurors had been misled. "
        "In a speech on Monday, Governor Tom Ferrer laid out a plan to halve bus fares."
    )
    claims = extract(text, MONDAY).claims
    assert [(claim.speaker, claim.content.text) for claim in claims] == [
        ("ida-berg", "nobody is safe"),
        ("omar-nasser", "jurors had been misled"),
        ("tom-ferrer", "a plan to halve bus fares"),
    ]
    assert claims[2].said_on == date(2022, 3, 14)


def test_wanting_to_know_is_a_question() -> None:
    claim = only_claim(extract("Several Democrats wanted to know why the audit was late.", MONDAY))
    assert claim.mode == "asked"
    assert claim.content.text == "why the audit was late"


def test_as_someone_put_it_gives_them_the_quote_or_the_clause_before() -> None:
    quoted = only_claim(
        extract('The deal, as trade adviser Mona Ruiz put it, "is a good start."', MONDAY)
    )
    assert (quoted.speaker, quoted.content.text) == ("mona-ruiz", "is a good start")
    clause = only_claim(extract("The plan is dead, as Mayor Ivo Brandt put it.", MONDAY))
    assert (clause.speaker, clause.content.text) == ("ivo-brandt", "The plan is dead")


def test_boilerplate_lines_make_no_claims_and_no_actors() -> None:
    text = (
        "Editor's note: An earlier version of this story misspelled a name.\n"
        "Sign up for our newsletter to get harbour news in your inbox.\n"
        "Related: Tom Ferrer said the ferry would be sold\n"
        "\n"
        "Mayor Ivo Brandt said the pier would open.\n"
    )
    extraction = extract(text, MONDAY)
    assert [claim.speaker for claim in extraction.claims] == ["ivo-brandt"]
    assert [actor.key for actor in extraction.actors] == ["ivo-brandt"]


def test_a_byline_or_a_named_headline_gives_the_author_when_none_is_given() -> None:
    bylined = extract("By Jane Roe, Staff Writer\n\nI said the pier was unsafe.\n", MONDAY)
    assert bylined.author == "Jane Roe"
    assert [claim.speaker for claim in bylined.claims] == ["jane-roe"]
    headed = extract("Lena Holt: Why the pier matters\n\nI think it is unsafe.\n", MONDAY)
    assert headed.author == "Lena Holt"
    assert [claim.content.text for claim in headed.claims] == ["it is unsafe"]
    assert extract("Breaking News: The pier is shut\n", MONDAY).author is None


def test_a_group_named_with_where_it_sits_speaks_as_the_whole_phrase() -> None:
    text = "Two farmers on the water council wanted to know why the pumps had failed."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker_mention.text == "Two farmers on the water council"
    assert claim.mode == "asked"


def test_a_spokesperson_for_a_company_speaks_for_the_company() -> None:
    text = "A spokeswoman for Harbor Telecom said the outage was over."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "harbor-telecom"
    assert claim.speaker_mention.text == "A spokeswoman for Harbor Telecom"


def test_a_possessive_before_a_reporting_noun_is_the_speaker() -> None:
    text = "Harbor Telecom's warning that prices would rise by a fifth worried its customers."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "harbor-telecom"
    assert claim.content.text.startswith("prices would rise by a fifth")


def test_a_reporting_noun_names_its_speaker_after_by() -> None:
    text = "The denial by Harbor Telecom that it had raised prices came too late."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "harbor-telecom"
    assert claim.mode == "denied"
    assert claim.content.text.startswith("it had raised prices")


def test_a_clause_after_a_reporting_noun_ends_at_the_next_comma() -> None:
    text = "Shops ignored Harbor Telecom's claim that the network was fixed, and the queues grew."
    claim = only_claim(extract(text, MONDAY))
    assert claim.content.text == "the network was fixed"


def test_a_reporting_noun_without_a_that_clause_reports_nothing() -> None:
    text = "Harbor Telecom's announcement came on a quiet afternoon."
    assert extract(text, MONDAY).claims == []


def test_a_report_inside_what_someone_else_said_is_not_its_speakers_claim() -> None:
    text = "Ines Kovac said that Tom Becker had promised her the ferry would keep running."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ines-kovac"
    assert "ferry would keep running" in claim.content.text


def test_a_quote_resumed_after_its_reporting_sentence_is_the_same_claim() -> None:
    text = (
        '"The ferry will run all winter," Ines Kovac said. "We found the money. '
        'Nobody will be stranded." She then left the hall.'
    )
    claim = only_claim(extract(text, MONDAY))
    assert claim.quote == (
        "The ferry will run all winter, We found the money. Nobody will be stranded"
    )


def test_a_quote_closed_by_a_comma_after_a_reporting_sentence_is_another_speakers() -> None:
    text = '"The ferry will run," Ines Kovac said. "The fares will rise," Tom Becker said.'
    claims = extract(text, MONDAY).claims
    assert [(c.speaker, c.quote) for c in claims] == [
        ("ines-kovac", "The ferry will run"),
        ("tom-becker", "The fares will rise"),
    ]


def test_a_party_label_in_brackets_does_not_hide_the_name_before_an_apposition() -> None:
    text = 'Sen. Ruth Adler (D-Maine), who chairs the panel, said "The audit goes on."'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ruth-adler"
    assert claim.quote == "The audit goes on"


def test_a_pronoun_after_a_report_continues_the_reporter_not_the_person_reported_on() -> None:
    text = "Tom Becker said Ivo Brandt had misled the council. He added that the minutes proved it."
    added = [c for c in extract(text, MONDAY).claims if "minutes proved it" in c.content.text]
    assert [c.speaker for c in added] == ["tom-becker"]


def test_a_name_joined_by_and_to_an_organisation_word_is_one_organisation() -> None:
    text = "Quarry and Tunnel Services said on Friday that the road would close."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "quarry-and-tunnel-services"


def test_two_coordinated_speakers_stay_two_when_the_first_is_known() -> None:
    text = "Ford and Orbis Motors said the plant would close."
    speakers = {claim.speaker for claim in extract(text, MONDAY).claims}
    assert speakers == {"ford", "orbis-motors"}


def test_a_relative_clause_on_the_subject_ends_at_the_comma_before_its_verb() -> None:
    text = "Mayor Ines Kovac, who has called for cheaper fares, toured the pier on Friday."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ines-kovac"
    assert claim.content.text == "cheaper fares"


def test_whom_someone_is_called_is_part_of_what_was_said() -> None:
    text = "The Harbour Union called Ines Kovac a friend of the workers."
    claim = only_claim(extract(text, MONDAY))
    assert claim.content.text == "Ines Kovac a friend of the workers"


def test_speaking_of_something_reports_what_was_spoken_of() -> None:
    text = "Ines Kovac spoke about the need for a second ferry."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ines-kovac"
    assert claim.content.text == "the need for a second ferry"


def test_continued_with_a_colon_reports_the_quote_after_it() -> None:
    text = 'Ines Kovac praised the crews. She continued: "The ferry is never late now."'
    claims = extract(text, MONDAY).claims
    assert claims[-1].speaker == "ines-kovac"
    assert claims[-1].quote == "The ferry is never late now"


def test_continued_with_a_colon_reports_nothing_without_a_quote() -> None:
    text = "The storm continued: the pier was closed all day."
    assert extract(text, MONDAY).claims == []


def test_a_name_seen_only_before_who_and_a_reporting_verb_is_the_speaker() -> None:
    text = "The new timetable was backed by Ola Berg, who said it was cheaper."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ola-berg"


def test_a_description_after_an_inverted_said_is_the_speaker() -> None:
    text = '"The ferry was late again," said a Harbourside shopkeeper.'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker_mention.text == "a Harbourside shopkeeper"
    assert claim.content.text == "The ferry was late again"


def test_a_name_in_apposition_after_an_inverted_description_speaks() -> None:
    text = '"The ferry was late again," said her neighbour of forty years, Susan Brook.'
    assert only_claim(extract(text, MONDAY)).speaker == "susan-brook"


def test_asked_not_to_be_named_is_no_claim() -> None:
    text = '"The pier is rotten," said a harbour pilot who asked not to be named.'
    claims = extract(text, MONDAY).claims
    assert [claim.content.text for claim in claims] == ["The pier is rotten"]


def test_a_party_and_state_after_a_name_describe_the_speaker() -> None:
    for label in ("Democrat of Oregon", "Republican from North Carolina", "D-Ore."):
        text = f'"The levy is unfair," Senator Ines Marlow, {label}, told the mayor on Friday.'
        extraction = extract(text, MONDAY)
        claim = only_claim(extraction)
        assert claim.speaker == "ines-marlow"
        assert claim.content.text == "The levy is unfair"
        people = [actor.key for actor in extraction.actors if actor.kind != "place"]
        assert people == ["ines-marlow"]


def test_each_named_member_of_a_list_of_three_speaks_the_same_content() -> None:
    text = "Norland Bank, Vexa and Baywater Savings said the branch closures would go on."
    extraction = extract(text, MONDAY)
    assert {claim.speaker for claim in extraction.claims} == {"baywater-savings", "norland-bank"}
    assert {claim.content.text for claim in extraction.claims} == {
        "the branch closures would go on"
    }
    assert "Vexa and Baywater Savings" not in [actor.name for actor in extraction.actors]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority denied overnight berths to the fishing fleet.",
        "The council denied parking permits to the market traders.",
    ],
)
def test_refusing_someone_something_is_no_denial(text: str) -> None:
    assert extract(text, MONDAY).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour police denied them entry to the lock.",
        "The magistrate denied bail after a short hearing.",
        "The magistrate denied him bail on Friday.",
        "The delegates denied him a second term as chair.",
        "The party denied us the chance to speak.",
    ],
)
def test_a_person_and_a_thing_or_a_thing_only_granted_after_deny_is_a_refusal(text: str) -> None:
    assert extract(text, MONDAY).claims == []


def test_a_denial_of_a_statement_or_a_clause_stays_a_denial() -> None:
    for text, content in (
        ("Ines Marlow denied any ties to the smugglers.", "any ties to the smugglers"),
        ("Ines Marlow denied that the ferry had been sold.", "the ferry had been sold"),
        ("Ines Marlow denied wrongdoing.", "wrongdoing"),
        ("Ines Marlow denied them.", "them"),
    ):
        claim = only_claim(extract(text, MONDAY))
        assert (claim.content.text, claim.mode) == (content, "denied")


def test_a_word_before_a_title_after_an_inverted_verb_is_part_of_the_persons_mention() -> None:
    text = '"The tolls stay," said Harbour Commissioner Ines Kovac, Democrat of Maine.'
    extraction = extract(text, MONDAY)
    claim = only_claim(extraction)
    assert claim.speaker == "ines-kovac"
    assert claim.speaker_mention.text == "Harbour Commissioner Ines Kovac"
    assert [actor.name for actor in extraction.actors] == ["Ines Kovac"]


def test_a_straight_quote_closed_by_a_curly_mark_is_still_the_quote_before_the_verb() -> None:
    text = '"The night buses will go. Nobody rides them,” Ines Kovac said on Monday.'
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker == "ines-kovac"
    assert claim.quote == "The night buses will go. Nobody rides them"


def test_a_capitalised_name_ending_in_ly_before_the_verb_is_no_adverb() -> None:
    text = "The pier closed at noon.\n\nKimberly said the storm had torn the roof off."
    claim = only_claim(extract(text, MONDAY))
    assert (claim.speaker, claim.content.text) == ("kimberly", "the storm had torn the roof off")


@pytest.mark.parametrize(
    "share", ["Two in three", "More than six in 10", "About 40 percent", "Others"]
)
def test_a_share_of_people_speaks_for_no_actor(share: str) -> None:
    text = f"The ferry poll came out on Monday. {share} said the fares were too high."
    claim = only_claim(extract(text, MONDAY))
    assert (claim.speaker, claim.speaker_mention.text) == (None, share)
    assert claim.content.text == "the fares were too high"


def test_a_full_stop_inside_a_party_label_in_brackets_does_not_end_the_sentence() -> None:
    text = "Rep. Ines Kovac (D-Vt.) said the night ferry would stay."
    claim = only_claim(extract(text, MONDAY))
    assert (claim.speaker, claim.content.text) == ("ines-kovac", "the night ferry would stay")


def test_a_paragraph_opening_with_by_and_a_time_is_no_byline() -> None:
    text = "Ferry fares rise.\n\nBy Monday, officials said, the night ferry had stopped."
    claim = only_claim(extract(text, MONDAY))
    assert claim.speaker_mention.text == "officials"


def test_a_short_opening_phrase_of_time_is_no_content_before_the_speaker() -> None:
    text = "The ferry stopped.\n\nFor now, Ines Kovac said it stays."
    claim = only_claim(extract(text, MONDAY))
    assert (claim.speaker, claim.content.text) == ("ines-kovac", "it stays")


@pytest.mark.parametrize(
    "line",
    [
        "Breaking: Harbour authority shuts the old pier",
        "Q: Will the ferry run on Sundays?",
        "Tom Ferrer: 1,204.",
    ],
)
def test_a_label_or_a_count_after_a_colon_is_no_claim(line: str) -> None:
    text = f"Tom Ferrer runs the ferry line.\n\n{line}\n\nThe pier opened in May.\n"
    assert extract(text, MONDAY).claims == []


def test_a_person_before_a_colon_still_speaks_the_line() -> None:
    text = "Tom Ferrer runs the ferry line.\n\nTom Ferrer: The boats will run all winter.\n"
    claims = extract(text, MONDAY).claims
    assert [(claim.speaker, claim.content.text) for claim in claims] == [
        ("tom-ferrer", "The boats will run all winter.")
    ]
