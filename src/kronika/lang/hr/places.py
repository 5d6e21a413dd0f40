"""Croatian place phrases: 'u Beču', 'na Kosovu', 'u Novom Sadu', 'u Bruxellesu',
'iz Beograda', 'na sjeveru Kosova', 'posjetio je Sarajevo' → the places of
the gazetteer (`kronika.places`), with their nominatives.

A name in any case is found under the actors' word key
(`kronika.lang.hr.actors.word_key`: 'Beču' and 'Beč' both key 'bec', 'Novom
Sadu' and 'Novi Sad' both 'nov sad'); where that key cuts a nominative
apart from its other forms ('Kijev' → 'kijev', 'Kijevu' → 'kij'), the last
word of a name is also looked up by its stem, one case ending off (`stem_key`). Country names in Croatian
come from CLDR and data/actors/countries.tsv, as for the actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kronika.datafiles import load_tsv
from kronika.lang.hr.actors import DATA as ACTOR_DATA, word_key
from kronika.places import PlacePhrase, _Caps, _Keys, fold, longest_place, nominative_of
from kronika.text import Token

CODE = "hr"

# preposition → what it says of the place ('u'/'na' take the locative, 'at', or the accusative, 'to': see _role)
PREPOSITIONS = {
    "u": "at", "na": "at", "kod": "at", "pokraj": "at", "blizu": "at", "nedaleko": "at", "izvan": "at", "oko": "at",
    "iz": "from", "s": "from", "sa": "from", "prema": "to", "do": "to",
}
# words between a preposition and the place that name a part of it: 'na sjeveru Kosova', 'u glavnom gradu Srbije'
AREA_WORDS = frozenset(word_key(w) for w in (
    "sjever", "jug", "istok", "zapad", "sjeveroistok", "sjeverozapad", "jugoistok", "jugozapad", "središte", "centar",
    "blizina", "okolica", "predgrađe", "područje", "regija", "pokrajina", "grad", "glavni", "dio", "granica", "teritorij",
    "sjeverni", "južni", "istočni", "zapadni", "središnji", "prijestolnica", "ulica", "ulice", "predjel", "provincija",
    "od",  # 'nedaleko od Zagreba'
))
MAX_AREA_WORDS = 3
# verbs and nouns of visiting, whose object is the place visited: 'posjetio je Sarajevo', 'posjetu Cipru'
VISIT_PREFIXES = ("posjet", "obiš", "obilaz", "obići")
VISIT_REACH = 4  # words after the visit word in which its object may stand ('posjetio je u utorak Sarajevo')
INSTRUMENTAL = ("om", "em", "im", "ima", "ama", "ijom", "jom")  # 's Madurom', 's Moskvom': 'with', not 'from'


STEM_ENDINGS = ("ju", "om", "em", "oj", "u", "a", "e", "i", "o")
SIBILANTS = {"c": "k", "z": "g", "s": "h"}  # Rijeci ← Rijeka, Rizi ← Riga: the stem of the locative


@lru_cache(maxsize=100_000)
def stem_key(word: str) -> str:
    """The word with one case ending off ('Kijevu', 'Kijev' → 'kijev';
    'Sarajevu', 'Sarajevo' → 'sarajev'; 'Tokiju', 'Tokio' → 'toki'), where
    `word_key`, which takes off the longest ending, cuts the two apart."""
    lowered = fold(word)
    for ending in STEM_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            return lowered[: -len(ending)]
    if len(lowered) >= 5 and lowered[-2] == "a" and lowered[-1] in "ck" and lowered[-3] not in "aeiou":
        return lowered[:-2] + lowered[-1]  # the fleeting a: 'Kragujevac' and 'Kragujevcu', 'Sisak' and 'Sisku' stem alike
    return lowered


@lru_cache(maxsize=100_000)
def _other_keys(word: str) -> tuple[str, ...]:
    """The keys besides `word_key` a word of the text may be listed under as the last word of a name."""
    stem = stem_key(word)
    keys = [stem]
    if fold(word).endswith("i") and stem[-1:] in SIBILANTS:
        keys.append(stem[:-1] + SIBILANTS[stem[-1]])  # 'Rijeci' → 'rijek'
    if len(stem) >= 4 and stem != fold(word) and stem[-1] in "rmnlk" and stem[-2] not in "aeiou":
        keys.append(stem[:-1] + "a" + stem[-1])  # 'Cipru' → 'cipar': a fleeting a
    return tuple(keys)


CROATIAN_LETTERS = frozenset("čćžšđČĆŽŠĐ")


def label_preference(name: str) -> tuple[int, int]:
    """Of a place's names under one key, the Croatian one: 'Beč' before 'Bec' and 'Beç'."""
    other = sum(1 for ch in name if ord(ch) > 127 and ch not in CROATIAN_LETTERS)
    return (sum(1 for ch in name if ch in CROATIAN_LETTERS) - 2 * other, -len(name))  # 'Kijev' before 'Kijeva' 


