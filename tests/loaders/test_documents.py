"""Reading article files: each kind, each fault's message, overrides and folder walks."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from loaders.documents import (
    Metadata,
    ReadFailure,
    SourceDocument,
    parse_published,
    read_document,
    read_documents,
)

ARTICLE = "The harbour master said on Monday that the ferry would resume in June.\n"

HTML_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Ferry to resume | Coastal Gazette</title>
<meta name="author" content="Ines Marlow">
<meta property="og:site_name" content="Coastal Gazette">
<meta property="article:published_time" content="2022-05-09T08:30:00+02:00">
<link rel="canonical" href="https://gazette.example/ferry-resumes">
</head><body>
<nav><a href="/">Home</a> | <a href="/harbour">Harbour</a></nav>
<article>
<h1>Ferry to resume</h1>
<p>The harbour master said on Monday that the ferry would resume in June, after the
pier repairs that began last winter are finished and inspected.</p>
<p>Local traders said the spring without a ferry had cost them most of their visitors.</p>
</article>
<footer>All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    """Write a fixture file, creating its folder; bytes are written as they are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read_one(path: Path, overrides: Metadata | None = None) -> SourceDocument:
    documents = read_document(path, overrides)
    assert len(documents) == 1
    return documents[0]


def error_for(path: Path) -> str:
    with pytest.raises(InvalidInput) as raised:
        read_document(path)
    message = str(raised.value)
    assert str(path) in message
    return message


# Plain text and Markdown


def test_plain_text_file_is_the_document_text_unchanged(tmp_path: Path) -> None:
    document = read_one(write(tmp_path / "ferry.txt", ARTICLE))
    assert document.text == ARTICLE
    assert document.kind == "text"
    assert document.path == str(tmp_path / "ferry.txt")
    assert (document.title, document.author, document.published) == (None, None, None)


def test_markdown_front_matter_gives_metadata_and_the_rest_is_the_text(tmp_path: Path) -> None:
    content = (
        "---\n"
        "title: Ferry to resume\n"
        "author: Ines Marlow\n"
        "published: 2022-05-09\n"
        "url: https://gazette.example/ferry\n"
        "source: Coastal Gazette\n"
        "tags: [harbour, transport]\n"
        "---\n"
        "# Ferry to resume\n\n*The harbour master* said so.\n"
    )
    document = read_one(write(tmp_path / "ferry.md", content))
    assert document.text == "# Ferry to resume\n\n*The harbour master* said so.\n"
    assert document.title == "Ferry to resume"
    assert document.author == "Ines Marlow"
    assert document.published == date(2022, 5, 9)
    assert document.url == "https://gazette.example/ferry"
    assert document.source == "Coastal Gazette"
    assert document.kind == "markdown"


def test_front_matter_accepts_a_quoted_date_time_and_uses_its_calendar_date(
    tmp_path: Path,
) -> None:
    content = "---\npublished: '2022-05-09T23:30:00-05:00'\n---\n" + ARTICLE
    assert read_one(write(tmp_path / "a.markdown", content)).published == date(2022, 5, 9)


def test_text_file_with_front_matter_and_a_utf8_bom_is_read(tmp_path: Path) -> None:
    content = "\ufeff---\ntitle: Quay\n---\n" + ARTICLE
    document = read_one(write(tmp_path / "quay.txt", content.encode("utf-8")))
    assert document.title == "Quay"
    assert document.text == ARTICLE


def test_markdown_without_front_matter_keeps_the_whole_file(tmp_path: Path) -> None:
    content = "# Heading\n\n---\n\nA rule above, not front matter.\n"
    assert read_one(write(tmp_path / "rule.md", content)).text == content


def test_bad_published_in_front_matter_names_the_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.md", "---\ntitle: T\npublished: 2019-13-01\n---\n" + ARTICLE)
    message = error_for(path)
    assert "line 3: published: '2019-13-01' is not a date (expected YYYY-MM-DD)" in message


def test_front_matter_that_is_not_yaml_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.md", "---\ntitle: T\nauthor: [Ines\n---\n" + ARTICLE)
    message = error_for(path)
    assert "line 4" in message
    assert "not valid YAML" in message


def test_unclosed_front_matter_says_to_close_it(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "open.md", "---\ntitle: T\n" + ARTICLE))
    assert "never closed" in message
    assert "add a line '---'" in message


def test_front_matter_that_is_a_list_is_refused(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "list.md", "---\n- title\n---\n" + ARTICLE))
    assert "front matter is a list" in message


