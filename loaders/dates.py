"""Time expressions in news text, resolved against the publication date.

One compiled alternation (``DATE_PATTERN``) knows every expression; each alternative is a
named rule whose resolver turns the match into a ``DateMention`` with ``datetime``
arithmetic (dateparser's search is far too slow for whole texts). Alternatives go from the
most specific to the least, because at a given position the first that matches wins.

News conventions, applied when a relative expression is resolved:

- a bare weekday is the most recent such day on or before publication ("Monday" in a
  Monday paper is that day, as MEANTIME's gold has it), or the next on or after it when a
  future cue ("will", "is set to") precedes it in the sentence; "last Tuesday" is strictly
  before, "next Monday" strictly after, "this Monday" in the publication's week;
- a month and day without a year take the publication year, or the year before when that
  would land more than ~6 months after publication; a bare month likewise;
- "the beginning of this year", "earlier this year" have year precision: the text does
  not say which day;
- a week ("last week", "three weeks ago") has month precision when it lies inside one
  month, else no value; decades, vague offsets ("a few days ago") have no value.

Durations ("for three years", "50-year") and sets ("every year") are not dates and are
not reported. Prepositions ("on", "in", "since") are not part of a span.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from graph.model import DateMention, Precision, Span

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
NAMED_DAY_WORDS = frozenset(
    {"super", "black", "cyber", "good", "ash", "palm", "holy", "easter", "bloody", "giving", "news"}
)
LATEST_FUTURE = timedelta(days=183)

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
    r"(?:[0-9]{1,3}|an?|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty"
    r"|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven"
    r"|[Tt]welve|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen)"
)
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
OPTIONAL_WEEKDAY = rf"(?:{WEEKDAY_WORD},?\s+)?"
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|set to|scheduled|due to|expected to|plans? to|planning to|going to"
    r"|to be held|is to|are to)\b|'ll\b"
)
SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told|wrote|added|asked)\s+(?:on\s+)?$", re.IGNORECASE
)
CLOSING_QUOTE = re.compile(r"[”\"]")
MONTH_CONTEXT = re.compile(
    r"\b(?:in|of|by|since|until|till|after|before|during|from|through|to)\s+$", re.IGNORECASE
)
TRIGGER = re.compile(
    r"(?P<opening>[0-9]+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu"
    r"|Fri|Sat|Sun|[Tt]o(?:day|night|morrow)|[Yy]esterday|night|morning|afternoon|evening))"
    r"|(?P<closing>\b(?:week|month|year|ago)\b)"
)
LOOKBACK = {"opening": 8, "closing": 32}
LOOKAHEAD = 32
WORD_START = re.compile(r"\b\w")
FILLER_WORDS = frozenset(WEEKDAYS) | {"the", "of"}
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")

RULE_PATTERNS = {
    "absolute_full_date": rf"{OPTIONAL_WEEKDAY}{MONTH_WORD}\s*{DAY}(?:\s*,\s*|\s+){YEAR}",
    "absolute_day_month_year": rf"{OPTIONAL_WEEKDAY}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH_WORD},?"
    rf"\s+{YEAR}",
    "absolute_iso_date": r"(?<![0-9])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])",
    "absolute_numeric_date": r"(?<![0-9/])[01]?[0-9]/[0-3]?[0-9]/(?:[0-9]{4}|[0-9]{2})(?![0-9/])",
    "absolute_month_year": rf"{MONTH_WORD},?\s+{YEAR}",
    "month_day_year_from_publication": rf"{OPTIONAL_WEEKDAY}{MONTH_WORD}\s*{DAY}",
    "day_month_year_from_publication": rf"{OPTIONAL_WEEKDAY}(?:the\s+)?{DAY}\s+(?:of\s+)?"
    rf"{MONTH_WORD}",
    "day_of_relative_month": rf"\b[Tt]he\s+{DAY}\s+of\s+(?:this|last|next|the\s+same)\s+month",
    "relative_weekday": rf"(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?{WEEKDAY_WORD}"
    rf"{PART_OF_DAY}",
    "relative_day": r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b(?:\s+(?:morning"
    r"|afternoon|evening|night))?|\b(?:[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)\b",
    "relative_offset_ago": rf"\b(?:{COUNT}|[Aa]\s+few|[Ss]everal|[Aa]\s+couple\s+of)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago\b",
    "relative_period": r"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this"
    r"|[Ee]arly\s+(?:this|last|next)|[Ll]ate\s+(?:this|last|next)|[Tt]he\s+(?:beginning|start"
    r"|end|middle|rest|first\s+half|second\s+half)\s+of\s+(?:this|last|next|the))"
    r"\s+(?:week|weekend|month|year))\b",
    "part_of_year": rf"\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+|[Tt]he\s+(?:beginning|start|end"
    rf"|middle|first\s+half|second\s+half)\s+of\s+){YEAR}",
    "decade": r"\b(?:the\s+)?(?:1[5-9][0-9]0|20[0-9]0)['’]?s\b",
    "bare_month": rf"\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+{FULL_MONTH_WORD}"
    rf"|(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?{FULL_MONTH_WORD}",
    "absolute_year": BARE_YEAR,
}
DATE_PATTERN = re.compile("|".join(f"(?P<{name}>{body})" for name, body in RULE_PATTERNS.items()))
Resolution = tuple[date | None, Precision | None, str]


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every time expression in ``text``, sorted, non-overlapping, resolved if possible."""
    mentions = []
    for match in find_candidates(text):
        resolution = RESOLVERS[match.lastgroup](match, published)
        if resolution is not None:
            start, end = match.span()
            mentions.append(DateMention(Span(start, end, match.group()), *resolution))
    return mentions


