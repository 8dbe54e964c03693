"""Places and occasions set off by commas between a speaker and the verb: the place is
never the speaker, in sentences written for the test."""

from datetime import date

import pytest

from loaders.pipeline import extract

FRIDAY = date(2023, 6, 9)


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker, claim.content.text) for claim in extract(text, FRIDAY).claims]


def speaker_words(text: str) -> list[str | None]:
    return [
        claim.speaker_mention.text if claim.speaker_mention else None
        for claim in extract(text, FRIDAY).claims
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Velma Q. Strout", "velma-q-strout"),
        ("Velma Strout-Abney", "velma-strout-abney"),
        ("Velma de Strout", "velma-de-strout"),
        ("Velma Strout Jr.", "velma-strout-jr"),
    ],
)
def test_an_opening_name_with_an_initial_particle_or_suffix_speaks_past_a_place(
    name: str, key: str
) -> None:
    text = f"{name}, on a tour of Tacoma, Washington, said the shipyard would hire again."
    assert pairs(text) == [(key, "the shipyard would hire again")]


def test_a_titled_opening_name_speaks_past_a_place() -> None:
    text = "Senator Velma Strout, during a stop in Tacoma, Washington, said the ferry was late."
    assert pairs(text) == [("velma-strout", "the ferry was late")]


def test_one_opening_word_before_an_occasion_is_the_speaker_not_the_place() -> None:
    text = "Strout, during a stop in Tacoma, Washington, said the ferry was late."
    assert speaker_words(text) == ["Strout"]


def test_a_noun_completed_by_a_place_speaks_not_the_place() -> None:
    text = "The mayor left after a lawyer in Tacoma, Washington, told him the clinic was full."
    assert speaker_words(text) == ["a lawyer"]


def test_a_name_before_an_age_and_a_job_in_a_place_speaks() -> None:
    text = '"The rent doubled," Linda Strout, 58, a baker in Tacoma, Washington, said on Tuesday.'
    assert [speaker for speaker, _ in pairs(text)] == ["linda-strout"]


def test_names_joined_by_and_between_commas_after_a_place_each_speak() -> None:
    text = (
        "Two council members from Tacoma, Linda Strout and Peter Brandvold, said they "
        "would vote against the levy."
    )
    assert sorted(speaker for speaker, _ in pairs(text)) == ["linda-strout", "peter-brandvold"]


def test_a_pronoun_after_an_inverted_verb_opens_the_content_and_is_no_speaker() -> None:
    text = "Many families in the valley, the poorest in the state, said they would leave."
    contents = [content for _, content in pairs(text)]
    assert "Many families in the valley, the poorest in the state" not in contents


def test_a_clause_after_an_inverted_verb_is_no_description_of_a_speaker() -> None:
    text = "A spokesman for the port, a busy one, said the cranes would be replaced."
    assert "the cranes would be replaced" not in speaker_words(text)


def test_an_opening_word_and_a_place_before_the_speaker_are_no_content() -> None:
    text = "Elsewhere, in Tacoma, Washington, residents said the water was brown."
    assert pairs(text) == [("residents", "the water was brown")]


def test_an_opening_word_before_a_parenthetical_report_is_no_content_of_it() -> None:
    text = "Lately, she said, the night buses have been empty."
    assert [content for _, content in pairs(text)] == ["the night buses have been empty"]


def kinds(text: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in extract(text, FRIDAY).actors}


def test_a_place_before_the_comma_of_a_reporting_verb_is_no_actor() -> None:
    text = "A lawyer in Tacoma, Washington, said the ferry was late."
    assert "Tacoma" not in kinds(text)
    assert "Washington" not in kinds(text)


def test_a_one_word_speaker_picked_up_by_he_or_she_is_a_person() -> None:
    assert kinds("Strout said she would sell the cannery.") == {"Strout": "person"}


def test_a_one_word_speaker_picked_up_by_it_stays_an_organisation() -> None:
    assert kinds("Quarrytel said it would sell the cannery.") == {"Quarrytel": "organization"}


def test_a_lower_case_description_after_an_inverted_verb_leads_to_the_name() -> None:
    text = '"The locks will hold," said harbour engineer Linda Strout.'
    assert speaker_words(text) == ["harbour engineer Linda Strout"]


def test_a_persons_lawyer_speaks_not_the_person() -> None:
    text = "Linda Strout's lawyer said the charges were false."
    claims = extract(text, FRIDAY).claims
    assert [(c.speaker, c.speaker_mention.text) for c in claims] == [
        (None, "Linda Strout's lawyer")
    ]


def test_a_possessive_speaker_phrase_is_named_whole() -> None:
    assert speaker_words("The mayor's spokesman said the pier was shut.") == [
        "The mayor's spokesman"
    ]


def test_a_name_between_a_quantifier_and_a_plural_noun_is_no_speaker() -> None:
    assert kinds("Many Gulf Coast states have lost their ferries.") == {}
