"""Every time expression saidwhen knows, one ``DateRule`` each: pattern, prefilter, resolver.

``RULES`` goes from the most specific expression to the least, because at a given position
the first rule that matches wins. A rule's ``triggers`` are words one of which every match
of it holds, at most ``reach`` characters after the match starts: ``loaders.dates`` scans
the text for triggers only and tries the rules just before each (see ``find_candidates``).

How expressions resolve, as a reader of news resolves them:

- deictic ones count from the publication date: a bare weekday is the most recent such day
  on or before it ("Monday" in a Monday paper is that day), or the next on or after it in a
  future-tense clause; "last Tuesday" is strictly before, "next Monday" strictly after;
  "last week" is the ISO week before publication's (precision ``week``);
- a month (and day) without a year takes its year from the clause's tense: past, the last
  such month up to publication; future, the next from it on; no cue, the publication year
  unless that lands over ~6 months ahead;
- anaphoric ones count from the last date the text gave, at the precision they need
  ("three days later", "later that day", "the following week", "that year");
- a range's second half resolves too ("2009–2010", "March 3–5, 2019").

Every mention records its ``anchor``: ``"published"`` or the span of the date it counted
from. Durations ("for three years") and sets ("every year") are not dates and not
reported; decades and vague offsets ("a few days ago") are reported without a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from graph.model import Anchor, DateMention, Precision, Span
from loaders.date_words import (
    BARE_YEAR,
    COUNT,
    DAY,
    FULL_MONTH_WORD,
    MONTH_WORD,
    OPTIONAL_WEEKDAY,
    PART_OF_DAY,
    RANGE_DASH,
    WEEKDAY_WORD,
    WEEKDAYS,
    YEAR,
    clause_tense,
    make_date,
    month_and_day,
    parse_count,
    parse_day,
    parse_month,
    shift_month,
    week_start,
    words_of,
    year_for,
)

FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}
NAMED_DAY_WORDS = frozenset(
    {"super", "black", "cyber", "good", "ash", "palm", "holy", "easter", "bloody", "giving", "news"}
)
MONTH_CONTEXT = re.compile(
    r"\b(?:in|of|by|since|until|till|after|before|during|from|through|to|between)\s+$",
    re.IGNORECASE,
)
MONTH_AS_MODIFIER = re.compile(r"\b(?:an?|the|his|her|its|their|our|this|that)\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+([a-z]+)")
NOT_MONTH_NOUNS = frozenset({"government", "administration", "cabinet", "premiership", "and"})
NO_PUBLICATION = "relative_without_publication_date"


@dataclass
class DateContext:
    """What a resolver may count from: the publication date and the dates found so far."""

    published: date | None
    found: list[DateMention] = field(default_factory=list)

    def last_date(self, finest: Precision) -> DateMention | None:
        """The last date the text gave at ``finest`` precision or finer."""
        for mention in reversed(self.found):
            if mention.value and FINENESS[mention.precision] <= FINENESS[finest]:
                return mention
        return None


Resolver = Callable[[re.Match[str], DateContext], list[DateMention]]


@dataclass(frozen=True)
class DateRule:
    name: str
    pattern: str
    triggers: tuple[str, ...]
    reach: int
    resolve: Resolver


def mention(
    match: re.Match[str],
    value: date | None,
    precision: Precision | None,
    rule: str,
    anchor: Anchor | None = None,
    group: int | str = 0,
) -> list[DateMention]:
    start, end = match.span(group)
    return [DateMention(Span(start, end, match.group(group)), value, precision, rule, anchor)]


def no_publication(match: re.Match[str]) -> list[DateMention]:
    return mention(match, None, None, NO_PUBLICATION)


def preceding_word(match: re.Match[str]) -> str:
    """The word just before the match, empty at the start of a sentence or text."""
    before = re.search(r"(\S*)\s*$", match.string[max(0, match.start() - 30) : match.start()])
    word = before.group(1)
    return "" if not word or word[-1] in ".!?:;\"“”'‘’([" else word


def tense_of(match: re.Match[str]):
    return clause_tense(match.string, match.start(), match.end())


def resolve_full_date(match: re.Match[str], context: DateContext) -> list[DateMention]:
    words = words_of(match.group())
    value = make_date(int(words[2]), *month_and_day(words))
    return mention(match, value, "day", "absolute_full_date") if value else []


def resolve_iso_date(match: re.Match[str], context: DateContext) -> list[DateMention]:
    value = make_date(*(int(part) for part in match.group().split("-")))
    return mention(match, value, "day", "absolute_iso_date") if value else []


def resolve_numeric_date(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """US order (month/day/year), as in American news; two-digit years are 19xx or 20xx."""
    month, day, year = (int(part) for part in match.group().split("/"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    value = make_date(year, month, day)
    return mention(match, value, "day", "absolute_numeric_date") if value else []


def resolve_day_range(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """ "March 3–5, 2019": both days, the year from the text or the clause's tense."""
    month = parse_month(match.group("range_month"))
    first, second = parse_day(match.group("first_day")), parse_day(match.group("second_day"))
    if match.group("range_year"):
        year, rule, anchor = int(match.group("range_year")), "absolute_day_range", None
    elif context.published is None:
        return no_publication(match)
    else:
        year = year_for(month, first, context.published, tense_of(match))
        rule, anchor = "day_range_year_from_publication", "published"
    start, end = make_date(year, month, first), make_date(year, month, second)
    if start is None or end is None or end < start:
        return []
    first_end = match.end("first_day")
    return [
        DateMention(
            Span(match.start(), first_end, match.string[match.start() : first_end]),
            start,
            "day",
            rule,
            anchor,
        ),
        *mention(match, end, "day", "range_second_half", anchor, "second_day"),
    ]


