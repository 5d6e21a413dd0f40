"""Time stage: temporal expressions resolved against the publication time,
and the date each event takes from its own clause.

Language packs find the expressions (`<pack>.temporal.find(text)`); this
module knows only calendars.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from kronika.lang import pack_part
from kronika.lang.base import LanguagePack
from kronika.model import Timex
from kronika.temporal.intervals import season_interval
from kronika.temporal.matches import TemporalMatch
from kronika.text import Analysis

DURATION_LETTERS = {"day": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y"}
FUTURE_SLACK = timedelta(days=7)  # a date without a year may lie a little after publication
FUTURE_REACH = timedelta(days=92)  # ... and, told in no tense, up to a season ahead ('izbori 18. veljače' in January)
FUTURE_REACH_MONTHS = 3


@lru_cache(maxsize=4)
def _pack_matches(part, text: str) -> tuple[TemporalMatch, ...]:
    return tuple(part.find(text))


def _found(part, text: str) -> list[TemporalMatch]:
    """The pack's matches in a text, found once per text (an undated article asks
    for them three times: to infer its time, its story's day, and to resolve them);
    each caller gets copies it may change."""
    return [TemporalMatch(m.start, m.end, m.kind, dict(m.fields)) for m in _pack_matches(part, text)]


def infer_article_time(analysis: Analysis, pack: LanguagePack, office_years: Counter | None = None,
                       story: bool = False) -> datetime | None:
    """The reference time of an article with no publication time, from its own dates
    (temporal.reference); with `story`, the day of the story it tells."""
    from kronika.temporal.reference import infer_reference

    part = pack_part(pack, "temporal")
    matches = _found(part, analysis.text)
    for match in matches:  # a weekday told in the future ('sastat će se u ponedjeljak') says nothing of when the text was written
        _set_direction(analysis, match, part)
    return infer_reference(analysis.text, matches, office_years=office_years, story=story)


def infer_article_year(analysis: Analysis, pack: LanguagePack) -> int | None:
    """The year an undated text that fixes no day names last (temporal.reference.infer_year)."""
    from kronika.temporal.reference import infer_year

    return infer_year(_found(pack_part(pack, "temporal"), analysis.text))


def find_timexes(analysis: Analysis, pack: LanguagePack, published: datetime | None,
                 inferred: bool = False, year: int | None = None) -> list[Timex]:
    """Every temporal expression in the text, resolved against `published`.

    With `inferred`, `published` is the time an undated text's own dates give
    (infer_article_time), and a bare weekday is fixed only as far as the text
    fixes it (EVALUATION.md): one that the text ties to a date elsewhere ('u
    petak (26. siječnja)' ... 'predstavit će u petak') is that date, even told in
    the future (the text was written before it); any other is the nearest such
    day to that time."""
    from kronika.temporal.reference import anchored_days

    part = pack_part(pack, "temporal")
    matches = _found(part, analysis.text)
    anchored = anchored_days(analysis.text, matches, published.year) if inferred and published else None
    year_only = published is None and year is not None
    if year_only:
        # a text that names only its year: what it tells relatively is told in that year, and no more
        # precisely ('u nedjelju', 'prošlog tjedna' → 2009; 'prije pet godina' → 2004)
        published = datetime(year, 7, 1, 12, tzinfo=timezone.utc)
    timexes = []
    last: tuple[str, str] | None = None  # the day or month named last: 'istog mjeseca' is it again
    for match in combine(analysis.text, matches, published):
        _set_direction(analysis, match, part)
        if match.kind in SAME_UNIT:
            resolved = _same_as(match.kind, last)
        elif match.kind == "later":
            resolved = _later(match.fields, last, published)
        else:
            resolved = resolve(match, published)
        if anchored is not None and resolved is not None and match.kind == "weekday":
            resolved = _weekday_in_undated(match, resolved, anchored)
        if year_only and resolved is not None and "year" not in match.fields and resolved[0][:4].isdigit():
            resolved = (resolved[0][:4], "year")
        if resolved is not None and resolved[1] in ("day", "month", "minute") and not resolved[0].startswith("X"):
            last = resolved
        elif resolved is not None and match.kind == "later" and last_day_of(match.fields, last, published):
            last = (last_day_of(match.fields, last, published).isoformat(), "day")  # 'tjedan dana kasnije ... istog mjeseca'
        if resolved is not None:
            value, precision = resolved
            timexes.append(Timex(text=analysis.text[match.start : match.end], value=value, precision=precision, start=match.start, end=match.end))
    return timexes


SAME_UNIT = {"same_month": "month", "same_day": "day"}


def _same_as(kind: str, last: tuple[str, str] | None) -> tuple[str, str] | None:
    """'istog mjeseca', 'tog dana': the month or the day of the time named just before."""
    if last is None or (SAME_UNIT[kind] == "day" and last[1] == "month"):
        return None
    return (last[0][:7], "month") if SAME_UNIT[kind] == "month" else (last[0][:10], "day")


def _later_base(last: tuple[str, str] | None, published: datetime | None) -> date | None:
    if last is not None and last[1] in ("day", "minute"):
        return date.fromisoformat(last[0][:10])
    return published.date() if published is not None else None


def last_day_of(fields: dict, last: tuple[str, str] | None, published: datetime | None) -> date | None:
    """The day a 'tjedan dana kasnije' ends on (days and weeks only)."""
    base = _later_base(last, published)
    if base is None or fields["unit"] not in ("hour", "day", "week"):
        return None
    try:
        return base + timedelta(days=fields["number"] * {"hour": 0, "day": 1, "week": 7}[fields["unit"]])
    except OverflowError:
        return None


def _later(fields: dict, last: tuple[str, str] | None, published: datetime | None) -> tuple[str, str] | None:
    """'tjedan dana kasnije': the week, day or month that long after the day named
    just before (the publication day when none was), at the span's own precision."""
    base = _later_base(last, published)
    if base is None or fields["unit"] not in ("hour", "day", "week", "month", "year"):
        return None
    if fields["unit"] == "hour":  # 'nekoliko sati prije': the day of that time
        return day_value(base), "day"
    try:
        return relative_value(base, fields["unit"], fields["number"])
    except (OverflowError, ValueError):
        return None


def _weekday_in_undated(match: TemporalMatch, resolved: tuple[str, str], anchored: dict[int, list[date]]) -> tuple[str, str]:
    """A bare weekday of an undated text: the day the text ties that weekday to, else the one nearest the inferred time."""
    days = anchored.get(match.fields["weekday"])
    return (day_value(days[-1]), "day") if days and match.fields.get("direction", 0) >= 0 else resolved


COMBINE_REACH = 4  # characters between two expressions that name one time: "u petak (4. lipnja)", "u svibnju prošle godine"


def combine(text: str, matches: list[TemporalMatch], published: datetime | None) -> list[TemporalMatch]:
    """Adjacent expressions that name one time, as one: a weekday and the date it
    falls on ('u petak (4. lipnja)': that date), a month or a date and the year
    said relatively ('u svibnju prošle godine', '28. svibnja prošle godine')."""
    out: list[TemporalMatch] = []
    i = 0
    last_year: int | None = None  # the year named last: 'iste godine' is it again
    while i < len(matches):
        current = matches[i]
        if current.kind == "same_year" and last_year is not None:
            current = TemporalMatch(current.start, current.end, "year", {"year": last_year})
        if "year" in current.fields and current.kind in ("year", "date", "month"):
            last_year = current.fields["year"]
        following = matches[i + 1] if i + 1 < len(matches) else None
        if following is not None and following.kind == "same_year" and last_year is not None \
                and current.kind in ("date", "month") and "year" not in current.fields and _adjacent(text, current, following):
            # 'u lipnju iste godine': June of the year named before
            out.append(TemporalMatch(current.start, following.end, current.kind, {**current.fields, "year": last_year}))
            i += 2
            continue
        if following is not None and _adjacent(text, current, following):
            merged = _merge_pair(current, following, published)
            if merged is not None:
                if "(" in text[current.end : following.start] and text[merged.end : merged.end + 1] == ")":
                    merged.end += 1  # 'u petak (4. lipnja)': the bracket closes the expression
                out.append(merged)
                i += 2
                continue
        out.append(current)
        i += 1
    return out


def _adjacent(text: str, first: TemporalMatch, second: TemporalMatch) -> bool:
    between = text[first.end : second.start]
    return len(between) <= COMBINE_REACH and all(c in " (,–-" for c in between)


def _merge_pair(first: TemporalMatch, second: TemporalMatch, published: datetime | None) -> TemporalMatch | None:
    if first.kind == "weekday" and second.kind == "date":
        return TemporalMatch(first.start, second.end, "date", dict(second.fields))
    if first.kind in ("date", "month") and "year" not in first.fields and second.kind == "relative" \
            and second.fields.get("unit") == "year" and published is not None:
        return TemporalMatch(first.start, second.end, first.kind, {**first.fields, "year": published.year + second.fields["offset"]})
    return None


def _set_direction(analysis: Analysis, match: TemporalMatch, part) -> None:
    """Which way an expression with no 'last'/'next' word points, from the tense of
    its own clause (the pack's FUTURE and PAST cues). A bare weekday is the latest
    one on or before publication unless its clause speaks in the future; a date
    or a month without its year is the nearest one, the next in a future clause,
    and a month also the last in a past one ('optužnicu je u siječnju podignuo').
    A day told in the past keeps the nearest: a past clause names future days
    ('pokrenule su kampanje za izbore 18. veljače'). The cue is the clause's own:
    in 'izjavila je u četvrtak kako će Kosovo ...' the future is the reported
    clause's, and the Thursday is past."""
    weekend = match.fields.get("unit") == "weekend" and match.fields.get("offset", 0) == 0
    if (match.kind not in ("weekday", "date", "month") and not weekend) or "year" in match.fields \
            or match.fields.get("direction", 0) != 0:
        return
    future_cue, past_cue = getattr(part, "FUTURE", None), getattr(part, "PAST", None)
    if future_cue is None and past_cue is None:
        return
    start, end = _clause(analysis, match, getattr(part, "CLAUSE_OPENER", None), getattr(part, "CLAUSE_BREAK", None))
    past = past_cue is not None and past_cue.search(analysis.text, start, end) is not None
    if future_cue is not None and future_cue.search(analysis.text, start, end):
        match.fields["direction"] = 1
    elif match.kind in ("date", "month") and not past and _deadline(analysis.text, match, getattr(part, "DEADLINE", None)):
        match.fields["direction"] = 1  # 'mjere vrijede do Božića': a deadline not yet past lies ahead
    elif (match.kind == "month" or weekend) and past_cue is not None and past_cue.search(analysis.text, start, end):
        match.fields["direction"] = -1


def _deadline(text: str, match: TemporalMatch, deadline: re.Pattern[str] | None) -> bool:
    """Is the expression, with the word before it, a deadline (the pack's DEADLINE: 'do 31. listopada')?"""
    if deadline is None:
        return False
    before = re.search(r"(\S+\s+)$", text[max(0, match.start - 20) : match.start])
    return deadline.match((before.group(1) if before else "") + text[match.start : match.end]) is not None \
        or deadline.match(text[match.start : match.end]) is not None


QUOTATION_END = re.compile(r"[\"”“»«]\s*,")  # a closing quotation mark before the reporting clause


def _clause(analysis: Analysis, match: TemporalMatch, clause_opener: re.Pattern[str] | None,
            clause_break: re.Pattern[str] | None) -> tuple[int, int]:
    """The character span of the clause an expression stands in; a quotation is a
    clause of its own ('"... će se složiti", citirala je izjavu od utorka')."""
    sentence = analysis.sentence_at(match.start)
    start, end = (sentence.start, sentence.end) if sentence else (0, len(analysis.text))
    for boundary in (QUOTATION_END, clause_opener, clause_break):
        if boundary is None:
            continue
        before = [m.end() for m in boundary.finditer(analysis.text, start, match.start)]
        after = boundary.search(analysis.text, match.end, end)
        start, end = (before[-1] if before else start), (after.start() if after else end)
    return start, end


# ---------------------------------------------------------------- values

def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"  # ISO 8601: four digits, also before the year 1000


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def unit_value(unit: str, day: date) -> tuple[str, str]:
    """The value of the week, month, year or decade that contains a day."""
    if unit == "day":
        return day_value(day), "day"
    if unit == "week":
        return week_value(day), "week"
    if unit == "month":
        return month_value(day.year, day.month), "month"
    if unit == "decade":
        return f"{day.year // 10}X", "decade"
    return f"{day.year:04d}", "year"


def resolve(match: TemporalMatch, published: datetime | None) -> tuple[str, str] | None:
    """(value, precision) of one expression; None when it needs a publication time that is
    missing, or when it would fall outside the calendar (before the year 1 or after 9999:
    'sutra' said on 9999-12-31)."""
    try:
        resolved = _resolve(match, published)
    except (OverflowError, ValueError):
        return None
    if resolved is not None and resolved[0].startswith("X"):
        return resolved
    if resolved is not None and resolved[1] in ("year", "season", "month", "week", "day", "minute") \
            and not 1 <= int(resolved[0][:resolved[0].index("-")] if "-" in resolved[0] else resolved[0]) <= MAX_YEAR:
        return None
    return resolved


MAX_YEAR = 9999  # the calendar of Python's dates (and of the store): years 1 to 9999


def _resolve(match: TemporalMatch, published: datetime | None) -> tuple[str, str] | None:
    f = match.fields
    kind = match.kind
    if kind == "duration":
        if f["unit"] == "decade":
            return f"P{10 * f['number']}Y", "duration"
        return f"P{f['number']}{DURATION_LETTERS[f['unit']]}", "duration"
    if kind == "year":
        return f"{f['year']:04d}", "year"
    if kind == "date" and "year" in f:
        try:
            day = date(f["year"], f["month"], f["day"])
        except ValueError:
            return None
        if "hour" in f:
            return f"{day.isoformat()}T{f['hour']:02d}:{f['minute']:02d}", "minute"
        return day_value(day), "day"
    if kind == "month" and "year" in f:
        return month_value(f["year"], f["month"]), "month"
    if published is None:
        if kind == "date":  # '1. studenog' in a text that fixes no year: TIMEX3's unknown year
            return f"XXXX-{f['month']:02d}-{f['day']:02d}", "day"
        return None
    today = published.date()
    if kind == "date":
        day = yearless_day(today, f["month"], f["day"], f.get("direction", 0))
        return (day_value(day), "day") if day is not None else None
    if kind == "month":
        return month_value(*yearless_month(today, f["month"], f.get("direction", 0))), "month"
    if kind == "season":
        return season_value(today, f["season"], f.get("offset", 0)), "season"
    if kind == "weekday":
        return day_value(weekday_near(today, f["weekday"], f.get("direction", 0))), "day"
    if kind in ("relative", "ago", "vague") and f["unit"] == "weekend":
        return week_value(weekend_saturday(today, f.get("offset", 0), f.get("direction", 0))), "week"
    if kind == "ago" and f["unit"] == "decade":  # 'prije jednog desetljeća': the year ten years back
        return f"{today.year + 10 * f['offset']:04d}", "year"
    if kind == "relative" and f["unit"] == "decade":  # 'prošlog desetljeća': the decade before this one
        return f"{today.year // 10 + f['offset']}X", "decade"
    if kind == "relative":
        return relative_value(today, f["unit"], f["offset"])
    if kind == "ago":
        return relative_value(today, f["unit"], f["offset"])
    if kind == "vague":
        return unit_value(f["unit"], today)
    if kind == "clock":
        return f"{today.isoformat()}T{f['hour']:02d}:{f['minute']:02d}", "minute"
    return None


def yearless_day(today: date, month: int, day: int, direction: int = 0) -> date | None:
    """The day a date written without its year names: the latest such day no more
    than FUTURE_REACH after today ('18. veljače' in January is next month, '7.
    travnja' in December last April, since news tells more of what was than of
    what will be); in a clause told in the future (direction 1), the next one.
    None when no year near today has that day (29 February)."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if direction > 0:
        return min((c for c in candidates if c >= today - FUTURE_SLACK), default=None)
    return max((c for c in candidates if c <= today + FUTURE_REACH), default=None)


def yearless_month(today: date, month: int, direction: int = 0) -> tuple[int, int]:
    """(year, month) of a month named without its year: the latest such month no
    more than FUTURE_REACH_MONTHS after this one ('za rujan' in June is this
    September, 'u travnju' in December last April); in a clause told in the future
    (direction 1) the next one, in the past (-1) the last."""
    here = today.year * 12 + today.month - 1
    candidates = [(year, month) for year in (today.year - 1, today.year, today.year + 1)]
    if direction > 0:
        return min((c for c in candidates if c[0] * 12 + c[1] - 1 >= here), key=lambda c: c[0] * 12 + c[1])
    reach = 0 if direction < 0 else FUTURE_REACH_MONTHS
    return max((c for c in candidates if c[0] * 12 + c[1] - 1 <= here + reach), key=lambda c: c[0] * 12 + c[1])


def weekend_saturday(today: date, offset: int, direction: int = 0) -> date:
    """The Saturday of the weekend meant: this week's ('ovog vikenda', 'tijekom
    vikenda'), except that told in the past on a weekday it is the one just gone
    ('dao je intervju tijekom vikenda' on a Monday); offset -1 the weekend before
    this week, +1 the next one to come."""
    saturday = today + timedelta(days=6 - today.isoweekday())  # this ISO week's Saturday
    if offset == 0:
        return saturday - timedelta(days=7) if direction < 0 and today.isoweekday() < 6 else saturday
    if offset > 0:
        return saturday + timedelta(days=7 * (offset - (1 if today.isoweekday() < 6 else 0)))
    return saturday + timedelta(days=7 * offset)


def season_value(today: date, season: str, offset: int) -> str:
    """'2005-SU': this year's such season (offset 0: 'ovog ljeta', 'this summer';
    a winter in January or February is the one begun in December before), the
    last one that has ended (-1: 'prošle zime'), or the next one to begin (1)."""
    year = today.year - (1 if season == "WI" and today.month < 3 else 0)
    if offset < 0:
        start, end = season_interval(f"{year:04d}-{season}")
        year -= 0 if end < today else 1
    elif offset > 0:
        start, _ = season_interval(f"{year:04d}-{season}")
        year += 0 if start > today else 1
    return f"{year:04d}-{season}"


def weekday_near(today: date, weekday: int, direction: int) -> date:
    """The latest such weekday on or before today (direction 0 or -1 'last'),
    or the next one after today (direction 1). OverflowError when that day lies
    outside the calendar (a Friday before 0001-01-01)."""
    delta = (today.isoweekday() - weekday) % 7
    if direction > 0:
        return today + timedelta(days=(weekday - today.isoweekday()) % 7 or 7)
    if direction < 0 and delta == 0:
        delta = 7
    return today - timedelta(days=delta)


def relative_value(today: date, unit: str, offset: int) -> tuple[str, str]:
    """The day, week, month or year `offset` units from today; OverflowError when
    that lies outside the years 1 to 9999."""
    if unit not in ("day", "week", "month") and not 1 <= today.year + offset <= MAX_YEAR:
        raise OverflowError(f"year {today.year + offset} is outside the calendar")
    if unit == "month" and not 1 <= shift_month(today.year, today.month, offset)[0] <= MAX_YEAR:
        raise OverflowError("month outside the calendar")
    if unit == "day":
        return day_value(today + timedelta(days=offset)), "day"
    if unit == "week":
        return week_value(today + timedelta(weeks=offset)), "week"
    if unit == "month":
        year, month = shift_month(today.year, today.month, offset)
        return month_value(year, month), "month"
    return f"{today.year + offset:04d}", "year"


# ---------------------------------------------------------------- events

def event_time(
    text: str,
    timexes: list[Timex],
    sentence_start: int,
    sentence_end: int,
    anchor: int,
    published: datetime | None,
    *,
    tense: str | None = None,
    clause_break: re.Pattern[str] | None = None,
    inferred: bool = False,
    lede: bool = False,
) -> tuple[str | None, str | None]:
    """(value, precision) for an event whose trigger is at `anchor`.

    The nearest expression in the same sentence and the same clause dates the
    event (durations never do; the clause ends at `clause_break`). With none,
    the publication time gives a coarse date, never a day, since an undated
    statement may refer to any recent time:
      present tense ("jača pritisak"): the publication week;
      past or unknown tense: the publication month;
      future tense: unknown (None).
    With a time inferred from an undated text (`inferred`), that day: it lies inside
    the week and the month an annotator reading the text would give. The lede in
    the past tense with no time word tells the news of the day: the publication
    day (ANNOTATION.md).
    """
    candidates = [
        t for t in timexes
        if sentence_start <= t.start < sentence_end and t.precision != "duration"
        and not _separated(text, t, anchor, clause_break)
    ]
    if candidates:
        nearest = min(candidates, key=lambda t: (min(abs(t.start - anchor), abs(t.end - anchor)), t.start > anchor))
        value = nearest.value
        if nearest.precision == "minute":
            return value[:10], "day"
        return value, nearest.precision
    if published is None or tense == "future":
        return None, None
    if inferred:
        # the day the text's own dates point to: inside the week and the month an annotator would give
        return day_value(published.date()), "day"
    if tense == "present":
        return week_value(published.date()), "week"
    if lede and tense == "past":
        return day_value(published.date()), "day"
    return month_value(published.year, published.month), "month"


def _separated(text: str, timex: Timex, anchor: int, clause_break: re.Pattern[str] | None) -> bool:
    if clause_break is None:
        return False
    low, high = sorted((timex.end, anchor))
    return clause_break.search(text, low, high) is not None

