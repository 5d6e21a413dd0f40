"""Croatian temporal expressions: where they are and what they say.

The spans are found with rules built from data/temporal.yaml (every case
form of months, weekdays and units); what they mean is handed to the
language-neutral engine in kronika.temporal as a TemporalMatch (kind and
fields), which resolves it against the publication time.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kronika.datafiles import TemporalWords
from kronika.lang.wordregex import data_word_alternation as _alternation
from kronika.temporal.matches import TemporalMatch, longest_without_overlap

WORDS = TemporalWords(Path(__file__).parent / "data" / "temporal.yaml")


DIGITS = frozenset({"0"})  # stands for any number as the first word of a rule


def _first_words(phrases) -> frozenset[str]:
    return frozenset(str(phrase).split()[0] for phrase in phrases)


@cache
def _patterns(ignore_case: bool = False) -> list[tuple[str, frozenset[str], re.Pattern[str]]]:
    """The rules, each with the words it can open with; without ignore_case
    they expect lower-cased text (much faster than re.IGNORECASE)."""
    d = WORDS.data
    look = WORDS.lookups
    month = _alternation(look["month"])
    weekday = _alternation(look["weekday"])
    unit = _alternation(look["unit"])
    number = r"\d{1,3}|" + _alternation(look["number"])
    this, last, following = (_alternation(d[k]) for k in ("relative_this", "relative_last", "relative_next"))
    clock = r"(?:\s*,?\s*(?:u\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*sati)?)?"
    year_words = r"(?:\s+godin[ae]?)?"
    month_leads = ["u", "tijekom", "do", "od", "početkom", "krajem", "sredinom", "prošlog", "prošle", "koncem", "konca",
                   "kraja", "početka", "sredine", "za"]
    flags = re.IGNORECASE if ignore_case else 0
    rules = [
        ("numeric_date", DIGITS, rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?(?P<year>\d{{4}})\.?{clock}"),
        ("date", DIGITS, rf"\b(?P<day>\d{{1,2}})\.\s*(?P<month_name>{month})\b(?:\s+(?P<year>\d{{4}})\.?{year_words})?"),
        ("month", _first_words(month_leads),
         rf"\b(?:(?:{'|'.join(month_leads)})\s+)(?P<month_name>{month})\b(?:\s+(?P<year>\d{{4}})\.?{year_words})?"),
        ("month", _first_words(look["month"]), rf"\b(?P<month_name>{month})\s+(?P<year>\d{{4}})\.?{year_words}"),
        ("year", DIGITS, rf"\b(?P<year>(?:19|20)\d{{2}})\.(?:\s+godin[ae]?\b)?"),
        ("year", DIGITS, rf"\b(?P<year>(?:19|20)\d{{2}})\s+godin[ae]?\b"),
        ("weekday", _first_words(look["weekday"]), rf"\b(?P<weekday>{weekday})\b"),
        ("relative", _first_words(d["relative_this"] + d["relative_last"] + d["relative_next"]),
         rf"\b(?P<which>{this}|{last}|{following})\s+(?:(?:je|su|smo|sam)\s+)?(?P<unit>{unit})\b"),
        ("ago", _first_words(d["ago"] + d["ahead"]),
         rf"\b(?P<direction>{_alternation(d['ago'] + d['ahead'])})\s+(?P<number>{number})\s+(?P<unit>{unit})\b"),
        # 'tri godine od kada je ubijen': that many units back
        ("since", DIGITS | frozenset(look["number"]),
         rf"\b(?P<number>{number})\s+(?P<unit>{unit})\s+(?:{_alternation(d['since'])})\b"),
        ("duration", _first_words(d["duration_lead"]),
         rf"\b(?:{_alternation(d['duration_lead'])})\s+(?P<number>{number})\s+(?P<unit>{unit})\b"),
        ("vague", _first_words(d["vague"]), rf"\b(?P<vague>{_alternation(d['vague'])})\b"),
        ("relative_word", _first_words(d["relative_words"]), rf"\b(?P<word>{_alternation(d['relative_words'])})\b"),
        # 'trodnevni posjet', 'šestogodišnja kazna': a duration in one adjective
        ("duration_adjective", frozenset(p + st + e for p in d["duration_prefixes"] for st in d["duration_stems"] for e in d["duration_endings"]),
         rf"\b(?P<dprefix>{_alternation(d['duration_prefixes'])})(?P<dstem>{_alternation(d['duration_stems'])})(?:{_alternation(d['duration_endings'])})\b"),
        # 'na godinu dana', 'manje od mjesec dana': one unit
        ("one_unit", _first_words(d["duration_lead"]),
         rf"\b(?:{_alternation(d['duration_lead'])})\s+(?P<oneunit>{_alternation(d['one_unit'])})\b"),
        ("one_unit", _first_words(d["one_unit"]), rf"\b(?P<oneunit>{_alternation(d['one_unit'])})\b"),
        ("clock", frozenset({"u"}), r"\bu\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*sati)?\b|\bu\s+(?P<hour2>\d{1,2})\s+sati\b"),
        # '5:58 ujutro', '20.30 navečer': a time of day told with its part of the day needs no 'u'
        ("clock", DIGITS, rf"\b(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:\s*sati)?\s+(?P<part>{_alternation(d['parts_of_day'])})\b"),
        ("season", _first_words(d["relative_this"] + d["relative_last"] + d["relative_next"] + ["u", "na", "tijekom", "početkom", "krajem", "sredinom", "do"]),
         rf"\b(?:(?P<which>{this}|{last}|{following})|u|na|tijekom|početkom|krajem|sredinom|do)\s+(?P<season>{_alternation(look['season'])})\b"),
        ("season", _first_words(d["season_words"]), rf"\b(?P<season_word>{_alternation(d['season_words'])})\b"),
        ("same_year", _first_words(d["same_year"]), rf"\b(?:{_alternation(d['same_year'])})\b"),
        # 'tjedan dana kasnije', 'tri dana poslije': that long after the time named before
        ("later", _first_words(d["one_unit"]) | DIGITS | frozenset(look["number"]),
         rf"\b(?:(?P<oneunit>{_alternation(d['one_unit'])})|(?P<number>{number})\s+(?P<unit>{unit}))\s+(?P<later>{_alternation(d['later'])})\b"),
        # 'nekoliko sati prije rasprave', 'dva sata kasnije': the same day as the time named before
        ("later", DIGITS | frozenset(look["number"]),
         rf"\b(?P<number>{number})\s+(?P<hours>sat|sata|sati)\s+(?:prije|nakon|poslije|kasnije|ranije)\b"),
        # '120 dana pregovora', 'dvije godine zatvora': a number of units is a span of time
        ("duration", DIGITS | frozenset(look["number"]), rf"\b(?P<number>{number})\s+(?P<unit>{unit})\b"),
        ("same_month", _first_words(d["same_month"]), rf"\b(?:{_alternation(d['same_month'])})\b"),
        ("same_day", _first_words(d["same_day"]), rf"\b(?:{_alternation(d['same_day'])})\b"),
        ("holiday", _first_words(list(look["holiday"]) + ["do", "uoči", "za"]),
         rf"\b(?:(?:do|uoči|za)\s+)?(?P<holiday>{_alternation(look['holiday'])})\b"),
    ]
    # A rule that opened with optional words scanned slowly: those words are
    # now a prefix matched leftwards from the core (see _PREFIXES).
    # The leading \b goes: find() tries a rule only where a word begins.
    return [(kind, first, re.compile(pattern.removeprefix(r"\b"), flags)) for kind, first, pattern in rules]


@cache
def _rules_by_first_word(ignore_case: bool = False) -> dict[str, list[int]]:
    """Word (or digit) a rule can open with → the rules, in rule order."""
    by_first: dict[str, list[int]] = {}
    for number, (_, first, _) in enumerate(_patterns(ignore_case)):
        for word in first:
            by_first.setdefault(word, []).append(number)
    return by_first


@cache
def _openings(ignore_case: bool = False) -> re.Pattern[str]:
    """A number, or a whole word some rule can open with, at the start of a word: the places worth trying."""
    words = _alternation(word for word in _rules_by_first_word(ignore_case) if word != "0")
    return re.compile(rf"\b(?:\d\w*|(?:{words})(?!\w))", re.IGNORECASE if ignore_case else 0)


_PREFIX_REACH = 40  # characters before a core match that its optional lead words may take


@cache
def _prefixes(ignore_case: bool = False) -> dict[str, re.Pattern[str]]:
    """Optional words before a year ('od 2013.') or a weekday ('u prošli petak'), matched up to the core."""
    day_mod = _alternation(WORDS.data["weekday_next"] + WORDS.data["weekday_last"])
    flags = re.IGNORECASE if ignore_case else 0
    return {
        "year": re.compile(r"\b(?:(?:od|u|do|iz|tijekom|početkom|krajem|sredinom|koncem|prije)\s+)?\Z", flags),
        "weekday": re.compile(rf"\b(?:(?P<lead>u|za|od|do)\s+)?(?:(?P<mod>{day_mod})\s+)?\Z", flags),
        # 'ranije ovog tjedna', 'kasnije ovog mjeseca', 'do kraja ove godine': the same span of time
        "relative": re.compile(r"\b(?:(?:ranije|kasnije|početkom|krajem|koncem|sredinom|do kraja|do konca)\s+)?\Z", flags),
        "same_month": re.compile(r"\b(?:(?:ranije|kasnije|početkom|krajem|koncem|sredinom|do kraja|do konca)\s+)?\Z", flags),
        "same_day": re.compile(r"\b(?:(?:ranije|kasnije)\s+)?\Z", flags),
    }


def _which(word: str) -> int:
    d = WORDS.data
    lowered = word.lower()
    if lowered in d["relative_last"]:
        return -1
    if lowered in d["relative_next"]:
        return 1
    return 0


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(WORDS.lookups["number"][text.lower()])


def _fields(kind: str, groups: dict[str, str | None]) -> dict:
    look = WORDS.lookups
    g = {k: v for k, v in groups.items() if v is not None}
    if "month_name" in g:
        g["month"] = look["month"][g.pop("month_name").lower()]
    for key in ("day", "month", "year", "hour", "minute"):
        if key in g and isinstance(g[key], str):
            g[key] = int(g[key])
    if "hour2" in g:
        g["hour"], g["minute"] = int(g.pop("hour2")), 0
    if "part" in g:  # '8:30 navečer' is 20:30
        if WORDS.data["parts_of_day"][g.pop("part").lower()] == "pm" and g["hour"] < 12:
            g["hour"] += 12
    if kind == "season":
        g["season"] = look["season"][g["season"].lower()] if "season" in g else WORDS.data["season_words"][g.pop("season_word").lower()]
        g["offset"] = _which(g.pop("which", ""))
    if kind == "holiday":
        month, day = WORDS.lookups["holiday"][g.pop("holiday").lower()]
        g.update(month=month, day=day)
        kind = "date"
    if kind == "weekday":
        g["weekday"] = look["weekday"][g["weekday"].lower()]
        mod = g.pop("mod", "").lower()
        g["direction"] = 1 if mod in WORDS.data["weekday_next"] else -1 if mod in WORDS.data["weekday_last"] else 0
        g.pop("lead", None)
    if kind == "since":
        g["direction"], kind = WORDS.data["ago"][0], "ago"  # as "prije tri godine"
    if kind in ("relative", "ago", "duration"):
        g["unit"] = look["unit"][g["unit"].lower()]
    if kind == "relative":
        g["offset"] = _which(g.pop("which"))
    if kind in ("ago", "duration"):
        g["number"] = _number(g["number"])
    if kind == "ago":
        g["offset"] = -g.pop("number") if g.pop("direction").lower() in WORDS.data["ago"] else g.pop("number")
    if kind == "vague":
        g["unit"] = WORDS.data["vague"][" ".join(g.pop("vague").lower().split())]
    if kind == "relative_word":
        unit, offset = WORDS.data["relative_words"][g.pop("word").lower()]
        g.update(unit=unit, offset=offset)
        kind = "relative"
    if kind == "numeric_date":
        kind = "date"
    if kind == "duration_adjective":
        d = WORDS.data
        g = {"unit": d["duration_stems"][g.pop("dstem").lower()], "number": int(d["duration_prefixes"][g.pop("dprefix").lower()])}
        kind = "duration"
    if kind == "later":
        if "oneunit" in g:
            g["unit"], g["number"] = WORDS.data["one_unit"][" ".join(g.pop("oneunit").lower().split())], 1
        elif "hours" in g:  # 'nekoliko sati kasnije': the same day
            g.pop("hours")
            g["unit"], g["number"] = "hour", _number(g["number"])
            g.pop("later", None)
        else:
            g["unit"], g["number"] = look["unit"][g["unit"].lower()], _number(g["number"])
        if "later" in g:
            g["number"] *= WORDS.data["later"][" ".join(g.pop("later").lower().split())]
    if kind == "one_unit":
        g = {"unit": WORDS.data["one_unit"][" ".join(g.pop("oneunit").lower().split())], "number": 1}
        kind = "duration"
    return {"kind": kind, **g}


def find(text: str) -> list[TemporalMatch]:
    """Every temporal expression in the text; overlaps go to the longer span."""
    candidates: list[TemporalMatch] = []
    lowered = text.lower()
    # lower() keeps offsets for Croatian text; where it does not (rare letters), match case-blind instead
    searched, patterns = (lowered, _patterns()) if len(lowered) == len(text) else (text, _patterns(True))
    ignore_case = patterns is not _patterns()
    prefixes = _prefixes(ignore_case)
    by_first = _rules_by_first_word(ignore_case)
    resume = [0] * len(patterns)  # each rule's matches do not overlap: where it may match next
    # One scan for the words rules open with; a rule is tried only where one begins a word.
    for word in _openings(ignore_case).finditer(searched):
        position = word.start()
        opening = word.group()
        numbers = by_first.get("0" if opening[0].isdigit() else opening.lower() if ignore_case else opening)
        if not numbers:
            continue
        for number in numbers:
            if position < resume[number]:
                continue
            kind, _, pattern = patterns[number]
            m = pattern.match(searched, position)
            if m is None:
                continue
            resume[number] = max(m.end(), position + 1)
            groups = m.groupdict()
            start = m.start()
            if kind in prefixes:
                lead = prefixes[kind].search(searched, max(0, start - _PREFIX_REACH), start)
                if lead is not None:
                    groups.update(lead.groupdict())
                    start = lead.start()
            fields = _fields(kind, groups)
            end = m.end()
            if kind in ("weekday", "date", "numeric_date", "relative_word"):
                part_of_day = PART_OF_DAY.match(searched, end)  # 'u petak rano ujutro': the same day
                end = part_of_day.end() if part_of_day else end
            candidates.append(TemporalMatch(start, end, fields.pop("kind"), fields))
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return longest_without_overlap(candidates)


# A deadline ('do kraja godine', 'do 31. listopada') is when something is due, not when the
# sentence's event happens: it dates no event.
DEADLINE = re.compile(r"^(?:najkasnije\s+)?do\b", re.IGNORECASE)

# A part of the day after a day names the same day ('u petak rano ujutro', 'jučer navečer').
PART_OF_DAY = re.compile(r"\s+(?:(?:rano|kasno)\s+)?(?:ujutro|ujutru|navečer|uvečer|poslijepodne|popodne|prijepodne|noću|u podne|u zoru)\b")

# Words that end one clause and start another: an expression of time on the
# far side of one of these does not date an event on this side.
CLAUSE_BREAK = re.compile(r",\s+(?:a|ali|no|dok|nakon što|te|u vrijeme dok|u vrijeme kad)\s|;\s|\s–\s", re.IGNORECASE)

# Words that open a clause of its own ('rekla je u četvrtak kako će ...'): a cue of the future
# beyond one of these is that clause's, not the weekday's.
CLAUSE_OPENER = re.compile(r"\b(?:da|kako|što|jer|ako|koji|koja|koje|kojeg|kojem|kojim|kojoj|koju|kojih)\b", re.IGNORECASE)

# Future: 'će' and its forms, 'ćemo', 'ćete', 'hoće', and what is due ('treba se sastati u srijedu')...
FUTURE = re.compile(r"\b(?:ću|ćeš|će|ćemo|ćete|hoće|namjerava|planira|treba|trebaju)\b", re.IGNORECASE)

# Past: an auxiliary beside an l-participle or a passive participle, either order
# ('je u siječnju podignuo', 'je završeno', 'sastao se je', 'potpisali su').
_PARTICIPLE = r"[^\W\d_]{1,}(?:ao|eo|io|uo|la|lo|li|le|en|ena|eno|eni|ene|an|ana|ano|ani|ane)"
PAST = re.compile(rf"\b(?:je|su|sam|smo|ste|si|nije|nisu)\b(?:\s+[^\s,.;]+){{0,3}}?\s+{_PARTICIPLE}\b"
                  rf"|\b{_PARTICIPLE}\s+(?:se\s+)?(?:je|su|sam|smo|ste)\b", re.IGNORECASE)
