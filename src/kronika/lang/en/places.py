"""English place phrases: 'in Berlin', 'at the UN in Geneva', 'in northern
Kosovo', 'in the Gaza Strip', 'visited Kyiv', 'from Moscow' → the places of
the gazetteer (`kronika.places`). Names are looked up under the actors'
word key (`kronika.lang.en.actors.word_key`: case and accents off)."""

from __future__ import annotations

from collections.abc import Iterator

from kronika.datafiles import load_tsv
from kronika.lang.en.actors import DATA as ACTOR_DATA, word_key
from kronika.places import PlacePhrase, _Caps, _Keys, longest_place, nominative_of
from kronika.text import Token

CODE = "en"
# English capitalises every name: a bare word is taken for a city only when the city is this big
BARE_CITY_POPULATION = 1_000_000

PREPOSITIONS = {"in": "at", "at": "at", "near": "at", "outside": "at", "inside": "at", "across": "at", "throughout": "at",
                "to": "to", "into": "to", "from": "from"}
# words between a preposition and the place: 'in the north of Kosovo', 'in northern Syria', 'in the capital Kyiv'
AREA_WORDS = frozenset({
    "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "of", "capital", "city", "town", "region", "province", "village",
    "outskirts", "suburbs", "centre", "center", "heart", "area", "streets", "occupied", "breakaway",
})
MAX_AREA_WORDS = 4
# capitalised words after 'in' that are times, not places ('in March' is no town in Cambridgeshire)
NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "parliament",
    "congress", "english", "christmas", "easter",
})
VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "toured", "tours", "tour", "touring"})
VISIT_REACH = 3


def place_labels() -> Iterator[tuple[str, str]]:
    """(English name, ISO alpha-3) of the countries: the actors' countries.tsv names and CLDR's."""
    import pycountry
    from babel import Locale

    for alpha2, name in Locale("en").territories.items():
        country = pycountry.countries.get(alpha_2=alpha2) if alpha2.isalpha() and len(alpha2) == 2 else None
        if country is not None:
            yield name, country.alpha_3
    for row in load_tsv(ACTOR_DATA / "countries.tsv"):
        for name in filter(None, (row["names"] or "").split(";")):
            yield name, row["iso3"]


def label_preference(name: str) -> tuple[int, int]:
    """Of a place's names under one key, the one English writes: plain letters, then the shorter."""
    return (-sum(1 for ch in name if ord(ch) > 127), -len(name))


def place_phrases(tokens: list[Token], first: int = 0, last: int | None = None) -> list[PlacePhrase]:
    """The place phrases of tokens[first..last] (inclusive), in order."""
    last = len(tokens) - 1 if last is None else min(last, len(tokens) - 1)
    if last < first:
        return []
    stop = last + 1
    keys, capitalised = _Keys(tokens, word_key), _Caps(tokens, NOT_PLACES)
    found: list[PlacePhrase] = []
    taken = -1
    for i in range(first, stop):
        if i <= taken:
            continue
        word = tokens[i].text.lower()
        phrase = None
        if word in PREPOSITIONS:
            phrase = _after_preposition(tokens, keys, capitalised, i, stop)
        elif word in VISIT_WORDS:
            phrase = _visited(tokens, keys, capitalised, i, stop)
        if phrase is not None:
            found.append(phrase)
            taken = phrase.last
    return found


def _after_preposition(tokens, keys, capitalised, i: int, stop: int) -> PlacePhrase | None:
    preposition = tokens[i].text.lower()
    j = i + 1
    for _ in range(MAX_AREA_WORDS + 1):
        if j >= stop or tokens[j].is_punct:
            return None
        match = longest_place(keys, j, stop, CODE, capitalised)
        if match is not None:
            n, entries = match
            return _phrase(tokens, j, j + n - 1, PREPOSITIONS[preposition], preposition, entries)
        if capitalised[j] or tokens[j].text.lower() not in AREA_WORDS:
            return None
        j += 1
    return None


def _visited(tokens, keys, capitalised, i: int, stop: int) -> PlacePhrase | None:
    for j in range(i + 1, min(stop, i + 1 + VISIT_REACH)):
        if tokens[j].is_punct or tokens[j].text.lower() in PREPOSITIONS:
            return None
        if capitalised[j]:
            match = longest_place(keys, j, stop, CODE, capitalised)
            if match is None:
                return None  # 'visited Scholz': a person visited
            n, entries = match
            return _phrase(tokens, j, j + n - 1, "to", None, entries)
    return None


def _phrase(tokens, first: int, last: int, role: str, preposition: str | None, entries) -> PlacePhrase:
    text = " ".join(t.text for t in tokens[first:last + 1])
    return PlacePhrase(first, last, text, nominative_of(entries), role, preposition, entries)