def test_a_number_as_title_asks_for_a_string(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "n.md", "---\ntitle: 1984\n---\n" + ARTICLE))
    assert "line 2: title: 1984 is a number, not text" in message


def test_empty_text_after_front_matter_is_refused(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "empty.md", "---\ntitle: T\n---\n\n  \n"))
    assert "article text is empty" in message
    assert "below the closing '---'" in message


def test_empty_text_file_is_refused(tmp_path: Path) -> None:
    assert "article text is empty" in error_for(write(tmp_path / "empty.txt", ""))


def test_binary_file_is_refused_with_the_offset_of_the_nul_byte(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "image.txt", b"GIF89a\x00\x01"))
    assert "binary file (NUL byte at byte offset 6)" in message


def test_latin1_file_names_the_line_and_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", "First line.\nCaf\u00e9 talk.\n".encode("latin-1"))
    message = error_for(path)
    assert "line 2: byte 0xe9 at byte offset 15 is not valid UTF-8" in message
    assert "save the file as UTF-8" in message


def test_unreadable_file_says_why(tmp_path: Path) -> None:
    folder = write(tmp_path / "looks-like-a-file.txt" / "inner.txt", ARTICLE).parent
    assert "cannot read the file" in error_for(folder)


def test_missing_file_says_to_check_the_path(tmp_path: Path) -> None:
    assert "no such file" in error_for(tmp_path / "absent.txt")


def test_unknown_extension_given_explicitly_is_an_error(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "table.csv", "a,b\n"))
    assert "unknown file type '.csv'" in message


# HTML


def test_html_page_gives_main_text_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    document = read_one(write(tmp_path / "ferry.html", HTML_PAGE))
    assert "would resume in June" in document.text
    assert "cost them most of their visitors" in document.text
    assert "Subscribe" not in document.text
    assert "Home" not in document.text
    assert document.title == "Ferry to resume"
    assert document.author == "Ines Marlow"
    assert document.published == date(2022, 5, 9)
    assert document.url == "https://gazette.example/ferry-resumes"
    assert document.source == "Coastal Gazette"
    assert document.kind == "html"


def test_html_in_a_declared_legacy_charset_is_decoded_as_declared(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Local traders", "Caf\u00e9 owners"
    )
    document = read_one(write(tmp_path / "legacy.htm", page.encode("cp1252")))
    assert "Caf\u00e9 owners" in document.text


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "blank.html", "<html><body></body></html>"))
    assert "no article text found in the HTML" in message


# JSON and JSON Lines


def test_json_object_is_one_document(tmp_path: Path) -> None:
    record = {
        "text": ARTICLE,
        "title": "Ferry",
        "published": "2022-05-09",
        "url": "https://gazette.example/f",
        "author": "Ines Marlow",
        "source": "Coastal Gazette",
        "language": "en",
    }
    path = write(tmp_path / "ferry.json", json.dumps(record))
    document = read_one(path)
    assert document == SourceDocument(
        text=ARTICLE,
        title="Ferry",
        author="Ines Marlow",
        published=date(2022, 5, 9),
        url="https://gazette.example/f",
        source="Coastal Gazette",
        path=str(path),
        kind="json",
    )


def test_json_array_gives_one_document_per_record_numbered_from_one(tmp_path: Path) -> None:
    records = [{"text": "First article."}, {"text": "Second article.", "published": None}]
    path = write(tmp_path / "many.json", json.dumps(records))
    documents = read_document(path)
    assert [d.text for d in documents] == ["First article.", "Second article."]
    assert [d.path for d in documents] == [f"{path}#1", f"{path}#2"]


def test_json_lines_skips_blank_lines_and_numbers_records(tmp_path: Path) -> None:
    content = '{"text": "One."}\n\n{"text": "Two.", "published": "2022-05-09T10:00:00Z"}\n'
    path = write(tmp_path / "feed.jsonl", content)
    documents = read_document(path)
    assert [d.path for d in documents] == [f"{path}#1", f"{path}#2"]
    assert documents[1].published == date(2022, 5, 9)


def test_json_lines_keeps_a_raw_line_separator_inside_a_string(tmp_path: Path) -> None:
    path = write(tmp_path / "sep.jsonl", '{"text": "One\u2028two."}\n')
    assert read_one(path).text == "One\u2028two."


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", '{\n  "text": "One."\n  "title": "T"\n}\n')
    message = error_for(path)
    assert "line 3, column 3: broken JSON" in message


