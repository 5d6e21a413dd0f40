"""English labels for the actor knowledge base and the look-up key of a word."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from kronika.datafiles import RolesFile, load_tsv, place_and_organisation_labels

DATA = Path(__file__).parent / "data" / "actors"
LOCATIVE_LINKS = frozenset({"in"})
ROLES = RolesFile(DATA / "roles.yaml")


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """Case-free key: possessive 's and accents off; acronyms as written."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
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


def demonym_labels() -> Iterator[tuple[str, str]]:
    """A people ('the Palestinians', 'Iraqis', 'Kurds' of a country): CVL of its country."""
    for row in load_tsv(DATA / "countries.tsv"):
        if row["demonym"]:
            yield plural(row["demonym"]), f"c:{row['iso3']}"


def adjective_labels() -> Iterator[tuple[str, str]]:
    for row in load_tsv(DATA / "countries.tsv"):
        for adjective in row["adjective"].split(";"):
            yield adjective.lower(), f"c:{row['iso3']}"


# The rest of the pack's actor interface, read from roles.yaml as in every pack.
roles = ROLES.roles
epithets = ROLES.epithets
pair_words = ROLES.pair_words
function_words = ROLES.function_words
pronouns = ROLES.pronouns
