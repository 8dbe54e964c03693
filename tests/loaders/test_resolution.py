"""Resolution across documents, one rule per test, each a short story told over several
documents loaded one after another (as separate loads would be), on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from graph.actors import get_actor, list_actors
from graph.claims import ClaimFilters, list_claims
from graph.events import EventFilters, EventItem, get_event, list_events
from graph.store import Store
from loaders.documents import Metadata
from loaders.ingest import load_document, load_paths
from loaders.source_document import SourceDocument
from tests.api.corpus import load_example_corpus


def load(store: Store, text: str, published: date, url: str) -> str:
    document = SourceDocument(
        text=text,
        title=None,
        author=None,
        published=published,
        url=url,
        source=None,
        path=None,
        kind="text",
    )
    return load_document(store, document).document_id


PAGE = {"limit": 100, "after_dated": None, "after_date": None, "after_id": None}


def speakers(store: Store) -> list[str]:
    return sorted({claim.speaker.id for claim in list_claims(store, ClaimFilters(), PAGE)})


def actor_ids(store: Store) -> list[str]:
    return [actor.id for actor in list_actors(store, limit=100).actors]


def list_events_of(store: Store) -> list[EventItem]:
    return list_events(store, EventFilters(), PAGE)


ROSA = "Rosa Quint said on Monday that the harbour fees would fall."
ROSA_OF_TALLOW_BANK = "Rosa Quint, the chair of Tallow Bank, said on Monday that fees would fall."
TOMAS = "Tomas Quint said on Tuesday that the bridge tolls would rise."
QUINT_ALONE = "Quint said on Friday that the new ferry timetable was a mistake."


def load_in_turn(store: Store, *texts: str) -> None:
    """One document per text, a day apart, each loaded after the one before."""
    for number, text in enumerate(texts):
        load(store, text, date(2022, 5, 4 + number), f"https://example.org/story/{number}")


def test_a_surname_alone_in_a_later_document_is_the_person_named_in_full_before(
    store: Store,
) -> None:
    load_in_turn(store, ROSA, QUINT_ALONE)
    assert "actor:quint" not in actor_ids(store)
    profile = get_actor(store, "actor:rosa-quint")
    assert profile.claims_said == 2
    assert [(link.alias, link.rule) for link in profile.resolved] == [("Quint", "surname")]


def test_a_surname_two_people_share_stays_its_own_actor_listing_both(store: Store) -> None:
    load_in_turn(store, ROSA, TOMAS, QUINT_ALONE)
    profile = get_actor(store, "actor:quint")
    assert profile.candidates == ["actor:rosa-quint", "actor:tomas-quint"]
    assert get_actor(store, "actor:rosa-quint").claims_said == 1


def test_the_document_context_picks_the_one_candidate_with_a_role_there(store: Store) -> None:
    load_in_turn(
        store,
        ROSA_OF_TALLOW_BANK,
        TOMAS,
        "Tallow Bank cut its fees again. Quint said on Friday that more cuts would follow.",
    )
    assert "actor:quint" not in actor_ids(store)
    rules = [(link.alias, link.rule) for link in get_actor(store, "actor:rosa-quint").resolved]
    assert rules == [("Quint", "surname+context")]


def test_a_curated_alias_names_the_curated_actor_in_a_document_loaded_later(
    store: Store, tmp_path: Path
) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "actors:\n  - name: Northfield Ledger Company\n    kind: organization\n"
        "    aliases: [Ledgerco]\n",
        encoding="utf-8",
    )
    assert not load_paths(store, [facts]).failed
    load(
        store,
        "Ledgerco said on Monday that paper prices would climb.",
        date(2022, 3, 9),
        "https://example.org/ledgerco",
    )
    assert speakers(store) == ["actor:northfield-ledger-company"]
    assert "actor:ledgerco" not in actor_ids(store)


def test_one_happening_reported_by_two_documents_is_one_event_with_two_passages(
    store: Store,
) -> None:
    first = load(
        store,
        "The Harbour Authority opened the northern lock on 3 May 2021.",
        date(2021, 5, 4),
        "https://example.org/lock-one",
    )
    load(
        store,
        "Boats queued for hours. The Harbour Authority reopened the lock on 3 May 2021.",
        date(2021, 5, 6),
        "https://example.org/lock-two",
    )
    [event] = list_events_of(store)
    detail = get_event(store, event.id)
    assert detail.evidence_count == 2
    assert [evidence.document_id for evidence in detail.evidences][0] == first
    assert len({evidence.document_id for evidence in detail.evidences}) == 2


def test_events_on_the_same_day_with_nothing_in_common_stay_apart(store: Store) -> None:
    load(
        store,
        "The Harbour Authority opened the northern lock on 3 May 2021.",
        date(2021, 5, 4),
        "https://example.org/lock",
    )
    load(
        store,
        "The Corvel Mining Company signed a new lease on 3 May 2021.",
        date(2021, 5, 6),
        "https://example.org/guild",
    )
    assert len(list_events_of(store)) == 2


def test_a_list_item_takes_the_actor_its_heading_is_about(store: Store) -> None:
    load(
        store,
        "The Tallow Bank board has held two special meetings this year.\n\n"
        'The first, on 12 February, the subject was "savings accounts".\n\n'
        'The second, on 9 April, the subject was "branch closures".',
        date(2022, 5, 1),
        "https://example.org/board",
    )
    events = list_events_of(store)
    assert [event.date for event in events] == [date(2022, 2, 12), date(2022, 4, 9)]
    assert all([p.id for p in event.participants] == ["actor:tallow-bank"] for event in events)


def test_the_seed_joins_the_example_corpus_story(store: Store, seed_path: Path) -> None:
    """The seed loaded after the example corpus: its "Marcus" is the curated David Marcus,
    its 24 October study session is the corpus's, and its list of the year's earlier sessions
    reaches the Politburo's timeline."""
    load_example_corpus(store)
    assert not load_paths(store, [seed_path], Metadata(published=date(2019, 10, 26))).failed
    assert "actor:marcus" not in actor_ids(store)
    assert get_actor(store, "Marcus").id == "actor:david-marcus"
    politburo = EventFilters(actor="actor:politburo", since=date(2019, 1, 1))
    sessions = list_events(store, politburo, PAGE)
    [session] = [event for event in sessions if event.date == date(2019, 10, 24)]
    assert session.evidence_count == 2
    earlier = sorted({event.date for event in sessions if event.date < date(2019, 10, 1)})
    assert earlier == [
        date(2019, 1, 25),
        date(2019, 2, 23),
        date(2019, 4, 20),
        date(2019, 7, 7),
        date(2019, 7, 31),
        date(2019, 9, 24),
    ]
