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

from collections.abc import Iterable

from kronika.model import Location
from kronika.places import PlacePhrase, gazetteer, to_location
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
