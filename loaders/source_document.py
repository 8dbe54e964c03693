"""The ``SourceDocument`` every reader produces, and the checks all readers share.

Kept apart from ``loaders.documents`` (which picks a reader per file) so the readers for
each kind of file can use these without importing the module that imports them.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from graph.errors import InvalidInput, PayloadTooLarge

DocumentKind = Literal["text", "markdown", "html", "json"]


@dataclass
class SourceDocument:
    """One article as read from a file, before extraction.

    ``text`` is the exact text extraction runs on: every offset in an ``Extraction``
    points into it. ``path`` is the file path, plus ``#N`` for the Nth record (from 1)
    of a JSON array or JSON Lines file.
    """

    text: str
    title: str | None
    author: str | None
    published: date | None
    url: str | None
    source: str | None
    path: str | None
    kind: DocumentKind


def parse_published(value: object, where: str) -> date | None:
    """The publication date in ``value``; ``where`` names its file, line and field.

    Accepts a ``date``, a ``datetime`` or an ISO string (``YYYY-MM-DD`` or a full
    date-time). A date-time keeps the calendar date it was written with, not its UTC
    date: the publisher's day is what relative dates ("yesterday") resolve against.
    None and blank strings mean "not given", as scraped data writes it both ways.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        parsed = _parse_iso_date(value.strip())
        if parsed is not None:
            return parsed
    raise InvalidInput(f"{where}: {quote_value(value)} is not a date (expected YYYY-MM-DD)")


def _parse_iso_date(text: str) -> date | None:
    """``YYYY-MM-DD`` or an ISO date-time; None when it is neither."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        # Python 3.10 does not read a trailing "Z" as UTC.
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def optional_text_field(value: object, where: str) -> str | None:
    """A metadata string (title, author, url, source): None, or a string stripped."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(
            f"{where}: {quote_value(value)} is a {describe_type(value)}, not text "
            "(write it as a string)"
        )
    return value.strip() or None


def quote_value(value: object, limit: int = 60) -> str:
    """A value as Python writes it, cut short: a message must stay one readable line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_type(value: object) -> str:
    """The JSON/YAML name of a value's type, for messages read by people who wrote the file."""
    names = {bool: "boolean", int: "number", float: "number", str: "string", list: "list"}
    names.update({dict: "mapping", type(None): "null"})
    return names.get(type(value), type(value).__name__)


def decode_text(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """The text of a file's bytes, refusing binary files and other encodings.

    A UTF-8 byte order mark is dropped. Offsets in messages count bytes from the start
    of the file, BOM included, so a hex editor finds them.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InvalidInput(
            f"{path}: looks like a binary file (NUL byte at byte offset {nul}); "
            "expected a text, Markdown, HTML or JSON article"
        )
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skipped:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = error.start + skipped
        line = data[:offset].count(b"\n") + 1
        raise InvalidInput(
            f"{path}, line {line}: byte 0x{data[offset]:02x} at byte offset {offset} is "
            f"not valid {encoding.upper()} (save the file as UTF-8)"
        ) from error


def require_bounded_text(text: str, where: str, max_chars: int) -> None:
    """Refuse a text longer than ``max_chars`` (``SAIDWHEN_MAX_TEXT_CHARS``): extraction and
    the write of one document must stay within what one request and one transaction bear."""
    if len(text) > max_chars:
        raise PayloadTooLarge(
            f"{where}: the text is {len(text):,} characters, more than the limit of "
            f"{max_chars:,} (split the document, or raise SAIDWHEN_MAX_TEXT_CHARS)"
        )


def require_text(text: str, where: str, hint: str) -> str:
    """``text`` unchanged if it has any non-blank character; extraction needs something."""
    if not text.strip():
        raise InvalidInput(f"{where}: the article text is empty ({hint})")
    return text
