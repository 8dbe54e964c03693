"""Attribution cases found on real news, each in sentences written for the test."""

from datetime import date

from graph.model import Claim, Extraction
from loaders.pipeline import extract

SATURDAY = date(2019, 10, 26)


def only_claim(extraction: Extraction) -> Claim:
    assert len(extraction.claims) == 1, extraction.claims
    return extraction.claims[0]


def actor(extraction: Extraction, key: str):
    return next(actor for actor in extraction.actors if actor.key == key)


def test_weekday_after_the_listener_dates_the_question_and_is_not_content() -> None:
    text = (
        "Tom Reyes, a member of the port board, asked Omar Haddad on Wednesday "
        "why the quay was late."
    )
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "tom-reyes"
    assert claim.content.text == "why the quay was late"
    assert claim.said_on == date(2019, 10, 23)
    assert claim.date_text == "Wednesday"


def test_told_a_listener_on_monday_that_dates_the_claim() -> None:
    text = "Helga Brandt told the Harbour Gazette on Monday that the ferry would stop."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.content.text == "the ferry would stop"
    assert claim.said_on == date(2019, 10, 21)


def test_bare_weekday_after_said_dates_the_claim() -> None:
    for text in (
        "Helga Brandt said Tuesday that the bridge would close.",
        "Helga Brandt said Tuesday the bridge would close.",
    ):
        claim = only_claim(extract(text, SATURDAY))
        assert claim.content.text == "the bridge would close"
        assert claim.said_on == date(2019, 10, 22)
        assert claim.date_text == "Tuesday"


def test_a_weekday_that_owns_the_next_noun_stays_in_the_content() -> None:
    claim = only_claim(extract("Helga Brandt said Tuesday's vote was unfair.", SATURDAY))
    assert claim.content.text == "Tuesday's vote was unfair"


def test_verb_followed_only_by_a_date_is_not_a_claim() -> None:
    text = "The ferry plan, which the council announced in June, is late."
    assert extract(text, SATURDAY).claims == []


def test_quote_content_leaves_out_the_marks_and_the_closing_comma() -> None:
    claim = only_claim(extract("“The tide is turning quickly,” Lena Fischer said.", SATURDAY))
    assert claim.content.text == "The tide is turning quickly"
    assert claim.quote == "The tide is turning quickly"


def test_quote_content_keeps_a_question_mark() -> None:
    claim = only_claim(extract("“Who pays for the dredging?” Lena Fischer asked.", SATURDAY))
    assert claim.quote == "Who pays for the dredging?"


def test_quote_after_the_verb_leaves_out_the_closing_full_stop() -> None:
    claim = only_claim(extract("Lena Fischer said: “The tide is turning.”", SATURDAY))
    assert claim.content.text == "The tide is turning"


def test_quote_closing_a_paraphrase_keeps_the_paraphrase_in_the_content() -> None:
    claim = only_claim(
        extract("Skipping the audit “saved us a week,” Lena Fischer said.", SATURDAY)
    )
    assert claim.content.text.startswith("Skipping the audit")
    assert claim.quote == "saved us a week"


def test_weekday_after_said_closing_a_quote_is_in_the_past() -> None:
    claim = only_claim(extract("“We will reopen,” Lena Fischer said on Tuesday.", SATURDAY))
    assert claim.said_on == date(2019, 10, 22)


def test_surname_and_honorific_forms_become_aliases() -> None:
    text = (
        "Patricia Okonkwo opened the session. Later, Okonkwo said the budget was short, "
        "and Ms. Okonkwo left."
    )
    okonkwo = actor(extract(text, SATURDAY), "patricia-okonkwo")
    assert "Okonkwo" in okonkwo.aliases
    assert "Ms. Okonkwo" in okonkwo.aliases
    assert "Patricia Okonkwo" not in okonkwo.aliases


def test_authors_name_before_the_headline_is_not_a_claim() -> None:
    text = "Ruth Adler: The harbour studies the tides\n\nI have always said that tides matter."
    extraction = extract(text, SATURDAY, author="Ruth Adler")
    claim = only_claim(extraction)
    assert claim.content.text == "tides matter"


