"""The statement rule on its own (no database): when two documents' claims are one statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from graph.statements import ClaimFacts, lookup_keys, relation, statement_key

PLAN = ClaimFacts(
    id="claim:a",
    document_id="doc:one",
    speaker_id="actor:ilse-varga",
    text="the old tram depot will become a public library",
    mode="said",
    said_on=date(2022, 5, 4),
    said_on_precision="day",
    reported_on=date(2022, 5, 6),
)
RETOLD = replace(
    PLAN, id="claim:b", document_id="doc:two", text="the tram depot would become a library"
)


def test_close_words_by_one_speaker_on_one_day_are_one_statement() -> None:
    assert relation(PLAN, RETOLD) == "corroborates"


def test_a_denial_of_the_same_words_contests_and_a_question_does_neither() -> None:
    assert relation(PLAN, replace(RETOLD, mode="denied")) == "contests"
    assert relation(PLAN, replace(RETOLD, mode="asked")) is None


def test_another_speaker_the_same_document_or_other_words_are_not_linked() -> None:
    assert relation(PLAN, replace(RETOLD, speaker_id="actor:bram-holt")) is None
    assert relation(PLAN, replace(RETOLD, document_id="doc:one")) is None
    assert relation(PLAN, replace(RETOLD, text="the harbour ferries will run every hour")) is None


def test_two_dated_reports_must_agree_on_the_day_unless_one_gives_only_the_month() -> None:
    assert relation(PLAN, replace(RETOLD, said_on=date(2022, 5, 5))) is None
    in_may = replace(RETOLD, said_on=date(2022, 5, 1), said_on_precision="month")
    assert relation(PLAN, in_may) == "corroborates"


def test_an_undated_report_counts_from_its_publication_within_a_week() -> None:
    undated = replace(RETOLD, said_on=None, said_on_precision=None)
    assert relation(PLAN, replace(undated, reported_on=date(2022, 5, 10))) == "corroborates"
    assert relation(PLAN, replace(undated, reported_on=date(2022, 5, 12))) is None


def test_a_claim_near_a_month_end_is_looked_up_in_both_months() -> None:
    late = replace(PLAN, said_on=date(2022, 5, 29))
    assert lookup_keys(late) == {"actor:ilse-varga|2022-05", "actor:ilse-varga|2022-06"}
    assert statement_key("actor:ilse-varga", None) == "actor:ilse-varga|undated"
    assert statement_key(None, date(2022, 5, 29)) is None
