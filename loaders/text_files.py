"""Plain text and Markdown articles, with optional YAML front matter for their metadata.

Front matter is a block between a first line ``---`` and a closing ``---`` (or ``...``)
line, holding ``title``, ``author``, ``published``, ``url`` and ``source``; other keys
(tags, layout, ...) are ignored, as static-site generators write many. The text after
the block is the document text, kept exactly (Markdown is not stripped), so extraction
offsets point into what the author wrote.
"""

from __future__ import annotations

from typing import Any

import yaml

from graph.errors import InvalidInput
from loaders.safe_yaml import SafeYamlLoader, describe_yaml_error
from loaders.source_document import (
    DocumentKind,
    SourceDocument,
    decode_text,
    describe_type,
    optional_text_field,
    parse_published,
    require_text,
)

FRONT_MATTER_FIELDS = ("title", "author", "url", "source")
_OPENING = "---"
_CLOSINGS = ("---", "...")
_FIRST_BLOCK_LINE = 2
"""What to add to a YAML mark's 0-based line: the block starts on the file's second line."""


def read_text_document(data: bytes, path: str, kind: DocumentKind) -> SourceDocument:
    """The document in a ``.txt`` or Markdown file's bytes."""
    content = decode_text(data, path)
    lines = content.splitlines(keepends=True)
    if not lines or lines[0].strip() != _OPENING:
        text = require_text(content, path, "write the article in the file")
        return SourceDocument(text, None, None, None, None, None, path, kind)
    closing = _find_closing_line(lines, path)
    fields, field_lines = _load_front_matter("".join(lines[1:closing]), path)
    text = "".join(lines[closing + 1 :])
    require_text(text, path, "write the article below the closing '---' of the front matter")
    return _document_from_front_matter(fields, field_lines, text, path, kind)


def _find_closing_line(lines: list[str], path: str) -> int:
    """The index of the line that closes the front matter opened on the first line."""
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSINGS:
            return index
    raise InvalidInput(
        f"{path}, line 1: the front matter opened with '---' is never closed "
        "(add a line '---' after its last field)"
    )


def _load_front_matter(block: str, path: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter's fields, and the file line each field is on, for messages."""
    loader = SafeYamlLoader(block)
    try:
        node = loader.get_single_node()
        fields = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as error:
        raise InvalidInput(_describe_yaml_error(error, path)) from error
    finally:
        loader.dispose()
    if not isinstance(fields, dict):
        raise InvalidInput(
            f"{path}, line 2: the front matter is a {describe_type(fields)}, not fields "
            "(expected lines like 'title: ...')"
        )
    lines = (
        {str(key.value): key.start_mark.line + _FIRST_BLOCK_LINE for key, _ in node.value}
        if node is not None
        else {}
    )
    return fields, lines


def _describe_yaml_error(error: yaml.YAMLError, path: str) -> str:
    """A YAML error as '<file>, line N: <problem> (fix the front matter)'."""
    line, problem = describe_yaml_error(error)
    where = f"{path}, line {line + _FIRST_BLOCK_LINE - 1}" if line is not None else path
    return f"{where}: the front matter is not valid YAML: {problem} (fix the front matter)"


def _document_from_front_matter(
    fields: dict[str, Any], field_lines: dict[str, int], text: str, path: str, kind: DocumentKind
) -> SourceDocument:
    """A document whose metadata comes from checked front matter fields."""

    def where(name: str) -> str:
        return f"{path}, line {field_lines.get(name, _FIRST_BLOCK_LINE)}: {name}"

    values = {
        name: optional_text_field(fields.get(name), where(name)) for name in FRONT_MATTER_FIELDS
    }
    return SourceDocument(
        text=text,
        title=values["title"],
        author=values["author"],
        published=parse_published(fields.get("published"), where("published")),
        url=values["url"],
        source=values["source"],
        path=path,
        kind=kind,
    )