def place_labels() -> Iterator[tuple[str, str | int]]:
    """(Croatian name, ISO alpha-3 of a country or GeoNames id of a place):
    the countries' names of CLDR and countries.tsv, and the cities the
    actors' places.tsv names ('Atena', 'Kijev', 'Ženeva'), which the
    gazetteer may know only under other spellings or as one name among many."""
    import pycountry
    from babel import Locale

    from kronika.places import choose, gazetteer

    for alpha2, name in Locale("hr").territories.items():
        country = pycountry.countries.get(alpha_2=alpha2) if alpha2.isalpha() and len(alpha2) == 2 else None
        if country is not None:
            for variant in {name, re.sub(r"\s*\(.*?\)", "", name)}:
                yield variant, country.alpha_3
    for row in load_tsv(ACTOR_DATA / "countries.tsv"):
        names = [name for name in (row["names"] or "").split(";") if name]
        for name in names:
            if not any(_fleeting_genitive(name, other) for other in names):
                yield name, row["iso3"]  # 'Cipra' is a genitive: 'Cipru' is found from 'Cipar' (see _other_keys)
    g = gazetteer()
    for row in load_tsv(ACTOR_DATA / "places.tsv"):
        target = row["target"]
        if len(target) == 3 and target.isupper():
            found = [i for i in g.names.get(fold(row["form"]), ()) if g.places[i].country == target]
            place = choose(found, (target,), fold(row["form"])) if found else None
            if place is not None and place.feature == "city" and place.geonames_id is not None:
                yield row["form"], place.geonames_id


def _fleeting_genitive(name: str, other: str) -> bool:
    """'Cipra' of 'Cipar': the genitive of a name whose a falls out."""
    return len(other) > 3 and other[-2:-1].lower() == "a" and name.lower() == (other[:-2] + other[-1] + "a").lower()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _role(preposition: str, tokens: list[Token], first: int, last: int, nominative: str) -> str:
    """'u'/'na' with the locative is where ('u Beču', 'u Prištini'), with the
    accusative where to ('u Prištinu', 'u Zagreb', 'u Sarajevo'); an
    indeclinable name ('u BiH', 'u SAD-u') is where."""
    role = PREPOSITIONS[preposition]
    if preposition not in ("u", "na"):
        return role
    written = [fold(t.text) for t in tokens[first:last + 1]]
    listed = [fold(w) for w in nominative.split()]
    if len(written) != len(listed) or any(not w[1:].islower() for w in nominative.split()) or "-" in tokens[last].text:
        return "at"
    if written == listed:
        return "to"  # 'u Zagreb', 'u Sarajevo': the accusative of a masculine or neuter name is its nominative
    if all(w == n or (n.endswith("a") and w == n[:-1] + "u") for w, n in zip(written, listed)):
        return "to"  # 'u Prištinu', 'u Bjelorusiju'
    return "at"


