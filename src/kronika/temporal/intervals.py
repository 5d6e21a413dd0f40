"""Date values as intervals of days: '2025' is a year, '2025-W50' a week."""

from __future__ import annotations

from datetime import date, timedelta


SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}  # first and last month


def season_interval(value: str) -> tuple[date, date]:
    """First and last day of a season: '2005-SU' is June to August 2005, '2005-WI' December 2005 to February 2006."""
    year, season = int(value[:4]), value[5:7]
    first, last = SEASONS[season]
    end_year = year + (last < first)
    following = date(end_year + (last == 12), last % 12 + 1, 1)
    return date(year, first, 1), following - timedelta(days=1)


def date_interval(value: str) -> tuple[date, date]:
    """First and last day a date value stands for: '2025', '2025-SU', '2025-11', '2025-W50', '2025-11-21'."""
    value = value[:10]
    if value[5:7] in SEASONS:
        return season_interval(value)
    if len(value) == 4:
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31)
    if "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week[:2]), 1)
        return first, first + timedelta(days=6)
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        following = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    day = date.fromisoformat(value)
    return day, day


def date_within(inner: str | None, outer: str | None) -> bool:
    """Does `inner` fall inside `outer`? An unknown outer date contains everything."""
    if outer is None:
        return True
    if inner is None:
        return False
    try:
        i_start, i_end = date_interval(inner)
        o_start, o_end = date_interval(outer)
    except ValueError:
        return False
    return o_start <= i_start and i_end <= o_end


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Could two dates name the same time (one unknown, or one inside the other)?"""
    if a is None or b is None:
        return True
    return date_within(a, b) or date_within(b, a)
