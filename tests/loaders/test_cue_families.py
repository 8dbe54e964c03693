"""Reporting cues by family, beyond say and tell: each family in sentences written for the
test, with what a careful reader takes as the claim."""

from datetime import date

import pytest

from loaders.pipeline import extract

TUESDAY = date(2024, 4, 16)


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker, claim.content.text) for claim in extract(text, TUESDAY).claims]


@pytest.mark.parametrize(
    "verb", ["reiterated", "joked", "lamented", "boasted", "bragged", "quipped", "retorted"]
)
def test_verbs_of_manner_report_the_clause_they_introduce(verb: str) -> None:
    text = f"Ines Kovac {verb} that the ferry would never run on time."
    assert pairs(text) == [("ines-kovac", "the ferry would never run on time")]


@pytest.mark.parametrize("verb", ["dismissed", "denounced", "decried", "mocked"])
def test_verbs_of_stance_report_what_they_are_directed_at(verb: str) -> None:
    text = f"Ines Kovac {verb} the toll plan as a tax on commuters."
    assert pairs(text) == [("ines-kovac", "the toll plan as a tax on commuters")]


def test_a_stance_verb_is_a_weaker_cue_than_said() -> None:
    said = extract("Ines Kovac said the toll plan was a tax on commuters.", TUESDAY).claims
    slammed = extract("Ines Kovac slammed the toll plan as a tax on commuters.", TUESDAY).claims
    assert slammed[0].confidence < said[0].confidence


def test_a_joke_as_a_noun_is_no_cue() -> None:
    assert pairs("The joke about the ferry ran for weeks in the harbour town.") == []


@pytest.mark.parametrize("verb", ["expressed", "signaled", "recounted", "pleaded"])
def test_verbs_of_expression_report_the_clause_they_introduce(verb: str) -> None:
    text = f"Ines Kovac {verb} that the ferry could not run without a subsidy."
    assert pairs(text) == [("ines-kovac", "the ferry could not run without a subsidy")]


def test_assured_reports_the_clause_after_its_listener() -> None:
    text = "Ines Kovac assured the fishermen that the harbour would stay open."
    assert pairs(text) == [("ines-kovac", "the harbour would stay open")]


def test_assured_without_a_clause_is_no_report() -> None:
    assert pairs("Ines Kovac assured her place in the final with a late goal.") == []


def test_talked_about_reports_its_topic() -> None:
    text = "Ines Kovac talked about the cost of the new harbour wall."
    assert pairs(text) == [("ines-kovac", "the cost of the new harbour wall")]


def test_state_before_a_title_is_a_noun() -> None:
    text = "The dinner drew Vermont state senator Ada Brook and two of her aides."
    assert pairs(text) == []


def test_a_cue_noun_after_the_and_a_place_is_no_report() -> None:
    text = "Since the Dunmore attacks the harbour has stayed closed at night."
    assert pairs(text) == []


def test_a_single_name_before_calls_still_speaks() -> None:
    text = "Halvorsen calls the toll plan a tax on commuters."
    assert [speaker for speaker, _ in pairs(text)] == ["halvorsen"]


def test_attacking_as_a_gerund_reports_nothing() -> None:
    text = "Tom Becker wrote a column about gulls attacking the fish stalls on the quay."
    assert pairs(text) == []


@pytest.mark.parametrize("verb", ["stated", "attacked"])
def test_cues_right_half_the_time_on_unseen_news_are_weighed_as_weak(verb: str) -> None:
    """On PolNeAR's train split "state" and "attack" gave a right claim about half the
    time ("Democratic states like ..."), as the weakest cues do."""
    said = extract("Ines Kovac said the toll plan was a tax on commuters.", TUESDAY).claims
    other = extract(f"Ines Kovac {verb} the toll plan was a tax on commuters.", TUESDAY).claims
    hoped = extract("Ines Kovac hoped the toll plan was a tax on commuters.", TUESDAY).claims
    assert other[0].confidence == hoped[0].confidence < said[0].confidence


@pytest.mark.parametrize(
    "verb", ["rejected", "repeated", "assailed", "bemoaned", "retweeted", "lashed out at"]
)
def test_verbs_of_rejection_repetition_and_reproach_report_what_they_take_up(verb: str) -> None:
    text = f"Ines Kovac {verb} the claim that the ferry pays for itself."
    assert pairs(text) == [("ines-kovac", "the claim that the ferry pays for itself")]


def test_referring_to_reports_what_is_referred_to() -> None:
    text = "Ines Kovac referred to the toll plan as a tax on commuters."
    assert pairs(text) == [("ines-kovac", "the toll plan as a tax on commuters")]


@pytest.mark.parametrize("verb", ["referred to", "rejected", "repeated"])
def test_cues_right_under_three_times_in_four_stay_below_half_confidence(verb: str) -> None:
    claims = extract(f"Ines Kovac {verb} the plan for a second ferry pier.", TUESDAY).claims
    assert len(claims) == 1 and claims[0].confidence < 0.5


def test_adding_to_a_lead_is_a_sum_not_speech() -> None:
    text = "Harbor Bank won the contract in Dayton, adding to its lead over Orbis Software."
    assert pairs(text) == []


def test_added_to_a_named_listener_is_still_speech() -> None:
    text = '"The pier will open in May," Ines Kovac added to Harbour Radio.'
    assert pairs(text) == [("ines-kovac", "The pier will open in May")]


@pytest.mark.parametrize("lead", ["went on to", "continued to", "began to"])
def test_a_cue_after_going_on_or_starting_reports(lead: str) -> None:
    text = f"Tom Hale {lead} argue that the ferry fares were too high."
    assert pairs(text) == [("tom-hale", "the ferry fares were too high")]


def test_a_cue_after_refusing_still_reports_nothing() -> None:
    assert pairs("Tom Hale refused to say whether the ferry fares would rise.") == []


def test_going_on_to_a_cue_after_a_negation_reports_nothing() -> None:
    assert pairs("Tom Hale did not continue to argue that the fares were high.") == []
