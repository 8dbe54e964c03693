"""Score ``loaders.dates`` on MEANTIME's gold time expressions, and time it.

A predicted date with a value matches a gold DATE/TIME timex when the spans overlap and
the values agree at the predicted precision (gold "2008-03-01" vs day 2008-03-01, gold
"2008-03" vs month, gold "2008" vs year; a prediction finer than the gold is wrong).
"strict" also requires the same precision. Only gold values that name a calendar day,
month or year are in scope; the rest (PRESENT_REF, P1Y, 2004-W47, 2006-Q4, FY2007,
decades, XXXX-XX-XX) are counted and excluded, and a prediction overlapping only them is
neither right nor wrong (``week_gold_agrees`` counts week predictions that name such a
gold week). So is a prediction over the document's creation-time dateline.
Durations and sets are not dates, so their gold rows are out of scope too. MEANTIME
annotates time expressions only in each document's first six sentences (title, dateline
and four more: no TIMEX3 lies beyond), so predictions past them are not scored.

Run: ``python -m bench.eval_dates`` (``--errors`` lists misses and false alarms).
"""

from __future__ import annotations

import csv
import re
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from bench.devdata import MEANTIME, POLNEAR
from graph.model import DateMention
from loaders.dates import find_dates

CALENDAR_VALUE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}|XX))?)?(?:T.*)?$")
ANNOTATED_SENTENCES = 6
PRECISION_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3}


def rebuild_meantime_text(
    root: ElementTree.Element, lines: bool = False
) -> tuple[str, dict[str, tuple[int, int]], int]:
    """A MEANTIME document's text (tokens joined by single spaces), each token id's character
    span, and where its annotated sentences end (gold exists only in the first few).
    ``lines`` sets the headline and the dateline apart as paragraphs of their own."""
    offsets, words, position, annotated_end = {}, [], 0, 0
    previous = "0"
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence")
        if words:
            separator = "\n\n" if lines and sentence != previous and previous in ("0", "1") else " "
            words.append(separator)
            position += len(separator)
        previous = sentence
        offsets[token.get("t_id")] = (position, position + len(word))
        words.append(word)
        position += len(word)
        if int(sentence) < ANNOTATED_SENTENCES:
            annotated_end = position
    return "".join(words), offsets, annotated_end


@dataclass
class GoldTimex:
    start: int
    end: int
    kind: str
    value: str
    text: str


@dataclass
class Document:
    doc_id: str
    text: str
    published: date
    gold: list[GoldTimex]
    creation_spans: list[tuple[int, int]]
    annotated_end: int


