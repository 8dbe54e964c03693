"""The timeline brush's histogram: whole years with the empty ones kept, months within one."""

from __future__ import annotations

from datetime import date

from api.pages.timeline import histogram_of


def group(year: int | None, month: int | None, count: int) -> dict[str, object]:
    return {"year": year, "month": month, "count": count}


def test_years_run_first_to_last_with_empty_years_kept() -> None:
    bins = histogram_of(
        [group(2019, 3, 2), group(2021, 5, 1), group(2021, 9, 4), group(None, None, 7)]
    )
    assert [(b["label"], b["count"]) for b in bins] == [("2019", 2), ("2020", 0), ("2021", 5)]
    assert (bins[0]["start"], bins[-1]["end"]) == (date(2019, 1, 1), date(2022, 1, 1))


def test_items_all_in_one_year_fall_in_months() -> None:
    bins = histogram_of([group(2019, 3, 2), group(2019, 10, 1), group(2019, 10, 3)])
    assert len(bins) == 12
    assert (bins[2]["label"], bins[2]["count"], bins[9]["count"]) == ("March 2019", 2, 4)
    assert (bins[11]["start"], bins[11]["end"]) == (date(2019, 12, 1), date(2020, 1, 1))


def test_nothing_dated_draws_no_histogram() -> None:
    assert histogram_of([group(None, None, 3)]) == []
