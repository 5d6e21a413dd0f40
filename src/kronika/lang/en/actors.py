"""English labels for the actor knowledge base and the look-up key of a word."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from kronika.datafiles import load_yaml

DATA = Path(__file__).parent / "data" / "actors"
LOCATIVE_LINKS = frozenset({"in"})


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """Case-free key: possessive 's and accents off; acronyms as written."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 1 and word.replace(".", "").isupper():
        return word
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [l for l in (DATA / name).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def _roles_file() -> dict:
    return load_yaml(DATA / "roles.yaml")


def name_labels() -> Iterator[tuple[str, str]]:
    for row in _tsv("countries.tsv"):
        for name in filter(None, row["names"].split(";")):
            yield name, f"c:{row['iso3']}"
        yield row["demonym"], f"c:{row['iso3']}"
    for row in _tsv("places.tsv"):
        target = row["target"]
        yield row["form"], target if ":" in target else f"c:{target}"
    for row in _tsv("organisations.tsv"):
        yield row["form"], row["kb_id"]


def adjective_labels() -> Iterator[tuple[str, str]]:
    for row in _tsv("countries.tsv"):
        for adjective in row["adjective"].split(";"):
            yield adjective.lower(), f"c:{row['iso3']}"


def roles() -> dict[str, dict]:
    return _roles_file()["roles"]


def epithets() -> dict[str, dict]:
    return _roles_file()["epithets"]


def pair_words() -> frozenset[str]:
    return frozenset(_roles_file().get("pair_words", []))


def function_words() -> frozenset[str]:
    return frozenset(_roles_file().get("function_words", []))


def pronouns() -> frozenset[str]:
    return frozenset(_roles_file()["pronouns"])
