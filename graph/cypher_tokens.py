"""Cypher text split into tokens as the database's lexer reads it, comments and spaces dropped.

The query guard decides on these tokens, so they must be what the server sees: a ``//``
comment ends at any line terminator (LF, CR, CRLF, U+0085, U+2028, U+2029), not only at LF;
``/* */`` comments do not nest; strings take backslash escapes; a backquoted name is a
name even when it spells a keyword (``` `` ``` inside it is one backquote). Text the lexer
would reject (a string, comment or name that never ends) is refused here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from graph.errors import QueryRefused

LINE_TERMINATORS = "\n\r\u0085\u2028\u2029"


class Kind(enum.Enum):
    WORD = "word"  # a keyword or an unquoted name
    NAME = "name"  # a `backquoted` name: never a keyword
    STRING = "string"
    PARAMETER = "parameter"
    NUMBER = "number"
    SYMBOL = "symbol"  # one character of punctuation or an operator


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    offset: int

    def is_symbol(self, text: str) -> bool:
        return self.kind is Kind.SYMBOL and self.text == text


def tokenize(cypher: str) -> list[Token]:
    """The tokens of ``cypher``; QueryRefused when a string, comment or name never ends."""
    tokens: list[Token] = []
    index = 0
    length = len(cypher)
    while index < length:
        char = cypher[index]
        pair = cypher[index : index + 2]
        if char.isspace():
            index += 1
        elif pair == "//":
            index = _line_end(cypher, index)
        elif pair == "/*":
            end = cypher.find("*/", index + 2)
            if end == -1:
                raise QueryRefused("the query has a /* comment that never ends (close it with */)")
            index = end + 2
        elif char in "'\"":
            end = _string_end(cypher, index)
            tokens.append(Token(Kind.STRING, cypher[index:end], index))
            index = end
        elif char == "`":
            end, name = _quoted_name(cypher, index)
            tokens.append(Token(Kind.NAME, name, index))
            index = end
        elif char == "$":
            end, name = _parameter(cypher, index)
            tokens.append(Token(Kind.PARAMETER, name, index))
            index = end
        elif char.isdigit():
            end = _number_end(cypher, index)
            tokens.append(Token(Kind.NUMBER, cypher[index:end], index))
            index = end
        elif char.isalpha() or char == "_":
            end = _word_end(cypher, index)
            tokens.append(Token(Kind.WORD, cypher[index:end], index))
            index = end
        else:
            tokens.append(Token(Kind.SYMBOL, char, index))
            index += 1
    return tokens


def _line_end(cypher: str, start: int) -> int:
    ends = [found for found in (cypher.find(t, start) for t in LINE_TERMINATORS) if found != -1]
    return min(ends, default=len(cypher))


def _string_end(cypher: str, start: int) -> int:
    quote = cypher[start]
    index = start + 1
    while index < len(cypher):
        if cypher[index] == "\\":
            index += 2
        elif cypher[index] == quote:
            return index + 1
        else:
            index += 1
    raise QueryRefused(f"the query has a string opened with {quote} that never ends")


def _quoted_name(cypher: str, start: int) -> tuple[int, str]:
    index = start + 1
    while True:
        end = cypher.find("`", index)
        if end == -1:
            raise QueryRefused("the query has a `name that never ends (close it with `)")
        if cypher[end : end + 2] != "``":
            return end + 1, cypher[start + 1 : end].replace("``", "`")
        index = end + 2


def _parameter(cypher: str, start: int) -> tuple[int, str]:
    if cypher[start + 1 : start + 2] == "`":
        return _quoted_name(cypher, start + 1)
    end = _word_end(cypher, start + 1)
    return end, cypher[start + 1 : end]


def _word_end(cypher: str, start: int) -> int:
    index = start
    while index < len(cypher) and (cypher[index].isalnum() or cypher[index] == "_"):
        index += 1
    return index


def _number_end(cypher: str, start: int) -> int:
    """Digits, letters and underscores (hex, octal, exponents), and a fraction's one dot."""
    index = _word_end(cypher, start)
    if cypher[index : index + 1] == "." and cypher[index + 1 : index + 2].isdigit():
        index = _word_end(cypher, index + 1)
    if cypher[index - 1 : index] in ("e", "E") and cypher[index : index + 1] in ("+", "-"):
        index = _word_end(cypher, index + 1)
    return index
