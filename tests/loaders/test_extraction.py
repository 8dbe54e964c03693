from datetime import date

from graph.model import Claim, Extraction, Span, extraction_to_dict
from loaders.pipeline import extract

SATURDAY = date(2019, 10, 26)


def actor_keys(extraction: Extraction) -> set[str]:
    return {actor.key for actor in extraction.actors}


def mention_texts(extraction: Extraction, key: str) -> list[str]:
    actor = next(actor for actor in extraction.actors if actor.key == key)
    return [mention.text for mention in actor.mentions]


def only_claim(extraction: Extraction) -> Claim:
    assert len(extraction.claims) == 1, extraction.claims
    return extraction.claims[0]


def assert_offsets_exact(extraction: Extraction) -> None:
    text = extraction.text
    spans: list[Span] = [mention.span for mention in extraction.dates]
    for actor in extraction.actors:
        spans.extend(actor.mentions)
    for claim in extraction.claims:
        spans.extend([claim.content, claim.passage])
        if claim.speaker_mention is not None:
            spans.append(claim.speaker_mention)
    spans.extend(event.passage for event in extraction.events)
    spans.extend(role.passage for role in extraction.roles)
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_gazetteer_aliases_merge_into_one_actor() -> None:
    text = (
        "The Political Bureau of the CPC Central Committee met in Beijing. "
        "Analysts expect the Politburo to meet again soon, and Politburo members agreed."
    )
    extraction = extract(text, SATURDAY)
    assert mention_texts(extraction, "politburo") == [
        "Political Bureau of the CPC Central Committee",
        "Politburo",
        "Politburo",
    ]


def test_surname_and_honorific_merge_into_the_full_name() -> None:
    text = (
        "Sandra Okafor, a director of the Harbour Trust, opened the fair. "
        "Okafor later said the fair would return. Ms. Okafor thanked the volunteers."
    )
    extraction = extract(text, SATURDAY)
    assert mention_texts(extraction, "sandra-okafor") == ["Sandra Okafor", "Okafor", "Okafor"]
    assert "okafor" not in actor_keys(extraction)


def test_shared_surname_goes_to_the_person_named_most_recently() -> None:
    text = (
        "Peter Lindqvist said the mine would close. "
        "His sister Anna Lindqvist said the town would survive. "
        "Lindqvist said she had spoken to the mayor."
    )
    extraction = extract(text, SATURDAY)
    assert {"peter-lindqvist", "anna-lindqvist"} <= actor_keys(extraction)
    assert "lindqvist" not in actor_keys(extraction)
    assert extraction.claims[-1].speaker == "anna-lindqvist"


def test_apposition_gives_a_role_and_makes_a_person() -> None:
    text = "Mark Zuckerberg, CEO of Facebook, defended the plan on Wednesday."
    extraction = extract(text, SATURDAY)
    roles = {(role.subject, role.object, role.title) for role in extraction.roles}
    assert ("mark-zuckerberg", "facebook", "CEO") in roles


def test_member_of_committee_apposition_gives_a_member_role() -> None:
    text = (
        "Tomas Brennan, a senior Republican member of the House Financial Services "
        "Committee, asked the witness about stablecoins."
    )
    extraction = extract(text, SATURDAY)
    roles = {(role.subject, role.object, role.title) for role in extraction.roles}
    assert ("tomas-brennan", "house-financial-services-committee", "member") in roles
    assert only_claim(extraction).speaker == "tomas-brennan"


def test_title_before_a_name_gives_a_role() -> None:
    text = (
        "Libra project CEO Marcus spoke first. Chinese President Xi Jinping spoke later. "
        "Sen. Renata Alves said nothing."
    )
    extraction = extract(text, SATURDAY)
    roles = {(role.subject, role.object, role.title) for role in extraction.roles}
    assert ("marcus", "libra", "CEO") in roles
    assert ("xi-jinping", "china", "President") in roles
    kinds = {actor.key: actor.kind for actor in extraction.actors}
    assert kinds["marcus"] == "person"
    assert kinds["renata-alves"] == "person"