def test_broken_json_lines_line_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "One."}\n{"text": "Two.",\n')
    assert "line 2, column" in error_for(path)


def test_missing_text_field_names_the_record(tmp_path: Path) -> None:
    path = write(tmp_path / "many.json", json.dumps([{"text": "Fine."}, {"title": "No text"}]))
    message = error_for(path)
    assert "record 2: text: missing" in message


def test_wrong_type_for_a_field_names_the_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "One."}\n{"text": "Two.", "author": ["A"]}\n')
    message = error_for(path)
    assert "line 2: author: ['A'] is a list, not text" in message


def test_text_that_is_not_a_string_is_refused(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "t.json", '{"text": ["para one", "para two"]}'))
    assert "text: is a list, not text" in message


def test_bad_published_in_json_names_the_field(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "d.json", '{"text": "T", "published": "09/05/2022"}'))
    assert "published: '09/05/2022' is not a date (expected YYYY-MM-DD)" in message


def test_json_that_is_not_an_article_is_refused(tmp_path: Path) -> None:
    message = error_for(write(tmp_path / "n.json", "42"))
    assert "the JSON is a number" in message


def test_empty_json_lines_file_is_refused(tmp_path: Path) -> None:
    assert "no articles" in error_for(write(tmp_path / "empty.jsonl", "\n\n"))


# Overrides


def test_overrides_replace_file_metadata_and_leave_the_rest(tmp_path: Path) -> None:
    content = "---\ntitle: From file\nauthor: File Author\nsource: Gazette\n---\n" + ARTICLE
    path = write(tmp_path / "o.md", content)
    overrides = Metadata(title="From flag", published=date(2020, 1, 2))
    document = read_one(path, overrides)
    assert document.title == "From flag"
    assert document.published == date(2020, 1, 2)
    assert document.author == "File Author"
    assert document.source == "Gazette"


# Folders


def test_folder_load_reports_the_bad_file_and_keeps_reading_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second by name.")
    write(tmp_path / "a.md", "First by name.")
    write(tmp_path / "c.json", '{"text": "Bad date.", "published": "soon"}')
    write(tmp_path / "nested" / "deeper" / "d.jsonl", '{"text": "Deep."}\n')
    write(tmp_path / "nested" / "e.htm", HTML_PAGE)
    write(tmp_path / "notes.csv", "ignored,because,unknown\n")
    write(tmp_path / ".draft.txt", "Hidden file.")
    write(tmp_path / ".git" / "x.txt", "Hidden folder.")

    results = list(read_documents([tmp_path]))

    failures = [result for result in results if isinstance(result, ReadFailure)]
    assert [failure.path for failure in failures] == [tmp_path / "c.json"]
    assert "published: 'soon' is not a date" in str(failures[0].error)
    paths = [result.path for result in results if isinstance(result, SourceDocument)]
    assert paths == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "nested" / "e.htm"),
        f"{tmp_path / 'nested' / 'deeper' / 'd.jsonl'}#1",
    ]


def test_several_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    first = write(tmp_path / "z.txt", "Zed.")
    second = write(tmp_path / "a.txt", "Ay.")
    missing = tmp_path / "missing.md"
    results = list(read_documents([first, missing, second], Metadata(author="Flag")))
    assert isinstance(results[1], ReadFailure)
    assert results[1].path == missing
    texts = [(r.text, r.author) for r in results if isinstance(r, SourceDocument)]
    assert texts == [("Zed.", "Flag"), ("Ay.", "Flag")]


# parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-31", date(2019, 1, 31)),
        ("2019-01-31T22:15:00Z", date(2019, 1, 31)),
        ("2019-01-31 22:15:00+09:00", date(2019, 1, 31)),
        (date(2019, 1, 31), date(2019, 1, 31)),
        (datetime(2019, 1, 31, 22, 15), date(2019, 1, 31)),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_published_accepts_dates_and_iso_text(value: object, expected: date | None) -> None:
    assert parse_published(value, "x.json: published") == expected


@pytest.mark.parametrize("value", ["2019-13-01", "31/01/2019", 20190131, ["2019-01-31"]])
def test_parse_published_refuses_other_values_naming_where(value: object) -> None:
    with pytest.raises(InvalidInput, match=r"^x\.json, line 4: published: .* is not a date"):
        parse_published(value, "x.json, line 4: published")
