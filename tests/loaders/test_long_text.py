"""Long texts: bounded sentences, and texts past spaCy's default length limit."""

from __future__ import annotations

from datetime import date

from loaders.gazetteer import Gazetteer
from loaders.nlp import MAX_SENTENCE_TOKENS, load_pipeline
from loaders.pipeline import extract


def test_a_line_without_full_stops_is_cut_into_bounded_sentences() -> None:
    line = " ".join(f"Mara Quill, the levy {n} and" for n in range(4000))
    doc = load_pipeline(Gazetteer.default()).parse(line).doc
    lengths = [len(sentence) for sentence in doc.sents]
    assert len(doc) > 10 * MAX_SENTENCE_TOKENS
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc)


def test_sentences_of_ordinary_length_keep_their_line_and_quote_breaks() -> None:
    text = 'Mara Quill said the levy would fall.\nA headline\n"It will pass." "No," Fenn said.'
    doc = load_pipeline(Gazetteer.default()).parse(text).doc
    assert [sentence.text.strip() for sentence in doc.sents if sentence.text.strip()] == [
        "Mara Quill said the levy would fall.",
        "A headline",
        '"It will pass."',
        '"No," Fenn said.',
    ]


def test_a_text_past_a_million_characters_is_extracted() -> None:
    text = "Mara Quill said on Monday that the levy would fall.\n" + "tide " * 220_000
    assert len(text) > 1_000_000
    extraction = extract(text, date(2022, 5, 4))
    assert [claim.content.text for claim in extraction.claims] == ["the levy would fall"]