def test_reported_speech_attributes_content_after_that() -> None:
    text = "Helga Brandt warned that the bridge would need repairs before winter."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "helga-brandt"
    assert claim.speaker_mention.text == "Helga Brandt"
    assert claim.verb == "warn"
    assert claim.content.text == "the bridge would need repairs before winter"
    assert claim.quote is None


def test_told_skips_the_listener() -> None:
    text = "Omar Haddad told Bloomberg that the merger was off."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "omar-haddad"
    assert claim.verb == "tell"
    assert claim.content.text == "the merger was off"


def test_direct_quote_before_the_reporting_clause() -> None:
    text = "“We will rebuild the harbour,” Lena Fischer said."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "lena-fischer"
    assert claim.quote == "We will rebuild the harbour"
    assert "rebuild the harbour" in claim.content.text
    assert "said" not in claim.content.text


def test_direct_quote_after_the_reporting_clause() -> None:
    text = "Lena Fischer said: “We will rebuild the harbour.”"
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "lena-fischer"
    assert claim.quote == "We will rebuild the harbour"
    assert claim.content.text == "We will rebuild the harbour"


def test_inverted_quote_with_said_before_the_speaker() -> None:
    text = '"The vote was fair," said Paolo Ricci, a city councillor.'
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "paolo-ricci"
    assert claim.quote == "The vote was fair"


def test_question_with_asked() -> None:
    text = "Senator Maria Lopez asked whether the bank had broken the rules."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.verb == "ask"
    assert claim.speaker == "maria-lopez"
    assert claim.content.text == "whether the bank had broken the rules"


def test_according_to_names_the_speaker() -> None:
    text = "According to Reuters, the factory will close next year."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "reuters"
    assert claim.verb == "say"
    assert claim.content.text == "the factory will close next year"


def test_trailing_according_to_names_the_speaker() -> None:
    text = "The factory will close next year, according to Reuters."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "reuters"
    assert claim.content.text == "The factory will close next year"


def test_according_to_after_an_opening_phrase_says_both_sides() -> None:
    text = "Over the next decade, according to Reuters, the factory will have closed its doors."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "reuters"
    assert claim.content.text == (
        "Over the next decade, according to Reuters, the factory will have closed its doors"
    )


def test_according_to_after_a_clause_leaves_the_description_after_it_out() -> None:
    text = "The factory will close, according to Ann Lee, a lawyer for the workers."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.content.text == "The factory will close"


def test_pronoun_speaker_resolves_to_the_last_person() -> None:
    text = "Port director Grace Mbeki opened the new quay. She said the cranes were too old."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker == "grace-mbeki"
    assert claim.speaker_mention.text == "She"


def test_first_person_claim_belongs_to_the_author() -> None:
    text = "I have always said that the port needs a second crane."
    extraction = extract(text, SATURDAY, author="Ruth Adler")
    claim = only_claim(extraction)
    assert claim.speaker == "ruth-adler"
    assert claim.speaker_mention.text == "I"
    assert claim.content.text == "the port needs a second crane"
    assert "ruth-adler" in actor_keys(extraction)


def test_first_person_claim_without_author_has_no_speaker() -> None:
    text = "I think the port needs a second crane."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.speaker is None
    assert claim.verb == "think"
    assert claim.content.text == "the port needs a second crane"


def test_first_person_inside_a_quote_is_not_the_author() -> None:
    text = "“I think the port needs a crane,” Omar Haddad said."
    claim = only_claim(extract(text, SATURDAY, author="Ruth Adler"))
    assert claim.speaker == "omar-haddad"


def test_on_thursday_dates_the_claim_against_publication() -> None:
    text = "Helga Brandt said on Thursday that the bridge would close."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.said_on == date(2019, 10, 24)
    assert claim.said_on_precision == "day"
    assert claim.date_text == "Thursday"


def test_undated_claim_keeps_said_on_none() -> None:
    claim = only_claim(extract("Helga Brandt said the bridge would close.", SATURDAY))
    assert claim.said_on is None
    assert claim.said_on_precision is None


def test_date_inside_the_content_does_not_date_the_claim() -> None:
    text = "Helga Brandt said that the bridge would close on Friday."
    claim = only_claim(extract(text, SATURDAY))
    assert claim.said_on is None


