"""English temporal expressions, for the engine in kronika.temporal."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kronika.datafiles import TemporalWords
from kronika.lang.wordregex import data_word_alternation as _alt
from kronika.temporal.matches import TemporalMatch, longest_without_overlap

WORDS = TemporalWords(Path(__file__).parent / "data" / "temporal.yaml")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    d, look = WORDS.data, WORDS.lookups
    month, weekday, unit = _alt(look["month"]), _alt(look["weekday"]), _alt(look["unit"])
    number = r"\d{1,3}|" + _alt(look["number"])
    year = r"(?P<year>(?:19|20)\d{2})"
    rules = [
        ("date", rf"\b(?P<month_name>{month})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{year})?"),
        ("date", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_name>{month})(?:\s+{year})?\b"),
        ("date", rf"\b(?P<iso>{year}-(?P<m2>\d{{2}})-(?P<d2>\d{{2}}))\b"),
        ("month", rf"\b(?:in\s+)?(?P<month_name>{month})\s+{year}\b"),
        ("month", rf"\bin\s+(?P<month_name>{month})\b"),
        ("year", rf"\b(?:in|since|by|until)\s+{year}\b"),
        ("weekday", rf"\b(?:on\s+)?(?:(?P<mod>{_alt(d['weekday_next'] + d['weekday_last'])})\s+)?(?P<weekday>{weekday})\b"),
        ("vague", rf"\b(?P<vague>{_alt(d['vague'])})\b"),
        ("relative_word", rf"\b(?P<word>{_alt(d['relative_words'])})\b"),
        ("relative", rf"\b(?P<which>{_alt(d['relative_this'] + d['relative_last'] + d['relative_next'])})\s+(?P<unit>{unit})\b"),
        ("season", rf"\b(?:(?P<which>{_alt(d['relative_this'] + d['relative_last'] + d['relative_next'])})|in(?:\s+the)?)\s+(?P<season>{_alt(look['season'])})\b"),
        ("ago", rf"\b(?P<number>{number})\s+(?P<unit>{unit})\s+ago\b"),
        ("ahead", rf"\bin\s+(?P<number>{number})\s+(?P<unit>{unit})\b(?!\s+ago)"),
        ("duration", rf"\b(?:{_alt(d['duration_lead'])})\s+(?P<number>{number})\s+(?P<unit>{unit})\b"),
    ]
    return [(kind, re.compile(p, re.IGNORECASE)) for kind, p in rules]


def _fields(kind: str, m: re.Match[str]) -> tuple[str, dict]:
    d, look = WORDS.data, WORDS.lookups
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "month_name" in g:
        g["month"] = look["month"][g.pop("month_name").lower()]
    if "iso" in g:
        g.pop("iso")
        g["month"], g["day"] = int(g.pop("m2")), int(g.pop("d2"))
    for key in ("day", "year"):
        if key in g:
            g[key] = int(g[key])
    if kind == "weekday":
        g["weekday"] = look["weekday"][g["weekday"].lower()]
        mod = g.pop("mod", "").lower()
        g["direction"] = 1 if mod in d["weekday_next"] else -1 if mod in d["weekday_last"] else 0
    if "unit" in g:
        g["unit"] = look["unit"][g["unit"].lower()]
    if "number" in g:
        text = g.pop("number").lower()
        g["number"] = int(text) if text.isdigit() else look["number"][text]
    if kind == "season":
        g["season"] = look["season"][g["season"].lower()]
        which = g.pop("which", "").lower()
        g["offset"] = -1 if which in d["relative_last"] else 1 if which in d["relative_next"] else 0
    if kind == "relative":
        which = g.pop("which").lower()
        g["offset"] = -1 if which in d["relative_last"] else 1 if which in d["relative_next"] else 0
    if kind == "ago":
        g["offset"] = -g.pop("number")
    if kind == "ahead":
        g["offset"] = g.pop("number")
        kind = "ago"
    if kind == "vague":
        g["unit"] = d["vague"][" ".join(g.pop("vague").lower().split())]
    if kind == "relative_word":
        unit, offset = d["relative_words"][" ".join(g.pop("word").lower().split())]
        g.update(unit=unit, offset=offset)
        kind = "relative"
    return kind, g


def find(text: str) -> list[TemporalMatch]:
    candidates = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            if kind == "date" and m.group(0).lower().startswith("may ") and not any(ch.isdigit() for ch in m.group(0)):
                continue
            resolved_kind, fields = _fields(kind, m)
            candidates.append(TemporalMatch(m.start(), m.end(), resolved_kind, fields))
    return longest_without_overlap(candidates)


CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|and)\s|;\s", re.IGNORECASE)

# Future: a bare weekday in a sentence with one of these is the next such day.
FUTURE = re.compile(r"\b(?:will|shall|'ll|is due to|are due to|is to|are to|plans? to|intends? to)\b", re.IGNORECASE)

# Past: a past auxiliary or a regular past form ('was signed', 'met in January' is not one: irregular forms are not known)
PAST = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b", re.IGNORECASE)
