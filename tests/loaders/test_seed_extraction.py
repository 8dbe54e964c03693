"""The reference story: the checks the product promises on it (the text stays in ../shared)."""

from datetime import date
from pathlib import Path

import pytest

from graph.model import Extraction
from loaders.pipeline import extract

SEED = (
    Path(__file__).resolve().parents[3] / "shared" / "seed" / "politburo-blockchain-commentary.txt"
)
PUBLISHED = date(2019, 10, 26)


@pytest.fixture(scope="module")
def seed() -> Extraction:
    if not SEED.exists():
        pytest.skip(f"the reference story is not at {SEED}")
    return extract(SEED.read_text(encoding="utf-8"), PUBLISHED, author="Xiao Lei")


def test_politburo_study_session_on_october_24(seed: Extraction) -> None:
    sessions = [
        e for e in seed.events if e.date == date(2019, 10, 24) and "politburo" in e.participants
    ]
    assert sessions, seed.events
    assert "learning" in sessions[0].title


def test_six_earlier_study_sessions_each_on_its_date(seed: Extraction) -> None:
    dates = {event.date for event in seed.events}
    for day in ("2019-01-25", "2019-02-23", "2019-04-20", "2019-07-07", "2019-07-31", "2019-09-24"):
        assert date.fromisoformat(day) in dates


def test_broadcast_on_friday_october_25(seed: Extraction) -> None:
    assert any(e.date == date(2019, 10, 25) and "broadcast" in e.title for e in seed.events)


def test_at_least_two_claims_by_zuckerberg(seed: Extraction) -> None:
    claims = [claim for claim in seed.claims if claim.speaker == "mark-zuckerberg"]
    assert len(claims) >= 2
    assert {"suggest", "say"} <= {claim.verb for claim in claims}


def test_mchenry_asks_zuckerberg_a_question(seed: Extraction) -> None:
    [question] = [claim for claim in seed.claims if claim.speaker == "patrick-mchenry"]
    assert question.verb == "ask"
    assert "Payment tools" in question.content.text


def test_libra_ceo_marcus_speaks_to_bloomberg(seed: Extraction) -> None:
    [claim] = [claim for claim in seed.claims if claim.speaker == "marcus"]
    assert claim.verb == "say"
    assert claim.content.text.startswith("if we can't find a good answer")
    assert "bloomberg" not in claim.content.text.lower()
    roles = {(role.subject, role.object, role.title) for role in seed.roles}
    assert ("marcus", "libra", "CEO") in roles


def test_the_authors_own_claims(seed: Extraction) -> None:
    claims = [claim for claim in seed.claims if claim.speaker == "xiao-lei"]
    contents = " ".join(claim.content.text for claim in claims)
    assert "the 3.0 of the blockchain is not a breakthrough" in contents
    assert "this frequency is very interesting" in contents
    assert all(claim.said_on is None for claim in claims)


def test_mchenry_is_a_member_of_the_committee(seed: Extraction) -> None:
    roles = {(role.subject, role.object, role.title) for role in seed.roles}
    assert ("patrick-mchenry", "house-financial-services-committee", "member") in roles


def test_the_authors_name_before_the_headline_is_not_a_claim(seed: Extraction) -> None:
    assert all(claim.content.start > 200 for claim in seed.claims)
