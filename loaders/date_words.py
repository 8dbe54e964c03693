"""The words time expressions are made of, and the calendar arithmetic behind them.

Regex fragments (month and weekday names, day numbers, years, counts) are shared by the
rules in ``loaders.date_rules``; the functions turn matched words into numbers and dates.
``clause_tense`` reads the verbs around an expression, because "in August" is last August
in "sales fell in August" and next August in "the plant will reopen in August".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen".split(),
        start=1,
    )
} | {"a": 1, "an": 1}
TENS_WORDS = {
    word: number
    for number, word in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2
    )
}

FULL_MONTH_WORD = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
MONTH_WORD = (
    rf"(?:{FULL_MONTH_WORD}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9:])"
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])"
BARE_YEAR = r"(?<![0-9$£€.,:/#])(?<![0-9]-)(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9%]|s\b|[.,][0-9])"
COUNT = (
    r"(?:[0-9]{1,3}|[Aa]n?|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty"
    r"|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
    r"|[Tt]welve|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen)"
)
RANGE_DASH = r"\s*(?:–|—|-|to|through|until)\s*"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
OPTIONAL_WEEKDAY = rf"(?:{WEEKDAY_WORD},?\s+)?"
FILLER_WORDS = frozenset(WEEKDAYS) | {"the", "of"}

Tense = Literal["past", "future"]
FUTURE_CUE = (
    r"will|shall|would|set to|scheduled|due to|expected|plans? to|planning to|going to"
    r"|to be held|is to|are to|was to|were to|'ll"
)
PAST_CUE = (
    r"was|were|had|did|said|told|came|went|fell|rose|grew|began|took|gave|made|met|won|lost"
    r"|sold|bought|paid|left|saw|got|held|kept|spent|sent|wrote|spoke|broke|led|ran|hit|cut"
    r"|[a-z]{2,}ed"
)
TENSE_CUE = re.compile(rf"\b(?:(?P<future>{FUTURE_CUE})|(?P<past>{PAST_CUE}))\b", re.IGNORECASE)
NOT_PAST = frozenset({"need", "needed", "united", "based", "red", "bed", "speed", "seed", "feed"})
PARTICIPLE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|am|not|a|an|the|get|gets|got|become|becomes|became|remain"
    r"|remains|remained|originally|previously)\s+$",
    re.IGNORECASE,
)
"""Words before a past form that make it a participle or adjective, not a past tense."""
SUBORDINATOR = re.compile(
    r"\b(?:if|when|whether|once|unless|until|because|while|that|which|who|where|than|as)\b",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")
CLOSING_QUOTE = re.compile(r"[”\"]")
CLAUSE_REACH = 100


def parse_day(token: str) -> int:
    return int(token.rstrip("stndrh"))


def parse_month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def parse_count(word: str) -> int:
    """A number in digits or words: "3", "three", "seventy-four"."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("-")
    if tens in TENS_WORDS:
        return TENS_WORDS[tens] * 10 + NUMBER_WORDS.get(units, 0)
    return NUMBER_WORDS[word]


def words_of(text: str) -> list[str]:
    """The words and numbers of an expression, lower case, without weekdays and fillers."""
    words = re.findall(r"[a-z]+|[0-9]+(?:st|nd|rd|th)?", text.lower())
    return [word for word in words if word not in FILLER_WORDS]


def month_and_day(words: list[str]) -> tuple[int, int]:
    """Month and day from "october 23" or "23 october" (words as ``words_of`` gives)."""
    if words[0][0].isdigit():
        return parse_month(words[1]), parse_day(words[0])
    return parse_month(words[0]), parse_day(words[1])


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the text names an impossible one ("February 30")."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def shift_month(anchor: date, months: int) -> date:
    """The first day of the month ``months`` away from ``anchor``'s month."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_start(day: date, weeks: int = 0) -> date:
    """The Monday of the ISO week ``weeks`` away from the one holding ``day``."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)


def year_for(month: int, day: int | None, published: date, tense: Tense | None) -> int:
    """The year of a month (and day) the text gives without one.

    Past tense: the last such day or month up to publication; future: the next from it on.
    Without a tense cue, the publication year unless that lands over ~6 months ahead.
    """
    probe = date(published.year, month, min(day or 1, 28))
    reference = published if day else published.replace(day=1)
    if tense == "past":
        return published.year - 1 if probe > reference else published.year
    if tense == "future":
        return published.year + 1 if probe < reference else published.year
    return published.year - 1 if (probe - published).days > 183 else published.year


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the verb nearest an expression at ``[start, end)`` in its clause.

    The clause runs from the sentence start (or the last closing quote: a quote's tense is
    the speaker's; or the last "that", "if", "when"...: a subordinate clause has its own)
    to the sentence end or a closing quote. The nearest cue before the expression wins
    ("sales fell in August, the retailer said"); without one, the first auxiliary or
    irregular verb after it ("In August, the plant will reopen"), since a form in -ed after
    it is mostly a participle.
    """
    before = text[max(0, start - CLAUSE_REACH) : start]
    for boundary in (SENTENCE_BREAK, CLOSING_QUOTE, SUBORDINATOR):
        found = list(boundary.finditer(before))
        if found:
            before = before[found[-1].end() :]
    after = text[end : end + CLAUSE_REACH]
    for boundary in (SENTENCE_BREAK, CLOSING_QUOTE):
        stop = boundary.search(after)
        if stop:
            after = after[: stop.start()]
    cues = [cue for cue in TENSE_CUE.finditer(before) if is_tense_cue(cue)]
    if cues:
        return cues[-1].lastgroup
    return next(
        (
            cue.lastgroup
            for cue in TENSE_CUE.finditer(after)
            if is_tense_cue(cue)
            and (cue.lastgroup == "future" or not cue.group().lower().endswith("ed"))
        ),
        None,
    )


def is_tense_cue(cue: re.Match[str]) -> bool:
    """A future cue, or a past form used as a past tense."""
    if cue.lastgroup == "future":
        return True
    if cue.group().lower() in NOT_PAST:
        return False
    return not PARTICIPLE_BEFORE.search(cue.string, max(0, cue.start() - 20), cue.start())