def resolve_month_range(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """ "March–May 2019", "from March to May": both months."""
    months = [parse_month(match.group(name)) for name in ("first_month", "second_month")]
    if match.group("month_range_year"):
        year, rule, anchor = int(match.group("month_range_year")), "absolute_month_range", None
        years = [year - (months[0] > months[1]), year]
    elif context.published is None:
        return no_publication(match)
    else:
        year = year_for(months[0], None, context.published, tense_of(match))
        rule, anchor = "month_range_year_from_publication", "published"
        years = [year, year + (months[1] < months[0])]
    first_end = match.end("first_month")
    first = DateMention(
        Span(match.start("first_month"), first_end, match.group("first_month")),
        date(years[0], months[0], 1),
        "month",
        rule,
        anchor,
    )
    second_start = match.start("second_month")
    second = DateMention(
        Span(second_start, match.end(), match.string[second_start : match.end()]),
        date(years[1], months[1], 1),
        "month",
        "range_second_half",
        anchor,
    )
    return [first, second]


def resolve_year_range(match: re.Match[str], context: DateContext) -> list[DateMention]:
    first, second = int(match.group("first_year")), int(match.group("second_year"))
    if second <= first:
        return []
    return [
        *mention(match, date(first, 1, 1), "year", "absolute_year", group="first_year"),
        *mention(match, date(second, 1, 1), "year", "range_second_half", group="second_year"),
    ]


def resolve_month_year(match: re.Match[str], context: DateContext) -> list[DateMention]:
    month_word, year_word = words_of(match.group())
    return mention(
        match, date(int(year_word), parse_month(month_word), 1), "month", "absolute_month_year"
    )


def resolve_month_day(match: re.Match[str], context: DateContext) -> list[DateMention]:
    published = context.published
    if published is None:
        return no_publication(match)
    month, day = month_and_day(words_of(match.group()))
    value = make_date(year_for(month, day, published, tense_of(match)), month, day)
    if value is None:
        return []
    return mention(match, value, "day", "month_day_year_from_publication", "published")


def resolve_day_of_relative_month(match: re.Match[str], context: DateContext) -> list[DateMention]:
    published = context.published
    if published is None:
        return no_publication(match)
    _, day_word, _, modifier, _ = match.group().lower().split()
    month_start = shift_month(published, {"last": -1, "next": 1}.get(modifier, 0))
    value = make_date(month_start.year, month_start.month, parse_day(day_word))
    return mention(match, value, "day", "day_of_relative_month", "published") if value else []


def resolve_weekday(match: re.Match[str], context: DateContext) -> list[DateMention]:
    published = context.published
    if published is None:
        return no_publication(match)
    words = re.findall(r"[a-z]+", match.group().lower())
    modifier, weekday = (None, words[0]) if words[0] in WEEKDAYS else words[:2]
    if modifier is None and preceding_word(match).lower() in NAMED_DAY_WORDS:
        return []
    weekday_index = WEEKDAYS.index(weekday)
    days_back = (published.weekday() - weekday_index) % 7
    days_ahead = (weekday_index - published.weekday()) % 7
    if modifier in ("last", "past"):
        value, rule = published - timedelta(days=days_back or 7), "weekday_last_before_publication"
    elif modifier == "this":
        value, rule = (
            week_start(published) + timedelta(days=weekday_index),
            "weekday_in_publication_week",
        )
    elif modifier in ("next", "coming"):
        value, rule = published + timedelta(days=days_ahead or 7), "weekday_after_publication"
    elif tense_of(match) == "future":
        value, rule = published + timedelta(days=days_ahead), "weekday_on_or_after_publication"
    else:
        value, rule = published - timedelta(days=days_back), "weekday_before_publication"
    return mention(match, value, "day", rule, "published")


RELATIVE_DAYS = {
    "yesterday": (-1, "yesterday_from_publication"),
    "today": (0, "today_from_publication"),
    "this": (0, "today_from_publication"),
    "tonight": (0, "tonight_from_publication"),
    "last": (-1, "last_night_from_publication"),
    "tomorrow": (1, "tomorrow_from_publication"),
}


def resolve_relative_day(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """Today and co.; capitalised after a capitalised word they are names ("USA Today")."""
    if match.group()[0].isupper() and preceding_word(match)[:1].isupper():
        return []
    if context.published is None:
        return no_publication(match)
    offset, rule = RELATIVE_DAYS[match.group().split()[0].lower()]
    return mention(match, context.published + timedelta(days=offset), "day", rule, "published")


def offset_from(anchor: date, count: int, unit: str) -> tuple[date, Precision]:
    """``anchor`` moved by ``count`` units (negative: back), at the unit's precision."""
    if unit == "day":
        return anchor + timedelta(days=count), "day"
    if unit == "week":
        return week_start(anchor, count), "week"
    if unit == "month":
        return shift_month(anchor, count), "month"
    return date(anchor.year + count, 1, 1), "year"


def resolve_offset_ago(match: re.Match[str], context: DateContext) -> list[DateMention]:
    words = [word for word in match.group().lower().split() if word != "of"]
    if words[0] in ("several", "few", "couple") or words[1] in ("few", "couple"):
        return mention(match, None, None, "vague_offset")
    if context.published is None:
        return no_publication(match)
    unit = words[1].rstrip("s")
    value, precision = offset_from(context.published, -parse_count(words[0]), unit)
    return mention(match, value, precision, f"{unit}s_ago", "published")


def resolve_offset_from_last_date(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """ "Three days later", "a year earlier": counted from the last date the text gave."""
    words = match.group().lower().split()
    unit = words[1].rstrip("s")
    anchor = context.last_date(unit)
    if anchor is None:
        return mention(match, None, None, "anchor_not_found")
    sign = -1 if words[2] in ("earlier", "before") else 1
    value, precision = offset_from(anchor.value, sign * parse_count(words[0]), unit)
    return mention(match, value, precision, f"{unit}s_from_last_date", anchor.span)


DAY_PARTS = ("morning", "afternoon", "evening", "night")
PREPOSITIONS = frozenset(
    {"on", "in", "by", "until", "till", "since", "from", "after", "before", "during", "for", "of"}
)
ANAPHORIC_SHIFT = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1}


def resolve_anaphoric_period(match: re.Match[str], context: DateContext) -> list[DateMention]:
    """ "Later that day", "the following week", "that year": the last date the text gave.

    A bare "that day" is a time adverbial only after a preposition or before a comma
    ("on that day", "That evening, ..."), not as a subject ("that day has come").
    """
    words = match.group().lower().split()
    if words[0] in ("that", "the") and words[1] in (
        "same",
        *DAY_PARTS,
        "day",
        "week",
        "month",
        "year",
    ):
        after = match.string[match.end() : match.end() + 1]
        if preceding_word(match).lower() not in PREPOSITIONS and after != ",":
            return []
    unit = "day" if words[-1] in DAY_PARTS else words[-1]
    anchor = context.last_date(unit)
    if anchor is None:
        return mention(match, None, None, "anchor_not_found")
    shift = next((ANAPHORIC_SHIFT[word] for word in words if word in ANAPHORIC_SHIFT), 0)
    value, precision = offset_from(anchor.value, shift, unit)
    return mention(match, value, precision, f"{unit}_of_last_date", anchor.span)


def resolve_period(match: re.Match[str], context: DateContext) -> list[DateMention]:
    published = context.published
    if published is None:
        return no_publication(match)
    words = match.group().lower().split()
    offset = -1 if "last" in words else 1 if "next" in words else 0
    if words[-1] == "year":
        return mention(
            match, date(published.year + offset, 1, 1), "year", "year_from_publication", "published"
        )
    if words[-1] == "month":
        return mention(
            match, shift_month(published, offset), "month", "month_from_publication", "published"
        )
    return mention(
        match, week_start(published, offset), "week", "week_from_publication", "published"
    )


def resolve_part_of_year(match: re.Match[str], context: DateContext) -> list[DateMention]:
    return mention(match, date(int(match.group()[-4:]), 1, 1), "year", "absolute_part_of_year")


def resolve_decade(match: re.Match[str], context: DateContext) -> list[DateMention]:
    return mention(match, None, None, "decade")


def month_is_a_date(match: re.Match[str], modified: bool) -> bool:
    """A month name alone is a date after "in", "since"... ("in May", not "May I"), or as a
    modifier after a determiner ("an October letter", not "the May government")."""
    preceding = match.string[max(0, match.start() - 10) : match.start()]
    if modified or MONTH_CONTEXT.search(preceding):
        return True
    noun = NOUN_AFTER.match(match.string, match.end())
    return bool(
        MONTH_AS_MODIFIER.search(preceding) and noun and noun.group(1) not in NOT_MONTH_NOUNS
    )


def resolve_bare_month(match: re.Match[str], context: DateContext) -> list[DateMention]:
    words = re.findall(r"[a-z]+", match.group().lower())
    modifier = words[0] if words[0] in ("last", "this", "next") else None
    if not month_is_a_date(match, modifier is not None):
        return []
    published = context.published
    if published is None:
        return no_publication(match)
    tense = {"last": "past", "next": "future"}.get(modifier) or tense_of(match)
    month = parse_month(words[-1])
    year = year_for(month, None, published, tense)
    if modifier == "last" and date(year, month, 1) >= published.replace(day=1):
        year -= 1
    elif modifier == "next" and date(year, month, 1) <= published:
        year += 1
    return mention(match, date(year, month, 1), "month", "month_year_from_publication", "published")


def resolve_year(match: re.Match[str], context: DateContext) -> list[DateMention]:
    return mention(match, date(int(match.group()), 1, 1), "year", "absolute_year")


DIGITS = r"[0-9]+"
MONTH_START = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
WEEKDAY_START = r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
PERIOD_UNIT = r"\b(?:days?|weeks?|weekend|months?|years?|morning|afternoon|evening|night)\b"

RULES: tuple[DateRule, ...] = (
    DateRule(
        "absolute_full_date",
        rf"{OPTIONAL_WEEKDAY}{MONTH_WORD}\s*{DAY}(?:\s*,\s*|\s+){YEAR}",
        (DIGITS, MONTH_START, WEEKDAY_START),
        8,
        resolve_full_date,
    ),
    DateRule(
        "absolute_day_month_year",
        rf"{OPTIONAL_WEEKDAY}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH_WORD},?\s+{YEAR}",
        (DIGITS, MONTH_START, WEEKDAY_START),
        8,
        resolve_full_date,
    ),
    DateRule(
        "absolute_iso_date",
        r"(?<![0-9])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])",
        (DIGITS,),
        0,
        resolve_iso_date,
    ),
    DateRule(
        "absolute_numeric_date",
        r"(?<![0-9/])[01]?[0-9]/[0-3]?[0-9]/(?:[0-9]{4}|[0-9]{2})(?![0-9/])",
        (DIGITS,),
        0,
        resolve_numeric_date,
    ),
    DateRule(
        "day_range",
        rf"(?P<range_month>{MONTH_WORD})\s*(?P<first_day>{DAY})(?:–|—|-)(?P<second_day>{DAY})"
        rf"(?:(?:\s*,\s*|\s+)(?P<range_year>{YEAR}))?",
        (DIGITS, MONTH_START),
        0,
        resolve_day_range,
    ),
    DateRule(
        "month_range",
        rf"(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<first_month>{FULL_MONTH_WORD})(?:{RANGE_DASH}|\s+and\s+)"
        rf"(?P<second_month>{FULL_MONTH_WORD})(?:,?\s+(?P<month_range_year>{YEAR})|(?!\s*{DAY}))",
        (DIGITS, MONTH_START),
        8,
        resolve_month_range,
    ),
    DateRule(
        "absolute_month_year",
        rf"{MONTH_WORD},?\s+{YEAR}",
        (DIGITS, MONTH_START),
        0,
        resolve_month_year,
    ),
    DateRule(
        "month_day_year_from_publication",
        rf"{OPTIONAL_WEEKDAY}{MONTH_WORD}\s*{DAY}",
        (DIGITS, MONTH_START, WEEKDAY_START),
        8,
        resolve_month_day,
    ),
    DateRule(
        "day_month_year_from_publication",
        rf"{OPTIONAL_WEEKDAY}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH_WORD}",
        (DIGITS, MONTH_START, WEEKDAY_START),
        8,
        resolve_month_day,
    ),
    DateRule(
        "day_of_relative_month",
        rf"\b[Tt]he\s+{DAY}\s+of\s+(?:this|last|next|the\s+same)\s+month",
        (DIGITS,),
        8,
        resolve_day_of_relative_month,
    ),
    DateRule(
        "relative_weekday",
        rf"(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?{WEEKDAY_WORD}{PART_OF_DAY}",
        (WEEKDAY_START,),
        8,
        resolve_weekday,
    ),
    DateRule(
        "relative_day",
        r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b(?:\s+(?:morning|afternoon|evening"
        r"|night))?|\b(?:[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b",
        (r"\b(?:[Tt]o(?:day|night|morrow)|[Yy]esterday|night|morning|afternoon|evening)",),
        8,
        resolve_relative_day,
    ),
    DateRule(
        "relative_offset_ago",
        rf"\b(?:{COUNT}|[Aa]\s+few|[Ss]everal|[Aa]\s+couple\s+of)\s+"
        r"(?:days?|weeks?|months?|years?)\s+ago\b",
        (r"\bago\b",),
        32,
        resolve_offset_ago,
    ),
    DateRule(
        "offset_from_last_date",
        rf"\b{COUNT}\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards?)\b(?!\s+than)",
        (r"\b(?:later|earlier|afterwards?)\b",),
        32,
        resolve_offset_from_last_date,
    ),
    DateRule(
        "anaphoric_period",
        r"\b(?:(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening"
        r"|night|week|month|year)|(?:[Tt]hat|[Tt]he\s+same)\s+(?:day|morning|afternoon|evening"
        r"|night)|[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening)"
        r"|[Tt]he\s+(?:following|previous|prior|preceding)\s+(?:week|month|year)"
        r"|[Tt]he\s+(?:previous|prior|preceding)\s+day|[Tt]hat\s+(?:same\s+)?(?:week|month|year)"
        r"(?!\s+(?:of|before|after|when|in|for|ago)))\b",
        (PERIOD_UNIT,),
        32,
        resolve_anaphoric_period,
    ),
    DateRule(
        "relative_period",
        r"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this"
        r"|[Ee]arly\s+(?:this|last|next)|[Ll]ate\s+(?:this|last|next)|[Tt]he\s+(?:beginning|start"
        r"|end|middle|rest|first\s+half|second\s+half)\s+of\s+(?:this|last|next|the))"
        r"\s+(?:week|weekend|month|year))\b",
        (PERIOD_UNIT,),
        32,
        resolve_period,
    ),
    DateRule(
        "part_of_year",
        rf"\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+|[Tt]he\s+(?:beginning|start|end"
        rf"|middle|first\s+half|second\s+half)\s+of\s+){YEAR}",
        (r"\b(?:[Ee]arly|[Mm]id|[Ll]ate|beginning|start|end|middle|half)\b",),
        16,
        resolve_part_of_year,
    ),
    DateRule(
        "decade",
        r"\b(?:the\s+)?(?:1[5-9][0-9]0|20[0-9]0)['’]?s\b",
        (DIGITS,),
        8,
        resolve_decade,
    ),
    DateRule(
        "year_range",
        rf"(?P<first_year>{BARE_YEAR})(?:–|—|-|\s+to\s+|\s+through\s+)(?P<second_year>{YEAR})",
        (DIGITS,),
        0,
        resolve_year_range,
    ),
    DateRule(
        "bare_month",
        rf"\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+{FULL_MONTH_WORD}"
        rf"|(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?{FULL_MONTH_WORD}",
        (DIGITS, MONTH_START),
        8,
        resolve_bare_month,
    ),
    DateRule("absolute_year", BARE_YEAR, (DIGITS,), 0, resolve_year),
)
