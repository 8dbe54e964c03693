"""A claim's ``said_on`` comes from the words that date the speech, never from its content."""

from datetime import date

from graph.model import Claim, Extraction
from loaders.pipeline import extract

FRIDAY = date(2020, 6, 12)


def claim_saying(extraction: Extraction, words: str) -> Claim:
    [claim] = [c for c in extraction.claims if words in c.content.text]
    return claim


def test_the_sentence_before_dates_a_speech_that_continues_its_scene() -> None:
    text = (
        "On Monday, finance chief Irene Vasquez appeared before the audit panel. "
        "She said the accounts were in order."
    )
    claim = claim_saying(extract(text, FRIDAY), "accounts were in order")
    assert (claim.said_on, claim.said_on_precision) == (date(2020, 6, 8), "day")
    assert claim.date_text == "Monday"


def test_the_sentence_before_does_not_date_another_speakers_speech() -> None:
    text = "On Monday, the audit panel met in private. Irene Vasquez said the accounts were sound."
    claim = claim_saying(extract(text, FRIDAY), "accounts were sound")
    assert claim.said_on is None


def test_a_follow_up_claim_keeps_the_date_of_the_speakers_claim_before() -> None:
    text = (
        "Irene Vasquez said on Monday that the accounts were in order. "
        "She added that no funds were missing."
    )
    extraction = extract(text, FRIDAY)
    assert claim_saying(extraction, "no funds were missing").said_on == date(2020, 6, 8)


def test_a_date_inside_the_sentence_before_content_does_not_carry_over() -> None:
    text = "Irene Vasquez said the audit would end on Monday. She said the accounts were in order."
    extraction = extract(text, FRIDAY)
    assert claim_saying(extraction, "accounts were in order").said_on is None


def test_today_in_a_dateline_story_dates_the_speech_to_publication() -> None:
    text = "BERLIN — Irene Vasquez told reporters today that the audit was over."
    claim = claim_saying(extract(text, FRIDAY), "audit was over")
    assert (claim.said_on, claim.said_on_precision) == (FRIDAY, "day")


def test_a_month_modifying_the_speech_dates_it_to_the_month() -> None:
    text = "In a March memo, Irene Vasquez warned staff that the audit could slip."
    claim = claim_saying(extract(text, FRIDAY), "audit could slip")
    assert (claim.said_on, claim.said_on_precision) == (date(2020, 3, 1), "month")


def test_every_claim_is_reported_on_its_publication_date() -> None:
    text = "Irene Vasquez said the audit was over. Tom Reyes said it was not."
    extraction = extract(text, FRIDAY)
    assert len(extraction.claims) == 2
    assert {claim.reported_on for claim in extraction.claims} == {FRIDAY}
    assert all(claim.said_on is None for claim in extraction.claims)


def test_without_a_publication_date_claims_have_no_reported_on() -> None:
    claim = claim_saying(extract("Irene Vasquez said the audit was over.", None), "audit")
    assert claim.reported_on is None


def test_the_date_next_to_the_speech_verb_beats_a_dateline_date() -> None:
    text = "OSLO, June 2 (Wire) - Irene Vasquez said on Wednesday that the audit was over."
    claim = claim_saying(extract(text, FRIDAY), "audit was over")
    assert (claim.said_on, claim.date_text) == (date(2020, 6, 10), "Wednesday")


def test_a_date_in_an_apposition_does_not_date_the_speech() -> None:
    text = '"The audit is over," Irene Vasquez, who took office on March 2, said on Tuesday.'
    claim = claim_saying(extract(text, FRIDAY), "audit is over")
    assert (claim.said_on, claim.date_text) == (date(2020, 6, 9), "Tuesday")


def test_a_date_in_a_clause_after_the_attribution_does_not_date_the_speech() -> None:
    text = '"The audit is over," Irene Vasquez said, and on Tuesday the board met.'
    claim = claim_saying(extract(text, FRIDAY), "audit is over")
    assert claim.said_on is None


def test_a_weekday_read_as_still_to_come_dates_a_past_report_to_the_week_before() -> None:
    text = "At a rally on Tuesday, mayor Ines Kovac laid out her plan to plant a thousand trees."
    claim = claim_saying(extract(text, FRIDAY), "plant a thousand trees")
    assert claim.said_on == date(2020, 6, 9)


def test_a_weekday_still_to_come_stays_when_the_report_is_in_the_present() -> None:
    text = "At a rally on Tuesday, mayor Ines Kovac says she has a plan to plant a thousand trees."
    claim = claim_saying(extract(text, FRIDAY), "plant a thousand trees")
    assert claim.said_on == date(2020, 6, 16)
