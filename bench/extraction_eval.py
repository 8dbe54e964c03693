"""Score ``loaders.pipeline.extract`` on the dev data, and time it.

(a) People and organisations on MEANTIME: gold mentions with syntactic_type NAM (proper
    names; PRE.NAM premodifiers and nominal or pronoun mentions are not names) of type
    PER or ORG. A predicted actor mention (person -> PER; organization, government_body,
    media -> ORG; countries are locations, not scored) is right when it overlaps an
    unmatched gold mention of its type. A prediction that overlaps only a gold PER/ORG
    mention that is not a NAM ("the US Air Force" as a premodifier, "the company") is
    neither right nor wrong; anything else is wrong. Texts are rebuilt by joining tokens
    with single spaces, the headline and the dateline each a paragraph of its own, as a
    Wikinews article shows them (run together, the headline joined the first sentence).
    MEANTIME annotates names and speech events only in each document's first six
    sentences (title, dateline and four more), so predictions past them are not scored.
(b) (speaker, speech event) pairs on MEANTIME, Arg0 rows: a claim matches when its verb
    token (the form of its verb nearest its speaker mention) is the gold speech event
    token and its speaker mention overlaps the gold participant.
(c) PolNeAR attributions, the devdata README's fair score: content covers at least half
    the gold content and is at most four times longer; the speaker mention overlaps the
    gold source, or the speaker's name shares a word with it (gold without a source
    needs a claim without a speaker).
    Every fifth PolNeAR document (in name order) is held out: rules are developed on the
    rest, the held-out figures say whether they generalise, and ``--misses`` never prints
    held-out misses. The confidence table gives pair precision and recall on all of PolNeAR
    dev for claims at or above each threshold; the lines after it, the lowest threshold
    that reaches precision 0.90 on the whole of it and on the held-out documents.
(d) Words per second of ``extract`` on one core over all dev texts.
(e) Dates: ``bench.eval_dates.score_dates``.

Run: ``python -m bench.extraction_eval`` (``--misses`` prints speech misses and errors).
"""

from __future__ import annotations

import csv
import re
import sys
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.devdata import MEANTIME, POLNEAR
from bench.eval_dates import rebuild_meantime_text, score_dates
from graph.model import Claim, Extraction, Span
from loaders.nlp import load_lexicon
from loaders.pipeline import extract

QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|``.*?''")
HOLD_OUT_EVERY = 5
TRUSTED_PRECISION = 0.9
CONFIDENCE_THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
SCORED_TYPES = {"person": "PER", "organization": "ORG", "government_body": "ORG", "media": "ORG"}


@dataclass
class MeantimeDocument:
    doc_id: str
    text: str
    published: date | None
    offsets: dict[str, tuple[int, int]]
    anchors: dict[str, list[str]]
    annotated_end: int
    extraction: Extraction | None = None


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        precision = self.true_positives / self.predicted if self.predicted else 0.0
        recall = self.true_positives / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (
            f"{name}: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
            f"(tp {self.true_positives}, predicted {self.predicted}, gold {self.gold})"
        )


