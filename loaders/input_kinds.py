"""Which kind of input a file is, by its suffix: the one table every load routes by.

Each reader declares its own suffixes (articles: ``READERS`` in loaders/documents.py; curated
facts: loaders/curated.py; RDF: loaders/rdf_files.py); this module joins them, so
``saidwhen load``, the folder walk and the file count agree on what a file is, and a suffix
cannot belong to two kinds unnoticed.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Literal

from loaders.curated import CURATED_SUFFIXES
from loaders.documents import READERS
from loaders.rdf_files import FORMATS_BY_SUFFIX

InputKind = Literal["article", "curated", "rdf"]


def _join(*kinds: tuple[InputKind, tuple[str, ...]]) -> dict[str, InputKind]:
    table: dict[str, InputKind] = {}
    for kind, suffixes in kinds:
        for suffix in suffixes:
            if suffix in table:
                raise ValueError(f"{suffix} is both {table[suffix]} and {kind}")
            table[suffix] = kind
    return table


SUFFIX_KINDS = _join(
    ("curated", CURATED_SUFFIXES),
    ("rdf", tuple(FORMATS_BY_SUFFIX)),
    ("article", tuple(READERS)),
)


def kind_of(path: PurePath) -> InputKind | None:
    """The kind of input ``path`` holds, or None for a file saidwhen does not read."""
    return SUFFIX_KINDS.get(path.suffix.lower())