def place_phrases(tokens: list[Token], first: int = 0, last: int | None = None) -> list[PlacePhrase]:
    """The place phrases of tokens[first..last] (inclusive), in order."""
    last = len(tokens) - 1 if last is None else min(last, len(tokens) - 1)
    if last < first:
        return []
    stop = last + 1
    keys, other, capitalised = _Keys(tokens, word_key, _other_keys), _Keys(tokens, None, _other_keys), _Caps(tokens)
    found: list[PlacePhrase] = []
    taken = -1  # the last token of the last phrase
    for i in range(first, stop):
        if i <= taken:
            continue
        word = tokens[i].text.lower()
        if word in PREPOSITIONS:
            phrase = _after_preposition(tokens, keys, other, capitalised, i, stop)
        elif word.startswith(VISIT_PREFIXES):
            phrase = _visited(tokens, keys, other, capitalised, i, stop)
        else:
            continue
        if phrase is not None:
            found.append(phrase)
            taken = phrase.last
    return found


def _after_preposition(tokens, keys, other, capitalised, i: int, stop: int) -> PlacePhrase | None:
    preposition = tokens[i].text.lower()
    j = i + 1
    for _ in range(MAX_AREA_WORDS + 1):
        if j >= stop or tokens[j].is_punct:
            return None
        match = longest_place(keys, j, stop, CODE, capitalised, other)
        if match is not None:
            n, entries = match
            if preposition in ("s", "sa") and tokens[j + n - 1].text.lower().endswith(INSTRUMENTAL):
                return None  # 's Moskvom': with, not from
            nominative = nominative_of(entries)
            # after a part of the place ('na sjeveru Kosova') the preposition alone says which
            role = _role(preposition, tokens, j, j + n - 1, nominative) if j == i + 1 else PREPOSITIONS[preposition]
            if role == "to" and preposition == "na" and not _after_motion(tokens, i):
                role = "onto"  # 'pritisak na Tursku': the target, not a place gone to ('otputovao na Kosovo')
            return _phrase(tokens, j, j + n - 1, nominative, role, preposition, entries)
        if capitalised[j] or keys[j] not in AREA_WORDS:
            return None
        j += 1
    return None


MOTION_PREFIXES = ("doputova", "otputova", "putova", "stig", "doš", "doć", "dolaz", "dolaz", "otiš", "otić", "odlaz",
                   "vrati", "vrać", "posjet", "upuć", "stiž", "prispje", "let")


def _after_motion(tokens: list[Token], i: int) -> bool:
    """A verb or noun of going among the three words before token i ('otputovao je na Kosovo', 'dolazak na Kosovo')."""
    return any(t.text.lower().startswith(MOTION_PREFIXES) for t in tokens[max(0, i - 3):i])


def _visited(tokens, keys, other, capitalised, i: int, stop: int) -> PlacePhrase | None:
    for j in range(i + 1, min(stop, i + 1 + VISIT_REACH)):
        if tokens[j].is_punct:
            return None
        if tokens[j].text.lower() in PREPOSITIONS:
            if j + 1 < stop and capitalised[j + 1]:
                return None  # a place after a preposition is that phrase's
            continue  # 'posjetio je u utorak Sarajevo': a time phrase between

        if capitalised[j]:
            match = longest_place(keys, j, stop, CODE, capitalised, other)
            if match is None:
                return None  # 'posjetio je Putina': a person visited
            n, entries = match
            return _phrase(tokens, j, j + n - 1, nominative_of(entries), "to", None, entries)
    return None


def _phrase(tokens, first: int, last: int, nominative: str, role: str, preposition: str | None, entries) -> PlacePhrase:
    text = " ".join(t.text for t in tokens[first:last + 1])
    return PlacePhrase(first, last, text, nominative, role, preposition, entries)