def test_event_has_date_title_and_participants() -> None:
    text = (
        "Mark Zuckerberg testified before the House Financial Services Committee on "
        "October 23 about the Libra project."
    )
    extraction = extract(text, SATURDAY)
    [event] = extraction.events
    assert event.date == date(2019, 10, 23)
    assert event.precision == "day"
    assert event.title == "Mark Zuckerberg testified before the House Financial Services Committee"
    assert event.participants[:2] == ["mark-zuckerberg", "house-financial-services-committee"]


def test_sentence_without_a_date_has_no_event() -> None:
    extraction = extract("Mark Zuckerberg testified before the committee.", SATURDAY)
    assert extraction.events == []


def test_claim_lists_topics_and_mentions() -> None:
    text = "Helga Brandt said that Facebook's digital currency would threaten the yuan."
    claim = only_claim(extract(text, SATURDAY))
    assert "digital-currency" in claim.topics
    assert claim.mentions == ["facebook"]


def test_offsets_are_exact_everywhere() -> None:
    text = (
        "Chinese President Xi Jinping chaired the meeting on Thursday.\n\n"
        "“It went well,” said Omar Haddad, a spokesman for the Harbour Trust. "
        "According to Reuters, the Politburo studied blockchain. He said on Friday that "
        "the Federal Reserve disagreed."
    )
    assert_offsets_exact(extract(text, SATURDAY, author="Ruth Adler"))


def test_audit_dict_has_the_scored_shape() -> None:
    text = "Helga Brandt said on Thursday that the Politburo met on October 24."
    audit = extraction_to_dict(extract(text, SATURDAY))
    assert set(audit) == {"text", "published", "dates", "actors", "claims", "events"}
    assert audit["published"] == "2019-10-26"
    [claim] = audit["claims"]
    assert claim["speaker"] == "Helga Brandt"
    assert claim["speaker_kind"] == "person"
    assert claim["said_on"] == "2019-10-24"
    assert set(claim) == {
        "speaker",
        "speaker_kind",
        "speaker_mention",
        "verb",
        "content",
        "quote",
        "said_on",
        "said_on_precision",
        "date_text",
        "reported_on",
        "topics",
        "mode",
        "confidence",
    }
    assert claim["mode"] == "said"
    assert 0.0 < claim["confidence"] <= 1.0
    assert claim["reported_on"] == "2019-10-26"
    assert set(audit["dates"][0]) == {
        "start",
        "end",
        "text",
        "value",
        "precision",
        "rule",
        "anchor",
    }
    assert audit["dates"][0]["anchor"] == "published"
    assert set(audit["actors"][0]) == {"name", "kind", "aliases", "mentions"}


def test_a_lowercase_organisation_noun_before_a_name_makes_it_an_organisation() -> None:
    text = (
        "Danish regional airline Nordvik Air said it would lease two jets. "
        "The parts come from engine maker Travento."
    )
    extraction = extract(text, SATURDAY)
    kinds = {actor.key: actor.kind for actor in extraction.actors}
    assert kinds.get("nordvik-air") == "organization"
    assert kinds.get("travento") == "organization"


def test_a_hyphenated_syllable_belongs_to_the_name_and_the_family_name_comes_first() -> None:
    text = (
        "Foreign Minister Park Seo-jin said the talks would resume. "
        "Park later met the New York-based Halden Group."
    )
    extraction = extract(text, SATURDAY)
    assert mention_texts(extraction, "park-seo-jin") == ["Park Seo-jin", "Park"]
    assert not any(key.endswith("based") for key in actor_keys(extraction))


def test_a_maker_before_a_model_number_names_the_product_not_the_maker() -> None:
    text = (
        "Fenwick Aero said it had delivered two Fenwick Aero F350-200 jets. "
        "Fenwick Aero said the Fenwick Aero 2019 results were strong."
    )
    extraction = extract(text, SATURDAY)
    assert mention_texts(extraction, "fenwick-aero") == ["Fenwick Aero"] * 3


def test_an_acronym_in_brackets_after_an_organisation_is_its_short_name() -> None:
    text = "Analysts praised Nordvik Airlines (NVA) on Monday. Shares in NVA rose."
    extraction = extract(text, SATURDAY)
    assert mention_texts(extraction, "nordvik-airlines") == ["Nordvik Airlines", "NVA", "NVA"]
