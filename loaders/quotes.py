"""Quoted passages: where they are and which words they hold.

A straight-quoted passage may run over a wrapped line (a line break before a lower-case
word), a curly-quoted one over any single line break; neither runs over a paragraph (a
quote of several paragraphs leaves each one but the last unclosed). A curly opening mark
may be closed by a straight one ('“no evidence" yet') and a straight one by a curly one
('"no evidence” yet'), as hurried copy often has it.

A quote's span includes its marks so that attribution can tell what is inside one; a
claim's content and ``quote`` are the words inside, without the marks and without the
comma or full stop that English punctuation puts inside the closing mark ('"We will
win," she said.'), since those belong to the reporting sentence, not to what was said.
"""

from __future__ import annotations

import re

WRAPPED = r"\n(?=[ \t]*[a-z0-9])"
LINE_BREAK = r"\n(?![ \t]*\n)"
QUOTE_PATTERN = re.compile(
    rf"“(?:[^”\"\n]|{LINE_BREAK}){{1,3000}}[”\"]|\"(?:[^\"”\n]|{WRAPPED}){{1,3000}}[\"”]"
    rf"|``(?:(?!''|\n)[^\n]|{WRAPPED}){{1,3000}}''|''(?:(?!'')[^\n]){{1,3000}}''"
)
QUOTE_MARKS = "“”\"`'"
INNER_TRAILING = ",.;: \t\n\xa0"
SIGNED_QUOTE = re.compile(
    r"^(?P<quote>[“\"”][^\n]+[”\"])[ \t]*[―—–][ \t]*(?P<name>[A-Z][^\n]{1,60}?)[ \t.]*$",
    re.MULTILINE,
)


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages, quote marks included."""
    return [match.span() for match in QUOTE_PATTERN.finditer(text)]


def quote_inside(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of the quote at ``text[start:end]``: marks, edge spaces and the closing
    comma or full stop dropped ("?" and "!" are part of what was said)."""
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and text[end - 1] in QUOTE_MARKS:
        end -= 1
    while end > start and text[end - 1] in INNER_TRAILING:
        end -= 1
    return start, end