def find_candidates(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``DATE_PATTERN``, searched only around cheap trigger words.

    Scanning the whole alternation at every position runs under 100,000 words/s; every
    expression it knows holds a digit, a month or weekday, a day word or a period word,
    so a literal scan for those, then an anchored match at each word start shortly before
    each, is several times faster. Matches start at or before their trigger, so the
    window's end (well past the trigger) never cuts one short.
    """
    covered = 0
    for trigger in TRIGGER.finditer(text):
        if trigger.end() <= covered:
            continue
        window_start = max(covered, trigger.start() - LOOKBACK[trigger.lastgroup])
        window_end = min(len(text), trigger.end() + LOOKAHEAD)
        while window_end < len(text) and text[window_end].isalnum():
            window_end += 1
        for word in WORD_START.finditer(text, window_start, trigger.start() + 1):
            match = DATE_PATTERN.match(text, word.start(), window_end)
            if match and match.start() >= covered:
                yield match
                covered = match.end()


def date_for_span(
    dates: list[DateMention], start: int, end: int, not_before: int | None = None
) -> DateMention | None:
    """The resolved date that dates a stretch of text, e.g. a claim's sentence.

    Inside ``[start, end)`` the finest-grained mention wins (a sentence that says when
    something was said often also mentions background years), the earliest among equals.
    With ``not_before`` set (say, the sentence start for a claim's content), the nearest
    resolved mention between ``not_before`` and ``start`` is the fallback.
    """
    finest = {"day": 0, "month": 1, "year": 2}
    inside = [d for d in dates if d.value and start <= d.span.start and d.span.end <= end]
    if inside:
        return min(inside, key=lambda d: (finest[d.precision], d.span.start))
    if not_before is None:
        return None
    before = [d for d in dates if d.value and not_before <= d.span.start and d.span.end <= start]
    return before[-1] if before else None


def parse_day(token: str) -> int:
    return int(token.rstrip("stndrh"))


def parse_month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def words_of(match: re.Match[str]) -> list[str]:
    """The words and numbers of a match, lower case, without weekdays and fillers."""
    words = re.findall(r"[a-z]+|[0-9]+(?:st|nd|rd|th)?", match.group().lower())
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


def infer_year(month: int, day: int, published: date) -> int:
    """The publication year, or the year before when that lands > ~6 months ahead."""
    if date(published.year, month, min(day, 28)) - published > LATEST_FUTURE:
        return published.year - 1
    return published.year


def shift_month(anchor: date, months: int) -> date:
    """The first day of the month ``months`` away from ``anchor``'s month."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_as_month(monday: date) -> Resolution:
    """A week has no day/month/year precision: its month if it lies inside one."""
    if monday.month != (monday + timedelta(days=6)).month:
        return None, None, "week_across_months"
    return monday.replace(day=1), "month", "week_within_month"


def follows_future_cue(match: re.Match[str]) -> bool:
    """Whether the sentence before the match speaks of the future ("will meet on").

    A quote's tense is the speaker's, and a weekday right after "said" dates the saying:
    '"We will rebuild," she said on Tuesday' is a past Tuesday."""
    window = match.string[max(0, match.start() - 80) : match.start()]
    if SAID_JUST_BEFORE.search(window):
        return False
    breaks = list(SENTENCE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    quotes = list(CLOSING_QUOTE.finditer(clause))
    clause = clause[quotes[-1].end() :] if quotes else clause
    return FUTURE_CUE.search(clause) is not None


def parse_count(word: str) -> int:
    """A number in digits or words: "3", "three", "seventy-four"."""
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("-")
    if tens in TENS_WORDS:
        return TENS_WORDS[tens] * 10 + NUMBER_WORDS.get(units, 0)
    return NUMBER_WORDS[word]


def preceding_word(match: re.Match[str]) -> str:
    """The word just before the match, empty at the start of a sentence or text."""
    before = re.search(r"(\S*)\s*$", match.string[max(0, match.start() - 30) : match.start()])
    word = before.group(1)
    return "" if not word or word[-1] in ".!?:;\"“”'‘’([" else word


def resolve_full_date(match: re.Match[str], published: date | None) -> Resolution | None:
    words = words_of(match)
    value = make_date(int(words[2]), *month_and_day(words))
    return (value, "day", "absolute_full_date") if value else None


def resolve_iso_date(match: re.Match[str], published: date | None) -> Resolution | None:
    value = make_date(*(int(part) for part in match.group().split("-")))
    return (value, "day", "absolute_iso_date") if value else None


def resolve_numeric_date(match: re.Match[str], published: date | None) -> Resolution | None:
    """US order (month/day/year), as in American news; two-digit years are 19xx or 20xx."""
    month, day, year = (int(part) for part in match.group().split("/"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    value = make_date(year, month, day)
    return (value, "day", "absolute_numeric_date") if value else None


def resolve_month_year(match: re.Match[str], published: date | None) -> Resolution:
    month_word, year_word = words_of(match)
    return date(int(year_word), parse_month(month_word), 1), "month", "absolute_month_year"


def resolve_month_day(match: re.Match[str], published: date | None) -> Resolution | None:
    if published is None:
        return None, None, "relative_without_publication_date"
    month, day = month_and_day(words_of(match))
    value = make_date(infer_year(month, day, published), month, day)
    return (value, "day", "month_day_year_from_publication") if value else None


def resolve_day_of_relative_month(
    match: re.Match[str], published: date | None
) -> Resolution | None:
    if published is None:
        return None, None, "relative_without_publication_date"
    _, day_word, _, modifier, _ = match.group().lower().split()
    month_start = shift_month(published, {"last": -1, "next": 1}.get(modifier, 0))
    value = make_date(month_start.year, month_start.month, parse_day(day_word))
    return (value, "day", "day_of_relative_month") if value else None


def resolve_weekday(match: re.Match[str], published: date | None) -> Resolution | None:
    if published is None:
        return None, None, "relative_without_publication_date"
    words = re.findall(r"[a-z]+", match.group().lower())
    modifier, weekday = (None, words[0]) if words[0] in WEEKDAYS else words[:2]
    if modifier is None and preceding_word(match).lower() in NAMED_DAY_WORDS:
        return None
    weekday_index = WEEKDAYS.index(weekday)
    days_back = (published.weekday() - weekday_index) % 7
    if modifier in ("last", "past"):
        return published - timedelta(days=days_back or 7), "day", "weekday_last_before_publication"
    if modifier == "this":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(days=weekday_index), "day", "weekday_in_publication_week"
    if modifier in ("next", "coming"):
        days_ahead = (weekday_index - published.weekday()) % 7 or 7
        return published + timedelta(days=days_ahead), "day", "weekday_after_publication"
    if follows_future_cue(match):
        days_ahead = (weekday_index - published.weekday()) % 7
        return published + timedelta(days=days_ahead), "day", "weekday_on_or_after_publication"
    return published - timedelta(days=days_back), "day", "weekday_before_publication"


def resolve_relative_day(match: re.Match[str], published: date | None) -> Resolution | None:
    """Today and co.; capitalised after a capitalised word they are names ("USA Today")."""
    if match.group()[0].isupper() and preceding_word(match)[:1].isupper():
        return None
    if published is None:
        return None, None, "relative_without_publication_date"
    offset, rule = RELATIVE_DAYS[match.group().split()[0].lower()]
    return published + timedelta(days=offset), "day", rule


def resolve_offset_ago(match: re.Match[str], published: date | None) -> Resolution:
    words = [word for word in match.group().lower().split() if word != "of"]
    if words[0] in ("several", "few", "couple") or words[1] in ("few", "couple"):
        return None, None, "vague_offset"
    if published is None:
        return None, None, "relative_without_publication_date"
    count = parse_count(words[0])
    unit = words[1].rstrip("s")
    if unit == "day":
        return published - timedelta(days=count), "day", "days_ago"
    if unit == "week":
        return week_as_month(published - timedelta(days=7 * count + published.weekday()))
    if unit == "month":
        return shift_month(published, -count), "month", "months_ago"
    return date(published.year - count, 1, 1), "year", "years_ago"


def resolve_period(match: re.Match[str], published: date | None) -> Resolution:
    if published is None:
        return None, None, "relative_without_publication_date"
    words = match.group().lower().split()
    offset = -1 if "last" in words else 1 if "next" in words else 0
    if words[-1] == "year":
        return date(published.year + offset, 1, 1), "year", "year_from_publication"
    if words[-1] == "month":
        return shift_month(published, offset), "month", "month_from_publication"
    return week_as_month(published - timedelta(days=published.weekday(), weeks=-offset))


def resolve_part_of_year(match: re.Match[str], published: date | None) -> Resolution:
    return date(int(match.group()[-4:]), 1, 1), "year", "absolute_part_of_year"


def resolve_decade(match: re.Match[str], published: date | None) -> Resolution:
    return None, None, "decade"


def resolve_bare_month(match: re.Match[str], published: date | None) -> Resolution | None:
    """A month name alone is a date only after "in", "since"... ("in May", not "May I")."""
    words = re.findall(r"[a-z]+", match.group().lower())
    preceding = match.string[max(0, match.start() - 10) : match.start()]
    if words[0] not in ("last", "this", "next") and not MONTH_CONTEXT.search(preceding):
        return None
    if published is None:
        return None, None, "relative_without_publication_date"
    month = parse_month(words[-1])
    year = infer_year(month, 1, published)
    if words[0] == "last" and date(year, month, 1) >= published.replace(day=1):
        year -= 1
    elif words[0] == "next" and date(year, month, 1) <= published:
        year += 1
    return date(year, month, 1), "month", "month_year_from_publication"


def resolve_year(match: re.Match[str], published: date | None) -> Resolution:
    return date(int(match.group()), 1, 1), "year", "absolute_year"


RELATIVE_DAYS = {
    "yesterday": (-1, "yesterday_from_publication"),
    "today": (0, "today_from_publication"),
    "this": (0, "today_from_publication"),
    "tonight": (0, "tonight_from_publication"),
    "last": (-1, "last_night_from_publication"),
    "tomorrow": (1, "tomorrow_from_publication"),
}
RESOLVERS: dict[str, Callable[[re.Match[str], date | None], Resolution | None]] = {
    "absolute_full_date": resolve_full_date,
    "absolute_day_month_year": resolve_full_date,
    "absolute_iso_date": resolve_iso_date,
    "absolute_numeric_date": resolve_numeric_date,
    "absolute_month_year": resolve_month_year,
    "month_day_year_from_publication": resolve_month_day,
    "day_month_year_from_publication": resolve_month_day,
    "day_of_relative_month": resolve_day_of_relative_month,
    "relative_weekday": resolve_weekday,
    "relative_day": resolve_relative_day,
    "relative_offset_ago": resolve_offset_ago,
    "relative_period": resolve_period,
    "part_of_year": resolve_part_of_year,
    "decade": resolve_decade,
    "bare_month": resolve_bare_month,
    "absolute_year": resolve_year,
}
