"""Reading article files into ``SourceDocument`` values: pure, no extraction, no database.

The kind of a file comes from its extension (``.txt``; ``.md``, ``.markdown``; ``.html``,
``.htm``; ``.json``, ``.jsonl``). ``read_documents`` walks folders and keeps going past a
bad file, reporting each as a ``ReadFailure``, so one load shows every fault at once;
``read_document`` reads one file and raises ``InvalidInput``.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph.errors import InvalidInput
from loaders.html_files import read_html_document
from loaders.json_files import read_json_documents, read_json_lines_documents
from loaders.source_document import SourceDocument, parse_published
from loaders.text_files import read_text_document

__all__ = [
    "Metadata",
    "ReadFailure",
    "SourceDocument",
    "parse_published",
    "read_document",
    "read_documents",
]

FileReader = Callable[[bytes, str], list[SourceDocument]]

READERS: dict[str, FileReader] = {
    ".txt": lambda data, path: [read_text_document(data, path, "text")],
    ".md": lambda data, path: [read_text_document(data, path, "markdown")],
    ".markdown": lambda data, path: [read_text_document(data, path, "markdown")],
    ".html": lambda data, path: [read_html_document(data, path)],
    ".htm": lambda data, path: [read_html_document(data, path)],
    ".json": read_json_documents,
    ".jsonl": read_json_lines_documents,
}


@dataclass(frozen=True)
class Metadata:
    """Metadata given on the command line; a value that is not None beats the file's."""

    title: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class ReadFailure:
    """A file (or folder) that could not be read, and why; the load carries on past it."""

    path: Path
    error: InvalidInput


def read_document(path: Path, overrides: Metadata | None = None) -> list[SourceDocument]:
    """The documents in one file: one for text, Markdown and HTML, one per JSON record.

    Raises ``InvalidInput`` naming the file, the line or field, and the fault.
    """
    if not path.exists():
        raise InvalidInput(f"{path}: no such file or folder (check the path)")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InvalidInput(
            f"{path}: unknown file type {path.suffix or '(no extension)'!r} "
            f"(expected one of {', '.join(READERS)})"
        )
    documents = reader(_read_bytes(path), str(path))
    return [_apply_overrides(document, overrides) for document in documents]


def read_documents(
    paths: Iterable[Path], overrides: Metadata | None = None
) -> Iterator[SourceDocument | ReadFailure]:
    """Every document in the given files and folders, in order, with a failure per bad file.

    Folders are walked recursively in name order, skipping hidden entries and files of
    unknown type; a file named explicitly must be of a known type. A file's documents
    are yielded only once the whole file has been read, so a failure never follows a
    partial file.
    """
    for path in paths:
        for file_path in _article_files(path):
            if isinstance(file_path, ReadFailure):
                yield file_path
                continue
            try:
                yield from read_document(file_path, overrides)
            except InvalidInput as error:
                yield ReadFailure(file_path, error)


def _article_files(path: Path) -> Iterator[Path | ReadFailure]:
    """The path itself if it is not a folder, else the article files under it."""
    if path.is_dir():
        yield from _walk_folder(path)
    else:
        yield path


def _walk_folder(folder: Path) -> Iterator[Path | ReadFailure]:
    """Files of known type under ``folder``, sorted by name, folders after their files.

    Symbolic links to folders are not followed, so a link loop cannot walk forever.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield ReadFailure(folder, InvalidInput(_describe_os_error(folder, error, "folder")))
        return
    visible = [entry for entry in entries if not entry.name.startswith(".")]
    for entry in visible:
        if not entry.is_dir() and Path(entry.name).suffix.lower() in READERS:
            yield Path(entry.path)
    for entry in visible:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_folder(Path(entry.path))


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or ``InvalidInput`` saying why the system would not give them."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(_describe_os_error(path, error, "file")) from error


def _describe_os_error(path: Path, error: OSError, noun: str) -> str:
    """'<path>: cannot read the file: <reason> (check ...)' for a failed read."""
    reason = error.strerror or str(error)
    return f"{path}: cannot read the {noun}: {reason} (check that it exists and is readable)"


def _apply_overrides(document: SourceDocument, overrides: Metadata | None) -> SourceDocument:
    """The document with each metadata value given on the command line put in."""
    if overrides is None:
        return document
    given = {
        name: value for name, value in dataclasses.asdict(overrides).items() if value is not None
    }
    return dataclasses.replace(document, **given)
