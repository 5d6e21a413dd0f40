"""Where an event happened: the place its own clause names (issue 17).

Language-neutral: the pack's `places` module finds the place phrases ('u
Beču', 'in Berlin', 'iz Beograda') and the gazetteer (`kronika.places`)
resolves them. The place of an event is the first phrase of its clause that
says where ('u Novom Sadu', 'in Berlin'); failing that, the first that says
where to ('doputovao je u Zagreb', 'posjetio je Sarajevo', 'flew to Kyiv': a
visit happens where it goes); a place something comes from ('iz Beograda') is
none. A country named first and a place of that country after it ('u
Francuskoj, u Strasbourgu') give the narrower place. Same-named places are
told apart by the actors' countries and by the countries the sentence names.
A clause that names no place gives None: the caller decides (a visit's place
is its host's capital, a dateline's city the article's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kronika.model import Location
from kronika.places import PlacePhrase, country_location, gazetteer, resolve, to_location
from kronika.text import Sentence


def event_location(sentence: Sentence, first: int, last: int, part, places_part, countries: Iterable[str] = ()) -> Location | None:
    """The place of an event whose clause is tokens[first..last] (inclusive) of
    `sentence`. `part`: the pack's events part (unused for now: for clause
    rules a pack may add); `places_part`: the pack's `places` module
    (`kronika.lang.pack_part(pack, 'places')`); `countries`: ISO alpha-3
    codes of the event's actor and recipient."""
    phrases = places_part.place_phrases(sentence.tokens, first, last)
    if not phrases:
        return None
    chosen = _pick(phrases)
    if chosen is None:
        return None
    hint = set(countries) | _named_countries(phrases)
    place = chosen.place(hint)
    if place is None:
        return None
    if place.feature == "country":
        # 'u Francuskoj, u Strasbourgu': the narrower place of the same country
        narrower = next((p for p in phrases if p is not chosen and p.role == chosen.role
                         and (q := p.place(hint)) is not None and q.feature == "city" and q.country == place.country), None)
        if narrower is not None:
            chosen, place = narrower, narrower.place(hint)
    return to_location(place, chosen.text)


def _pick(phrases: list[PlacePhrase]) -> PlacePhrase | None:
    for role in ("at", "to"):
        found = next((p for p in phrases if p.role == role), None)
        if found is not None:
            return found
    return None


def _named_countries(phrases: list[PlacePhrase]) -> set[str]:
    """The countries the phrases name as countries ('u Strasbourgu u Francuskoj': FRA)."""
    g = gazetteer()
    named = set()
    for phrase in phrases:
        for index, _, _ in phrase.candidates:
            place = g.places[index]
            if place.feature == "country" and place.country:
                named.add(place.country)
    return named


# --- the places of one article's events --------------------------------------------------------

# A wire dateline at the head of an article: 'ZAGREB, 3. prosinca (Hina) –', 'BERLIN (Reuters) -', 'NOVI SAD, Dec 11'
WIRE_DATELINE = re.compile(r"[ \t]*(?P<name>[A-ZČĆŽŠĐ][A-ZČĆŽŠĐÀ-ÞA-Z'’.-]{2,}(?: [A-ZČĆŽŠĐÀ-ÞA-Z'’.-]{2,}){0,3})"
                           r"(?:/[A-ZČĆŽŠĐ' -]+)?\s*(?:,|\()")
DATELINE_LINES = 6  # lines at the head of an article in which a dateline may stand
MISSING = object()


class ArticlePlaces:
    """Where the events of one article happened: the place phrases of each
    event's own clause (`event_location`), failing that the host's country
    for a visit ('posjetio je Hrvatsku': a visit happens at the host's), and
    failing that the city of the article's wire dateline when a party of the
    event is of its country ('ZAGREB, 3. prosinca (Hina) – Vlada je ...'). The
    gazetteer is not touched before an event's clause names a candidate place."""

    __slots__ = ("part", "code", "head", "_dateline")

    def __init__(self, pack, text: str, header_end: int = 0) -> None:
        from kronika.lang import UnknownLanguage, pack_part

        try:
            self.part = pack_part(pack, "places")
        except UnknownLanguage:
            self.part = None  # a pack with no place phrases yet: its events have no place
        self.code = pack.code
        end = text.find("\n", header_end)
        for _ in range(DATELINE_LINES - 1):
            if end < 0:
                break
            end = text.find("\n", end + 1)
        self.head = text[: end if end >= 0 else len(text)][:2000]
        self._dateline = MISSING

    def dateline(self) -> Location | None:
        """The city of the article's wire dateline, or None."""
        if self._dateline is MISSING:
            self._dateline = None
            for line in self.head.splitlines()[:DATELINE_LINES + 4]:
                match = WIRE_DATELINE.match(line)
                if match is None:
                    continue
                name = match.group("name").strip(" .-'’")
                found = resolve(name, lang=self.code) if any(ch.islower() for ch in line[match.end():match.end() + 80]) else None
                if found is not None and found.feature == "city":
                    self._dateline = found.model_copy(update={"text": match.group("name")})
                    break
        return self._dateline

    def of(self, sentence: Sentence, clauses: Iterable[range], countries: Iterable[str] = (), mode: str | None = None,
           host=None) -> Location | None:
        """The place of an event told in `sentence`, whose clause is the first of `clauses` (token ranges,
        narrowest first) that names one; `countries`: its parties'; `host`: for a visit, the one visited."""
        if self.part is None:
            return None
        hint = {c for c in countries if c}
        for clause in clauses:
            found = event_location(sentence, clause.start, clause.stop - 1, None, self.part, hint)
            if found is not None:
                return found
        if mode == "visit" and host is not None and host.country:
            found = country_location(host.country, host.text)
            if found is not None:
                return found
        dateline = self.dateline()
        if dateline is not None and dateline.country in hint:
            return dateline
        return None