def read_meantime() -> dict[str, MeantimeDocument]:
    documents = {}
    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        root = ElementTree.parse(path).getroot()
        text, offsets, annotated_end = rebuild_meantime_text(root, lines=True)
        anchors = {
            markable.get("m_id"): [anchor.get("t_id") for anchor in markable.iter("token_anchor")]
            for markable in root.find("Markables")
        }
        published = next(
            (
                date.fromisoformat(timex.get("value")[:10])
                for timex in root.iter("TIMEX3")
                if timex.get("functionInDocument") == "CREATION_TIME"
            ),
            None,
        )
        doc_id = root.get("doc_id")
        documents[doc_id] = MeantimeDocument(
            doc_id, text, published, offsets, anchors, annotated_end
        )
    return documents


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def char_span(document: MeantimeDocument, token_ids: list[str]) -> tuple[int, int]:
    return document.offsets[token_ids[0]][0], document.offsets[token_ids[-1]][1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_entities(documents: dict[str, MeantimeDocument]) -> Score:
    gold: dict[str, list[tuple[tuple[int, int], str]]] = {}
    neutral: dict[str, list[tuple[int, int]]] = {}
    for row in read_tsv(MEANTIME / "derived" / "meantime_entity_mentions_gold.tsv"):
        document = documents[row["doc_id"]]
        span = char_span(document, row["token_ids"].split())
        if row["syntactic_type"] == "NAM" and row["ent_type"] in ("PER", "ORG"):
            gold.setdefault(row["doc_id"], []).append((span, row["ent_type"]))
        elif row["ent_type"] in ("PER", "ORG"):
            neutral.setdefault(row["doc_id"], []).append(span)
    score = Score(gold=sum(len(spans) for spans in gold.values()))
    for doc_id, document in documents.items():
        unmatched = list(gold.get(doc_id, []))
        for actor in document.extraction.actors:
            kind = SCORED_TYPES.get(actor.kind)
            if kind is None:
                continue
            for mention in actor.mentions:
                if mention.start >= document.annotated_end:
                    continue
                span = (mention.start, mention.end)
                hit = next((g for g in unmatched if g[1] == kind and overlaps(g[0], span)), None)
                if hit is not None:
                    unmatched.remove(hit)
                    score.true_positives += 1
                    score.predicted += 1
                elif not any(overlaps(span, other) for other in neutral.get(doc_id, [])) or any(
                    overlaps(span, g[0]) for g in gold.get(doc_id, [])
                ):
                    score.predicted += 1
                    score.notes.append(f"entity FP {doc_id} {kind} {mention.text!r}")
        for (start, end), kind in unmatched:
            score.notes.append(f"entity FN {doc_id} {kind} {document.text[start:end]!r}")
    return score


def verb_position(text: str, claim: Claim, forms: dict[str, list[str]]) -> tuple[int, int] | None:
    """Where the claim's verb is: the form of its lemma outside the content, between the
    speaker mention and the content if one is there, else nearest the speaker mention
    (the audit JSON has no verb offsets, so a scorer must guess). A quote split by its
    reporting clause ('"...," she said. "..."') is one content that holds the clause, so
    a form there counts when it stands outside the quote marks."""
    if claim.speaker_mention is None:
        return None
    passage, mention = claim.passage, claim.speaker_mention
    lowered = passage.text.lower()
    quoted = [
        match.span()
        for match in QUOTED.finditer(text, 0, passage.end + 400)
        if match.start() < passage.end and passage.start < match.end()
    ]
    best, best_distance = None, None
    for form in forms.get(claim.verb, []):
        start = lowered.find(form)
        while start >= 0:
            end = start + len(form)
            bounded = (start == 0 or not lowered[start - 1].isalpha()) and (
                end == len(lowered) or not lowered[end].isalpha()
            )
            position = (passage.start + start, passage.start + end)
            inside = claim.content.start <= position[0] < claim.content.end and (
                claim.quote is None or any(a <= position[0] < b for a, b in quoted)
            )
            distance = (
                not between(position, mention, claim.content),
                min(abs(position[0] - mention.end), abs(position[1] - mention.start)),
            )
            if bounded and not inside and (best_distance is None or distance < best_distance):
                best, best_distance = position, distance
            start = lowered.find(form, start + 1)
    return best


def between(position: tuple[int, int], mention: Span, content: Span) -> bool:
    """Whether ``position`` lies between the speaker mention and the content, where a
    reporting clause puts its verb ("X, the chief, said that ...", '"...," said X')."""
    if mention.end <= position[0] and position[1] <= content.start:
        return True
    return content.end <= position[0] and position[1] <= mention.start


def score_speech(documents: dict[str, MeantimeDocument]) -> Score:
    forms: dict[str, list[str]] = {}
    for form, lemma in load_lexicon().verb_lemmas.items():
        forms.setdefault(lemma, []).append(form)
    rows = [
        row
        for row in read_tsv(MEANTIME / "derived" / "meantime_speech_event_participants.tsv")
        if row["role"] == "Arg0"
    ]
    score = Score(gold=len(rows))
    predicted = {
        doc_id: [
            (verb_position(document.text, claim, forms), claim)
            for claim in document.extraction.claims
            if claim.passage.start < document.annotated_end
        ]
        for doc_id, document in documents.items()
    }
    score.predicted = sum(len(claims) for claims in predicted.values())
    for row in rows:
        document = documents[row["doc_id"]]
        event = char_span(document, document.anchors[row["speech_event_m_id"]])
        speaker = char_span(document, document.anchors[row["participant_m_id"]])
        match = next(
            (
                (verb, claim)
                for verb, claim in predicted[row["doc_id"]]
                if verb is not None
                and overlaps(verb, event)
                and overlaps((claim.speaker_mention.start, claim.speaker_mention.end), speaker)
            ),
            None,
        )
        if match is not None:
            predicted[row["doc_id"]].remove(match)
            score.true_positives += 1
        else:
            score.notes.append(
                f"speech FN {row['doc_id']} {row['speech_event_text']!r} by "
                f"{row['participant_text']!r}: {sentence_around(document.text, event)}"
            )
    for doc_id, claims in predicted.items():
        for _, claim in claims:
            who = claim.speaker_mention.text if claim.speaker_mention else None
            score.notes.append(f"speech FP {doc_id} {claim.verb} by {who!r}: {claim.passage.text}")
    return score


def sentence_around(text: str, span: tuple[int, int]) -> str:
    start = text.rfind(" . ", 0, span[0]) + 3 if text.rfind(" . ", 0, span[0]) >= 0 else 0
    end = text.find(" . ", span[1])
    return text[start : end if end >= 0 else len(text)]


def parse_spans(value: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in piece.split("-")) for piece in value.split(";") if piece]


