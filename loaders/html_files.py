"""Saved web pages: the article's main text and metadata, found by trafilatura.

trafilatura drops navigation, footers and comments and reads the title, author, date,
canonical URL and site name from the page's metadata; hand-written tag stripping would
keep the boilerplate and lose the metadata.
"""

from __future__ import annotations

import codecs
import re

from trafilatura import bare_extraction

from graph.errors import InvalidInput
from loaders.source_document import (
    SourceDocument,
    decode_text,
    optional_text_field,
    parse_published,
)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHARSET_SEARCH_BYTES = 2048
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
"""Only dates the page states as its publication date: an extensive search picks up any
date in the text, which would be wrong as the date relative dates resolve against."""


def read_html_document(data: bytes, path: str) -> SourceDocument:
    """The article in an HTML file's bytes."""
    page = decode_text(data, path, _declared_encoding(data, path))
    extracted = bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_SEARCH,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InvalidInput(
            f"{path}: no article text found in the HTML (is it an article page? "
            "save the text as .txt or .md instead)"
        )
    return SourceDocument(
        text=extracted.text,
        title=optional_text_field(extracted.title, f"{path}: title"),
        author=optional_text_field(extracted.author, f"{path}: author"),
        published=parse_published(extracted.date, f"{path}: date"),
        url=optional_text_field(extracted.url, f"{path}: url"),
        source=optional_text_field(extracted.sitename, f"{path}: site name"),
        path=path,
        kind="html",
    )


def _declared_encoding(data: bytes, path: str) -> str:
    """The charset a ``<meta>`` tag declares near the top of the page, else UTF-8.

    Pages saved from a browser keep their original encoding and say so; honouring the
    declaration reads them as the browser did.
    """
    match = _CHARSET.search(data[:_CHARSET_SEARCH_BYTES])
    if match is None:
        return "utf-8"
    declared = match.group(1).decode("ascii")
    try:
        return codecs.lookup(declared).name
    except LookupError as error:
        raise InvalidInput(
            f"{path}: the page declares charset {declared!r}, which is not a known "
            "encoding (save the file as UTF-8)"
        ) from error
