"""CSV exports never hand a spreadsheet a formula: OWASP's rule for CSV injection."""

from __future__ import annotations

import csv
import io
from datetime import date

from graph.model import Actor, Claim, Extraction, Span
from graph.store import Store
from graph.writer import DocumentMeta, write_document
from tests.api.clients import client_for


def formula_extraction() -> Extraction:
    """Claims whose text and quote open as spreadsheet formulas would."""
    text = 'Mara Quill said =HYPERLINK("http://example.org/x","open"). Ada Brook said +1 more.'
    first = text.index("=HYPERLINK")
    first_end = text.index(". Ada")
    second = text.index("+1 more")
    return Extraction(
        text=text,
        published=date(2022, 5, 4),
        actors=[
            Actor("mara-quill", "Mara Quill", "person", mentions=[Span(0, 10, "Mara Quill")]),
            Actor("ada-brook", "Ada Brook", "person"),
        ],
        claims=[
            Claim(
                speaker="mara-quill",
                speaker_mention=None,
                verb="say",
                content=Span(first, first_end, text[first:first_end]),
                passage=Span(0, first_end + 1, text[: first_end + 1]),
                quote="@SUM(A1:A9)",
            ),
            Claim(
                speaker="ada-brook",
                speaker_mention=None,
                verb="say",
                content=Span(second, second + 7, "+1 more"),
                passage=Span(first_end + 2, len(text), text[first_end + 2 :]),
                quote="-2+3",
            ),
        ],
    )


def test_exported_csv_cells_never_start_a_formula(store: Store) -> None:
    meta = DocumentMeta(title="=cmd|' /C calc'!A0", url="https://example.org/formulas")
    write_document(store, meta, formula_extraction())
    with client_for(store) as client:
        response = client.get("/v1/export", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    cells = [value for row in rows for value in row.values() if value]
    assert {row["text"] for row in rows} == {
        "'+1 more",
        '\'=HYPERLINK("http://example.org/x","open")',
    }
    assert {row["quote"] for row in rows} == {"'@SUM(A1:A9)", "'-2+3"}
    assert {row["document_title"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert not [cell for cell in cells if cell[0] in "=+-@\t\r"]
