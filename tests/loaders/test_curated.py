"""Curated facts files: YAML and CSV into an extraction whose passages are the entries' lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from loaders.curated import read_curated
from loaders.gazetteer import Gazetteer

FACTS = """\
actors:
  - name: Ada Brook
    kind: person
    aliases: [Brook]
    roles:
      - {title: chair, of: Orbit Bank}
  - name: Orbit Bank
    kind: organization
topics:
  - name: Ledger bill
events:
  - title: Ledger bill vote
    date: 2021-03
    participants: [Ada Brook]
    topics: [ledger bill]
claims:
  - speaker: brook
    text: The ledger bill will pass this spring
    said_on: 2021-03-02
    quote: It will pass
    topics: [Ledger bill]
    source: https://example.org/brook
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_yaml_claim_is_evidenced_by_the_lines_of_its_entry(tmp_path: Path) -> None:
    curated = read_curated(write(tmp_path, "facts.yaml", FACTS), Gazetteer())
    claim = curated.extraction.claims[0]
    assert claim.speaker == "ada-brook"  # named by alias
    assert claim.said_on == date(2021, 3, 2) and claim.said_on_precision == "day"
    assert claim.content.text == "The ledger bill will pass this spring"
    passage = claim.passage
    assert curated.extraction.text[passage.start : passage.end] == passage.text
    assert passage.text.startswith("speaker: brook") and "https://example.org/brook" in passage.text


def test_a_month_date_keeps_month_precision_and_roles_link_declared_actors(tmp_path: Path) -> None:
    curated = read_curated(write(tmp_path, "facts.yaml", FACTS), Gazetteer())
    event = curated.extraction.events[0]
    assert (event.date, event.precision) == (date(2021, 3, 1), "month")
    role = curated.extraction.roles[0]
    assert (role.subject, role.object, role.title) == ("ada-brook", "orbit-bank", "chair")
    assert all(actor.curated for actor in curated.extraction.actors)
    assert {actor.key for actor in curated.gazetteer.actors} == {"ada-brook", "orbit-bank"}


def test_a_csv_of_claims_resolves_speakers_through_the_gazetteer(tmp_path: Path) -> None:
    known = Gazetteer.default()
    path = write(
        tmp_path,
        "claims.csv",
        "speaker,text,said_on,topics\n"
        "Mark Zuckerberg,Libra waits for regulators,2019-10-23,\n"
        '"Xi Jinping","Blockchain is a priority",2019,\n',
    )
    claims = read_curated(path, known).extraction.claims
    assert [c.speaker for c in claims] == ["mark-zuckerberg", "xi-jinping"]
    assert claims[1].said_on_precision == "year"
    assert claims[1].passage.text == '"Xi Jinping","Blockchain is a priority",2019,'


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "bad.yaml",
            "claims:\n  - speaker: Nobody Known\n    text: hi\n",
            r"bad.yaml, line 2: speaker: no actor 'Nobody Known'",
        ),
        (
            "bad.yaml",
            "claims:\n  - speaker: Ada\n    text: hi\n    said_on: 2021-13-01\n"
            "actors:\n  - {name: Ada, kind: person}\n",
            r"line 2: said_on: '2021-13-01' is not a date",
        ),
        ("bad.yaml", "actors:\n  - name: Ada\n    kind: persn\n", r"kind 'persn'"),
        ("bad.yaml", "actors: [\n", r"bad.yaml, line 2: not valid YAML"),
        ("bad.yaml", "people: []\n", r"line 1: unknown section 'people'"),
        ("bad.csv", "who,what\nA,B\n", r"bad.csv, line 1: the header"),
        ("bad.csv", "name,kind\nAda,person\nBo,robot\n", r"bad.csv, line 3: actor 'Bo' has kind"),
    ],
)
def test_bad_curated_files_name_the_file_line_and_field(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_curated(write(tmp_path, name, text), Gazetteer())
