"""The reference time of an article that carries no publication time.

SETimes pieces and pasted text often have no date line, yet their text fixes
the time on its own: "u petak (4. lipnja)" is a Friday 4 June, which only some
years have, and the explicit years the text names ("početkom 2011. godine")
tell which of those years it is. From those, the article is taken to have
been written on the latest such weekday-anchored date: news names the days of
what it reports, and the latest of them is the news of the day (on the
development gold this fits better than any later day). With no anchored date, the
latest full date the text gives ("20. svibnja 2009.") is the reference; then
a wire dateline's day ("ZAGREB, Dec 11 (Reuters) -"), in the year the text
names last or else the latest such day. With none, there is no reference: relative dates stay unresolved rather than
being resolved against today.

Everything here is calendar arithmetic on the language pack's matches; no
word of any language is known here.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone

from kronika.temporal.matches import TemporalMatch

EARLIEST_YEAR = 1990  # the news the tool is for; a weekday repeats on a date every 5-11 years
ANCHOR_REACH = 4  # characters between a weekday and its date: "u petak (4. lipnja)", "u petak, 4. lipnja"
DAYS_AFTER_ANCHOR = 0  # days from the latest anchored date to the reference time
AGO_REACH = 300  # characters between an explicit year and the 'N years ago' that tells the same time


def weekday_anchors(text: str, matches: list[TemporalMatch]) -> list[tuple[TemporalMatch, TemporalMatch]]:
    """(weekday, date without a year) pairs that name one day: 'u petak (4. lipnja)'."""
    pairs = []
    for weekday, following in zip(matches, matches[1:]):
        if weekday.kind != "weekday" or following.kind != "date" or "year" in following.fields:
            continue
        between = text[weekday.end : following.start]
        if len(between) <= ANCHOR_REACH and all(c in " (,–-" for c in between):
            pairs.append((weekday, following))
    return pairs


def anchored_days(text: str, matches: list[TemporalMatch], year: int) -> dict[int, list[date]]:
    """Weekday (ISO number) → the days the text ties it to ('u petak (4. lipnja)'),
    in `year` or the year before (a text of early January names December)."""
    days: dict[int, list[date]] = {}
    for weekday, day in weekday_anchors(text, matches):
        fitting = next((y for y in (year, year - 1) if _fits(y, weekday, day)), None)
        if fitting is not None:
            days.setdefault(weekday.fields["weekday"], []).append(date(fitting, day.fields["month"], day.fields["day"]))
    return days


def _explicit_years(matches: list[TemporalMatch]) -> list[int]:
    return [m.fields["year"] for m in matches if "year" in m.fields and m.kind in ("year", "date", "month")]


def _fits(year: int, weekday: TemporalMatch, day: TemporalMatch) -> bool:
    try:
        return date(year, day.fields["month"], day.fields["day"]).isoweekday() == weekday.fields["weekday"]
    except ValueError:
        return False


def _best_year(anchors: list[tuple[TemporalMatch, TemporalMatch]], years: list[int], latest: int,
               office_years: Counter) -> int | None:
    fitting = Counter(y for y in range(EARLIEST_YEAR, latest + 1) for w, d in anchors if _fits(y, w, d))
    if not fitting:
        return None
    newest = max(years, default=None)

    def distance(year: int) -> int:
        if newest is None:
            return 0
        return abs(year - newest) if year >= newest - 1 else 2 * (newest - year)  # the story is not older than its history

    return min(fitting, key=lambda y: (-fitting[y], -office_years.get(y, 0), distance(y), -y))


def infer_reference(text: str, matches: list[TemporalMatch], today: date | None = None,
                    office_years: Counter | None = None, story: bool = False) -> datetime | None:
    """The reference time the text's own dates give, or None. `office_years`:
    year → how many of the people the article names held an office in it.
    With `story`, the day of the story itself (the latest anchored day), which
    dates what the text tells with no time word; without, the time relative
    dates are read against (a bare weekday just after that day moves it on)."""
    today = today or date.today()
    years = [y for y in _explicit_years(matches) if EARLIEST_YEAR <= y <= today.year + 1]
    anchors = weekday_anchors(text, matches)
    year = _best_year(anchors, years, today.year, office_years or Counter()) if anchors else None
    if year is not None:
        days = [date(year, d.fields["month"], d.fields["day"]) for w, d in anchors if _fits(year, w, d)]
        latest = max(days)
        later = 0 if story else _days_after(latest, anchors, matches)
        return _noon(latest + timedelta(days=DAYS_AFTER_ANCHOR + later))
    full_dates = []
    for m in matches:
        if m.kind == "date" and "year" in m.fields and EARLIEST_YEAR <= m.fields["year"] <= today.year:
            try:
                full_dates.append(date(m.fields["year"], m.fields["month"], m.fields["day"]))
            except ValueError:
                continue
    if full_dates and max(full_dates).year >= max(years, default=0):
        return _noon(max(full_dates))
    dateline = dateline_day(text, matches)
    if dateline is not None:
        month, day = dateline
        return _noon(_dateline_date(month, day, years, today))
    return None


def infer_year(matches: list[TemporalMatch], today: date | None = None) -> int | None:
    """The year of a text that fixes no day: the latest explicit year it names ('izbori 2009.
    godine'), against which its relative dates are told at the year's precision only."""
    today = today or date.today()
    years = [y for y in _explicit_years(matches) if EARLIEST_YEAR <= y <= today.year]
    # 'na skupu 2004. godine ...' near 'prije pet godina': the two tell one time, so the text is of 2009
    years += [year.fields["year"] - ago.fields["offset"] for year in matches if year.kind == "year" and "year" in year.fields
              for ago in matches if ago.kind == "ago" and ago.fields.get("unit") == "year"
              and abs(ago.start - year.start) <= AGO_REACH and EARLIEST_YEAR <= year.fields["year"] - ago.fields["offset"] <= today.year]
    return max(years, default=None)


DATELINE = re.compile(r"^[^\W\d_a-z][^\W\da-z]+(?:[ .'’-]+[^\W\d_a-z][^\W\da-z]*)*(?:,\s*[^\W\d_][\w .'’-]{0,30})?,\s*$")
DATELINE_TAIL = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—]")


def dateline_day(text: str, matches: list[TemporalMatch]) -> tuple[int, int] | None:
    """(month, day) of a wire dateline that opens a line: 'ZAGREB, Dec 11 (Reuters) -',
    'BEOGRAD, 11. prosinca (Hina) –'. The place is in capitals, the date has no year."""
    for m in matches:
        if m.kind != "date" or "year" in m.fields:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.start - line_start > 60:
            continue
        if DATELINE.match(text[line_start : m.start]) and DATELINE_TAIL.match(text[m.end : m.end + 50]):
            return m.fields["month"], m.fields["day"]
    return None


def _dateline_date(month: int, day: int, years: list[int], today: date) -> date:
    """The dateline's day in the year the text names last if it names one, else its latest on or before today."""
    for year in ([max(years)] if years else []) + list(range(today.year, today.year - 8, -1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= today or years:
            return candidate
    return date(today.year - 8, month, min(day, 28))


LATER_WEEKDAY_REACH = 3  # days: a bare weekday this soon after the latest anchored day is after it


def _days_after(latest: date, anchors: list[tuple[TemporalMatch, TemporalMatch]], matches: list[TemporalMatch]) -> int:
    """A bare weekday the text names besides its anchored ones ('u ponedjeljak' after
    'u subotu (15. ožujka)') that falls one to three days after the latest anchored
    day tells that the article was written on it or later: the reference moves there."""
    anchored = {id(w) for w, _ in anchors}
    anchored_days = {w.fields["weekday"] for w, _ in anchors}
    offsets = [(m.fields["weekday"] - latest.isoweekday()) % 7 for m in matches
               if m.kind == "weekday" and m.fields.get("direction", 0) == 0 and id(m) not in anchored
               and m.fields["weekday"] not in anchored_days]
    return max((o for o in offsets if 0 < o <= LATER_WEEKDAY_REACH), default=0)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=timezone.utc)
