"""How dates and kinds read on a page: a date is shown no finer than its precision.

"2019-10-01" with month precision is "October 2019", not "1 October 2019": the source
only said October. A week is its ISO week, from its Monday: "week of 7 October 2019".
The timeline's cards get the same labels, computed here once. A claim whose confidence
is below ``LOW_CONFIDENCE`` is drawn faded: the extractor is unsure of it.
"""

from __future__ import annotations

from datetime import date

from graph.claims import LOW_CONFIDENCE

MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_label(value: str | date | None, precision: str | None = "day") -> str:
    """``"2 March 2021"``, ``"week of 1 March 2021"``, ``"March 2021"``, ``"2021"``, or
    ``"undated"``."""
    if not value:
        return "undated"
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    if precision == "week":
        return f"week of {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def kind_label(kind: str | None) -> str:
    """``"government_body"`` → ``"government body"``."""
    return (kind or "unknown").replace("_", " ")


def is_low_confidence(confidence: float | None) -> bool:
    """Whether a claim is drawn faded; a claim stored without a confidence is not."""
    return confidence is not None and confidence < LOW_CONFIDENCE


def mode_label(mode: str | None, verb: str | None) -> str:
    """``"denied (deny)"``, ``"said (warn)"``: the speech act, then the cue that reported it."""
    mode = mode or "said"
    return f"{mode} ({verb})" if verb else mode