def read_meantime() -> list[Document]:
    """MEANTIME documents rebuilt from tokens (joined by single spaces) with their gold."""
    gold_rows: dict[str, list[dict[str, str]]] = {}
    with open(MEANTIME / "derived" / "meantime_timex_gold.tsv", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            gold_rows.setdefault(row["doc_id"], []).append(row)
    documents = []
    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        root = ElementTree.parse(path).getroot()
        text, offsets, annotated_end = rebuild_meantime_text(root)

        creation, published = [], None
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                published = date.fromisoformat(timex.get("value")[:10])
                anchors = [anchor.get("t_id") for anchor in timex.iter("token_anchor")]
                if anchors:
                    creation.append(span_of(offsets, anchors))
        doc_id = root.get("doc_id")
        if published is None and doc_id in gold_rows:
            published = date.fromisoformat(gold_rows[doc_id][0]["dct"])
        gold = [
            GoldTimex(
                *span_of(offsets, row["token_ids"].split()), row["type"], row["value"], row["text"]
            )
            for row in gold_rows.get(doc_id, [])
        ]
        documents.append(Document(doc_id, text, published, gold, creation, annotated_end))
    return documents


def span_of(offsets: dict[str, tuple[int, int]], token_ids: list[str]) -> tuple[int, int]:
    """Character offsets covering the given tokens."""
    return offsets[token_ids[0]][0], offsets[token_ids[-1]][1]


def parse_gold_value(timex: GoldTimex) -> tuple[date, str] | None:
    """A calendar value and its precision, or None when the gold is out of scope."""
    found = CALENDAR_VALUE.match(timex.value)
    if timex.kind not in ("DATE", "TIME") or not found:
        return None
    year, month, day = found.groups()
    if month is None:
        return date(int(year), 1, 1), "year"
    if day in (None, "XX"):
        return date(int(year), int(month), 1), "month"
    return date(int(year), int(month), int(day)), "day"


def agrees(predicted: DateMention, gold: tuple[date, str], strict: bool) -> bool:
    """Whether a prediction's value agrees with the gold value at its precision."""
    gold_value, gold_precision = gold
    if strict and predicted.precision != gold_precision:
        return False
    if PRECISION_ORDER[predicted.precision] > PRECISION_ORDER[gold_precision]:
        return False
    if predicted.precision == "week":
        return predicted.value <= gold_value < predicted.value + timedelta(days=7)
    width = {"year": 4, "month": 7, "day": 10}[predicted.precision]
    return predicted.value.isoformat()[:width] == gold_value.isoformat()[:width]


def agrees_with_week(predicted: DateMention, gold_value: str) -> bool:
    """Whether a week prediction names the out-of-scope gold week ("2004-W47")."""
    if predicted.precision != "week":
        return False
    year, week, _ = predicted.value.isocalendar()
    return gold_value.startswith(f"{year}-W{week:02d}")


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def score_document(document: Document, strict: bool, counts: Counter, errors: list[str]) -> None:
    """Add one document's true positives, false alarms and misses to ``counts``."""
    predictions = find_dates(document.text, document.published)
    in_scope = [(timex, parse_gold_value(timex)) for timex in document.gold]
    matched: set[int] = set()
    for predicted in predictions:
        span = (predicted.span.start, predicted.span.end)
        if predicted.span.start >= document.annotated_end:
            counts["unscored_past_annotated_sentences"] += 1
            continue
        if predicted.value is None:
            counts["predicted_without_value"] += 1
            continue
        if any(overlaps(*span, *creation) for creation in document.creation_spans):
            counts["ignored_creation_time"] += 1
            continue
        touching = [
            i for i, (timex, _) in enumerate(in_scope) if overlaps(*span, timex.start, timex.end)
        ]
        scored = [i for i in touching if in_scope[i][1] is not None]
        right = [i for i in scored if agrees(predicted, in_scope[i][1], strict)]
        if right:
            counts["true_positive"] += 1
            matched.update(right)
        elif touching and not scored:
            counts["ignored_out_of_scope_gold"] += 1
            counts["week_gold_agrees"] += any(
                agrees_with_week(predicted, in_scope[i][0].value) for i in touching
            )
        else:
            counts["false_positive"] += 1
            gold_text = "; ".join(f"{in_scope[i][0].text}={in_scope[i][0].value}" for i in touching)
            errors.append(
                f"FP {document.doc_id} {predicted.span.text!r} -> {predicted.value} "
                f"{predicted.precision} ({predicted.rule}) gold: {gold_text or '-'}"
            )
    for index, (timex, value) in enumerate(in_scope):
        if value is None:
            counts[f"excluded_gold_{timex.kind}"] += 1
        elif index not in matched:
            counts["false_negative"] += 1
            errors.append(f"FN {document.doc_id} {timex.text!r} = {timex.value} ({timex.kind})")
        counts["gold_in_scope"] += value is not None


def summarise(counts: Counter) -> dict[str, float]:
    true_positive = counts["true_positive"]
    precision = true_positive / max(1, true_positive + counts["false_positive"])
    recall = true_positive / max(1, counts["gold_in_scope"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def measure_speed(texts: list[str], repeats: int = 5) -> float:
    """Words per second of ``find_dates`` on one core over the given texts."""
    words = sum(len(text.split()) for text in texts) * repeats
    began = time.perf_counter()
    for _ in range(repeats):
        for text in texts:
            find_dates(text, date(2016, 10, 1))
    return words / (time.perf_counter() - began)


def read_polnear() -> list[tuple[str, date]]:
    """PolNeAR dev texts with their publication dates."""
    published: dict[str, date] = {}
    with open(POLNEAR / "attributions.tsv", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            published[row["doc"]] = date.fromisoformat(row["publication_date"])
    return [((POLNEAR / "text" / f"{doc}.txt").read_text(), day) for doc, day in published.items()]


def score_dates(errors: list[str] | None = None) -> dict:
    """Value precision/recall/F1 on MEANTIME (lenient and strict), counts, speed, PolNeAR."""
    documents = read_meantime()
    lenient, strict = Counter(), Counter()
    errors = [] if errors is None else errors
    for document in documents:
        score_document(document, False, lenient, errors)
        score_document(document, True, strict, [])
    polnear = read_polnear()
    polnear_mentions = [find_dates(text, day) for text, day in polnear]
    rules = Counter(m.rule for mentions in polnear_mentions for m in mentions)
    texts = [document.text for document in documents] + [text for text, _ in polnear]
    return {
        "meantime_documents": len(documents),
        "value": summarise(lenient),
        "strict_value": summarise(strict),
        "counts": dict(sorted(lenient.items())),
        "words_per_second": round(measure_speed(texts)),
        "polnear_documents": len(polnear),
        "polnear_documents_with_a_date": sum(
            any(m.value for m in mentions) for mentions in polnear_mentions
        ),
        "polnear_mentions": sum(len(mentions) for mentions in polnear_mentions),
        "polnear_rules": dict(rules.most_common()),
    }


if __name__ == "__main__":
    found_errors: list[str] = []
    for key, result in score_dates(found_errors).items():
        print(f"{key}: {result}")
    if "--errors" in sys.argv:
        print("\n".join(found_errors))