def test_answered_reports_a_clause_but_not_an_object() -> None:
    text = "Omar Haddad answered that the quay was safe. Lena Fischer answered questions for hours."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "omar-haddad"
    assert claim.verb == "answer"
    assert claim.content.text == "the quay was safe"


def test_a_description_of_the_speakers_speaks() -> None:
    for text, speaker in (
        ("Those close to the mayor say the budget will pass.", "Those close to the mayor"),
        ("Experts on river ecology said the dam could fail.", "Experts on river ecology"),
        ("Nearly 60 percent said the ferry was too expensive.", "Nearly 60 percent"),
    ):
        claim = only_claim(extract(text, SATURDAY))
        assert claim.speaker_mention.text == speaker
        assert claim.speaker is None


def test_relative_who_speaks_for_the_name_before_it() -> None:
    text = "The council thanked Omar Haddad, who said the dam was safe."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text == "who"
    assert claim.content.text == "the dam was safe"


def test_who_after_a_comma_does_not_close_the_sentence() -> None:
    text = "The senator endorsed Lena Fischer, who says she is honored."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.content.text == "she is honored"


def test_a_clause_before_the_verb_is_not_its_subject() -> None:
    for text in (
        "The mayor ignored derogatory remarks about the harbour.",
        "Health worries have followed the mayor for years.",
        "The mayor has faced questions about the ferry.",
    ):
        assert extract(text, SATURDAY).claims == [], text


def test_a_quoted_title_in_the_lead_in_is_not_the_content() -> None:
    text = (
        "In an interview on “Harbour Talk,” Lena Fischer said the ferry would return "
        "next spring after the repairs."
    )
    claim = only_claim(extract(text, SATURDAY))
    assert claim.content.text.startswith("the ferry would return")


def test_inverted_speaker_after_an_honorific_and_a_title() -> None:
    text = '"The tide is turning," said Rep. Ann Lee (D-Md.), head of the harbour caucus.'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "ann-lee"
    assert claim.speaker_mention.text == "Rep. Ann Lee"
    assert claim.quote == "The tide is turning"


def test_quote_resumed_after_the_reporting_clause_joins_the_content() -> None:
    text = '"The tide is turning," said Mr. Okafor. "We must act now."'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text == "Mr. Okafor"
    assert claim.content.text.endswith("We must act now")
    assert claim.quote == "The tide is turning, We must act now"


def test_a_progressive_reporting_verb_finds_its_speaker_before_the_auxiliary() -> None:
    text = "Senator Tom Fowler is calling for a new inquiry into the port deal."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "tom-fowler"
    assert claim.content.text == "a new inquiry into the port deal"


def test_a_wish_is_no_report() -> None:
    """On PolNeAR's train split a claim from "want" was right 0.42 of the time: a wish
    is reported speech too seldom to be asserted as someone's claim."""
    assert extract("Mayor Lena Fischer wants to close the old quay.", SATURDAY).claims == []


def test_declining_to_comment_or_to_name_says_nothing() -> None:
    for text in (
        "Tom Reyes declined to name the new harbour master.",
        "The ferry operator declined to comment on the delays.",
    ):
        assert extract(text, SATURDAY).claims == []


def test_saying_hangs_on_a_progressive_clause_with_a_named_subject() -> None:
    text = (
        "Senator Tom Fowler is defending his late-night posts about the ferry, "
        "saying they show he works around the clock."
    )
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "tom-fowler"
    assert claim.content.text == "they show he works around the clock"


def test_saying_hangs_on_a_clause_opened_by_a_speaker_noun() -> None:
    text = (
        "A harbour judge has ruled against the request to unseal the file, "
        "saying the court has no business deciding what voters need."
    )
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text == "A harbour judge"
    assert claim.content.text == "the court has no business deciding what voters need"


def test_a_title_case_headline_ending_in_says_is_a_claim() -> None:
    text = "Ferry Could Return Next Spring, Senator Tom Fowler Says\n\nThe port is closed."
    claim = only_claim(extract(text, SATURDAY))
    assert "Tom Fowler" in claim.speaker_mention.text
    assert claim.content.text == "Ferry Could Return Next Spring"


def test_a_capitalised_verb_inside_an_ordinary_sentence_is_not_a_cue() -> None:
    text = "The harbour museum opened an exhibit called Says Who on Monday."
    assert extract(text, SATURDAY).claims == []