def same_person(claim: Claim, extraction: Extraction, source_text: str) -> bool:
    """Whether the claim's speaker is named by the gold source text (a shared name word)."""
    actor = next((a for a in extraction.actors if a.key == claim.speaker), None)
    if actor is None:
        return False
    source_words = {word.strip(".,’'s").lower() for word in source_text.split()}
    return any(word.lower() in source_words for word in actor.name.split() if word[0].isupper())


def held_out(doc: str, documents: list[str]) -> bool:
    return sorted(documents).index(doc) % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1


def score_polnear(
    extractions: dict[str, Extraction],
    right_claims: list[tuple[float, bool]] | None = None,
    gold: list[dict[str, str]] | None = None,
) -> tuple[Score, Score]:
    """(attribution pairs, content only) over the documents of ``extractions``, against
    ``gold`` rows (PolNeAR dev's by default); ``right_claims`` receives (confidence,
    whether the pair is right) per claim."""
    gold = read_tsv(POLNEAR / "attributions.tsv") if gold is None else gold
    rows = [row for row in gold if row["doc"] in extractions]
    pairs, contents = Score(gold=len(rows)), Score(gold=len(rows))
    by_doc: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    for doc, extraction in extractions.items():
        open_pairs, open_contents = list(by_doc.get(doc, [])), list(by_doc.get(doc, []))
        for claim in extraction.claims:
            pairs.predicted += 1
            contents.predicted += 1
            covering = [row for row in open_contents if content_matches(claim, row)]
            if covering:
                open_contents.remove(covering[0])
                contents.true_positives += 1
            right = [
                row
                for row in open_pairs
                if content_matches(claim, row) and speaker_matches(claim, row, extraction)
            ]
            if right_claims is not None:
                right_claims.append((claim.confidence, bool(right)))
            if right:
                open_pairs.remove(right[0])
                pairs.true_positives += 1
            else:
                who = claim.speaker_mention.text if claim.speaker_mention else None
                pairs.notes.append(
                    f"polnear FP {doc} {claim.verb} by {who!r}: {claim.content.text[:90]!r}"
                )
        for row in open_pairs:
            pairs.notes.append(
                f"polnear FN {doc} {row['cue_text']!r} by {row['source_text']!r}: "
                f"{row['content_text'][:90]!r}"
            )
    return pairs, contents


def confidence_table(right_claims: list[tuple[float, bool]], gold: int) -> str:
    """Pair precision and recall of the claims at or above each confidence threshold."""
    lines = ["    PolNeAR pairs by confidence threshold:"]
    for threshold in CONFIDENCE_THRESHOLDS:
        kept = [right for confidence, right in right_claims if confidence >= threshold]
        right = sum(kept)
        precision = right / len(kept) if kept else 0.0
        recall = right / gold
        figures = f"P {precision:.3f}  R {recall:.3f}  ({len(kept)} claims)"
        lines.append(f"      >= {threshold:.2f}: {figures}")
    return "\n".join(lines)


