"""Articles as JSON: one object or an array of them (``.json``), or one per line (``.jsonl``).

Each article is an object ``{text, title, published, url, author, source}``; only
``text`` is required and other keys are ignored, since scraped data sets carry many.
A file loads whole or not at all: one broken record fails the file, naming the record,
so a load never reports success with articles missing. Nesting is bounded before parsing:
Python's parser recurses, and a file of ``[[[[...`` would end in a RecursionError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from graph.errors import InvalidInput
from loaders.source_document import (
    SourceDocument,
    decode_text,
    describe_type,
    optional_text_field,
    parse_published,
    require_text,
)

ARTICLE_FIELDS = ("title", "author", "url", "source")
MAX_JSON_DEPTH = 32
"""Levels of nesting a JSON file may use; an article is one object of strings."""
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def require_shallow_json(content: str, where: str) -> None:
    """Refuse JSON nested past ``MAX_JSON_DEPTH``, naming the line when there are several.

    Linear in the text: strings are skipped whole, so brackets inside them do not count.
    """
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(content):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line = content.count("\n", 0, match.start()) + 1
                at = f"{where}, line {line}" if "\n" in content else where
                raise InvalidInput(
                    f"{at}: the JSON nests deeper than {MAX_JSON_DEPTH} levels "
                    "(an article is one object of text fields)"
                )
        elif token in "]}":
            depth -= 1


def read_json_documents(data: bytes, path: str) -> list[SourceDocument]:
    """The articles in a ``.json`` file: one object, or an array of objects."""
    content = decode_text(data, path)
    require_shallow_json(content, path)
    try:
        parsed = json.loads(content)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"{path}, line {error.lineno}, column {error.colno}: broken JSON: {error.msg} "
            "(fix the JSON syntax)"
        ) from error
    if isinstance(parsed, dict):
        return [document_from_record(parsed, path, path)]
    if isinstance(parsed, list):
        return list(_documents_from_array(parsed, path))
    raise InvalidInput(
        f"{path}: the JSON is a {describe_type(parsed)} "
        "(expected an article object or an array of them)"
    )


def _documents_from_array(records: list[object], path: str) -> Iterator[SourceDocument]:
    """One document per array element, each named ``path#N``."""
    if not records:
        raise InvalidInput(f"{path}: the JSON array is empty (expected at least one article)")
    for number, record in enumerate(records, start=1):
        yield document_from_record(record, f"{path}, record {number}", f"{path}#{number}")


def read_json_lines_documents(data: bytes, path: str) -> list[SourceDocument]:
    """The articles in a ``.jsonl`` file, one object per non-blank line."""
    documents = []
    for line_number, line in enumerate(_split_lines(decode_text(data, path)), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {line_number}"
        require_shallow_json(line, where)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InvalidInput(
                f"{where}, column {error.colno}: broken JSON: {error.msg} "
                "(each line must be one complete JSON object)"
            ) from error
        documents.append(document_from_record(record, where, f"{path}#{len(documents) + 1}"))
    if not documents:
        raise InvalidInput(f"{path}: no articles (expected one JSON object per line)")
    return documents


def _split_lines(content: str) -> list[str]:
    """The file's lines, split on newlines only: JSON strings may hold a raw U+2028, which
    ``str.splitlines`` would treat as a line break."""
    return content.split("\n")


def document_from_record(record: object, where: str, document_path: str) -> SourceDocument:
    """A document from one article object; ``where`` names it in messages."""
    if not isinstance(record, dict):
        raise InvalidInput(
            f"{where}: the article is a {describe_type(record)} (expected a JSON object)"
        )
    values = {
        name: optional_text_field(record.get(name), f"{where}: {name}") for name in ARTICLE_FIELDS
    }
    return SourceDocument(
        text=_required_text(record, where),
        title=values["title"],
        author=values["author"],
        published=parse_published(record.get("published"), f"{where}: published"),
        url=values["url"],
        source=values["source"],
        path=document_path,
        kind="json",
    )


def _required_text(record: dict[str, object], where: str) -> str:
    """The record's ``text``, which must be a non-blank string."""
    if "text" not in record:
        raise InvalidInput(f"{where}: text: missing (every article needs a 'text' field)")
    text = record["text"]
    if not isinstance(text, str):
        raise InvalidInput(
            f"{where}: text: is a {describe_type(text)}, not text (write the article as a string)"
        )
    return require_text(text, f"{where}: text", "write the article")