def test_said_opening_a_sentence_takes_the_speaker_after_it() -> None:
    text = 'The plan would fail. Says Mayor Lena Fischer: "We will find the money."'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "lena-fischer"
    assert claim.quote == "We will find the money"


def test_said_after_a_question_closing_a_quote_takes_the_quote() -> None:
    text = '"Who pays for the quay?" said Tom Reyes, a member of the port board.'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "tom-reyes"
    assert claim.quote == "Who pays for the quay?"


def test_calling_in_or_back_is_not_a_cue() -> None:
    for text in (
        "Senator Tom Fowler called in to a harbour radio show on Monday.",
        "Senator Tom Fowler called into the morning programme while he was sick.",
        "Senator Tom Fowler called back the ferry crew after the storm.",
    ):
        assert extract(text, SATURDAY).claims == [], text


def test_a_record_with_words_after_it_speaks_through_found() -> None:
    text = "A 2014 study that appeared in the Harbour Journal found that half the ferries ran late."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text.startswith("A 2014 study")
    assert claim.content.text == "half the ferries ran late"


def test_video_speaks_through_shows() -> None:
    text = "Video of the arrest shows that the officer had his hands in the air."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text == "Video of the arrest"
    assert claim.content.text == "the officer had his hands in the air"


def test_a_record_inside_an_according_to_phrase_does_not_speak_through_showed() -> None:
    text = (
        "According to a report in the Harbour Gazette, a memo at the port "
        "showed the ferry was late."
    )
    assert all(claim.verb != "show" for claim in extract(text, SATURDAY).claims)


def test_agreed_reports_only_before_a_clause() -> None:
    claim = only_claim(
        extract("Senator Tom Fowler agreed that the quay needs new lights.", SATURDAY)
    )
    assert claim.speaker == "tom-fowler"
    assert claim.content.text == "the quay needs new lights"
    assert extract("Senator Tom Fowler agreed to buy the ferry company.", SATURDAY).claims == []


def test_quoted_as_saying_gives_the_claim_to_the_one_quoted() -> None:
    text = (
        '"We do not need ferries from abroad," the Harbour Gazette quoted Tom Reyes '
        "as saying, although the port board disputed the figures."
    )
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "tom-reyes"
    assert claim.quote == "We do not need ferries from abroad"
    after = only_claim(
        extract("The Harbour Gazette quoted Tom Reyes as saying the ferry would stop.", SATURDAY)
    )
    assert after.speaker == "tom-reyes"
    assert after.content.text == "the ferry would stop"


def test_a_bare_given_name_after_an_inverted_said_is_the_speaker() -> None:
    text = '"We need the money for the school," said Joseph, who has four children.'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker_mention.text == "Joseph"
    assert claim.quote == "We need the money for the school"


def test_adding_after_a_closing_reporting_clause_takes_the_clause_after_it() -> None:
    text = (
        '"The quay is safe," Senator Tom Fowler said, adding that repairs would take '
        '"a few more weeks" before the ferry returns.'
    )
    added = next(claim for claim in extract(text, SATURDAY).claims if claim.verb == "add")
    assert added.speaker == "tom-fowler"
    assert added.content.text == 'repairs would take "a few more weeks" before the ferry returns'


def test_condemned_blasted_and_attacked_report_criticism() -> None:
    for text, content in (
        ("Senator Tom Fowler blasted the port board for its delays.", "the port board"),
        ("Senator Tom Fowler condemned the launch as reckless.", "the launch as reckless"),
        ("Senator Tom Fowler attacked the harbour plan on Monday.", "the harbour plan"),
    ):
        claim = only_claim(extract(text, SATURDAY))
        assert claim.speaker == "tom-fowler", text
        assert claim.content.text.startswith(content), text


def test_an_attack_as_a_noun_is_not_a_cue() -> None:
    text = "The attack on the harbour office left two windows broken."
    assert extract(text, SATURDAY).claims == []


def test_a_record_after_a_reporting_verb_is_not_the_subject_of_shows() -> None:
    text = "Tom Reyes said the videos were unclear and do not show the officer's hands."
    claims = extract(text, SATURDAY).claims
    assert all(claim.verb != "show" for claim in claims), claims