def lowest_threshold(right_claims: list[tuple[float, bool]], gold: int, name: str) -> str:
    """The lowest threshold of the table whose claims reach pair precision 0.90."""
    for threshold in CONFIDENCE_THRESHOLDS:
        kept = [right for confidence, right in right_claims if confidence >= threshold]
        if kept and sum(kept) / len(kept) >= TRUSTED_PRECISION:
            return (
                f"    lowest threshold with P >= {TRUSTED_PRECISION:.2f} on the {name}: "
                f">= {threshold:.2f} (P {sum(kept) / len(kept):.3f}, R {sum(kept) / gold:.3f})"
            )
    return f"    no threshold gives P >= {TRUSTED_PRECISION:.2f} on the {name}"


def content_matches(claim: Claim, row: dict[str, str]) -> bool:
    gold = parse_spans(row["content_spans"])
    gold_length = sum(end - start for start, end in gold)
    if not gold_length:
        return False
    covered = sum(
        max(0, min(end, claim.content.end) - max(start, claim.content.start)) for start, end in gold
    )
    length = claim.content.end - claim.content.start
    return covered * 2 >= gold_length and length <= 4 * gold_length


def speaker_matches(claim: Claim, row: dict[str, str], extraction: Extraction) -> bool:
    sources = parse_spans(row["source_spans"])
    if not sources:
        return claim.speaker_mention is None and claim.speaker is None
    mention = claim.speaker_mention
    if mention is not None and any(overlaps((mention.start, mention.end), s) for s in sources):
        return True
    return same_person(claim, extraction, row["source_text"])


def read_polnear() -> dict[str, tuple[str, date]]:
    published = {
        row["doc"]: date.fromisoformat(row["publication_date"])
        for row in read_tsv(POLNEAR / "attributions.tsv")
    }
    return {
        doc: ((POLNEAR / "text" / f"{doc}.txt").read_text(), day) for doc, day in published.items()
    }


def main() -> None:
    documents = read_meantime()
    polnear = read_polnear()
    extract("Warm-up: the pipeline is built once.", None)
    words, started = 0, time.process_time()
    for document in documents.values():
        document.extraction = extract(document.text, document.published)
        words += len(document.text.split())
    extractions = {doc: extract(text, day) for doc, (text, day) in polnear.items()}
    elapsed = time.process_time() - started
    words += sum(len(text.split()) for text, _ in polnear.values())
    entities, speech = score_entities(documents), score_speech(documents)
    right_claims: list[tuple[float, bool]] = []
    pairs, contents = score_polnear(extractions, right_claims)
    fit_pairs, _ = score_polnear(
        {doc: e for doc, e in extractions.items() if not held_out(doc, list(extractions))}
    )
    held_claims: list[tuple[float, bool]] = []
    held_pairs, _ = score_polnear(
        {doc: e for doc, e in extractions.items() if held_out(doc, list(extractions))},
        held_claims,
    )
    print(entities.line("(a) MEANTIME person/organisation names (NAM)"))
    print(speech.line("(b) MEANTIME speaker + speech event"))
    print(pairs.line("(c) PolNeAR attribution (content + speaker)"))
    print(contents.line("    PolNeAR content only"))
    print(fit_pairs.line("    PolNeAR pairs, development documents"))
    print(held_pairs.line("    PolNeAR pairs, held-out documents (every 5th)"))
    print(confidence_table(right_claims, pairs.gold))
    print(lowest_threshold(right_claims, pairs.gold, "whole of PolNeAR dev"))
    print(lowest_threshold(held_claims, held_pairs.gold, "held-out documents"))
    print(f"(d) speed: {words / elapsed:,.0f} words/s ({words:,} words, {elapsed:.2f} s, one core)")
    print("(e) dates:", score_dates())
    if "--misses" in sys.argv:
        for score in (entities, speech, fit_pairs):
            print("\n".join(score.notes))


if __name__ == "__main__":
    main()
