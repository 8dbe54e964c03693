"""The words of a search in a result's text, for ``<mark>``: pieces of text, each flagged.

Matches whole words and words that start with a searched word ("fare" marks "fares"),
case-insensitively, as a reader scanning the results expects. The template escapes
each piece; nothing here builds markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Piece:
    text: str
    matched: bool


def highlight(text: str, q: str) -> list[Piece]:
    words = sorted({word.lower() for word in WORD.findall(q)}, key=len, reverse=True)
    if not words:
        return [Piece(text, matched=False)]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\w*", re.IGNORECASE)
    pieces: list[Piece] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            pieces.append(Piece(text[position : match.start()], matched=False))
        pieces.append(Piece(match.group(), matched=True))
        position = match.end()
    if position < len(text):
        pieces.append(Piece(text[position:], matched=False))
    return pieces
