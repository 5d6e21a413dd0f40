"""How Croatian a text looks, and which standard of the pack it is written in.

The pack reads four standards of one language: Croatian (hr), Serbian (sr,
in Latin or Cyrillic script), Bosnian (bs) and Montenegrin (cnr). Which one
a text is in is told from frequent words that differ between them
(data/standards.yaml): ekavian or ijekavian forms (predsednik/predsjednik),
Croatian or Serbian and Bosnian words (tisuća/hiljada, tijekom/tokom), then
Bosnian or Serbian and Montenegrin ones (također/takođe, općina/opština) and
the country a text is about. Slovene shares enough words to be read as
Croatian, so it is told apart too (and refused: it has no pack yet).

Serbian Cyrillic is read through its Latin transliteration (one letter for
one letter but Љ, Њ, Џ, which give two): `to_latin` gives that text and a
map of its offsets back into the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from pathlib import Path
from typing import Callable

from kronika.datafiles import load_yaml
from kronika.lang.detect import SAMPLE, WORD, stopword_score

DATA = Path(__file__).parent / "data"
STOPWORDS = DATA / "stopwords.txt"
STANDARDS = DATA / "standards.yaml"
LETTERS = frozenset("čćžšđČĆŽŠĐ")

# Serbian Cyrillic → Gaj's Latin alphabet (the official correspondence, letter for letter).
_CYRILLIC = "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
_LATIN = ["A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O", "P", "R", "S",
          "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]
TRANSLITERATION = {ord(c): l for c, l in zip(_CYRILLIC, _LATIN)} | {
    ord(c.lower()): l.lower() for c, l in zip(_CYRILLIC, _LATIN)}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DIGRAPH_LETTERS = re.compile("[ЉЊЏљњџ]")
# An upper-case digraph in a word in capitals is written in capitals ('ЉУБЉАНА' → 'LJUBLJANA').
_CAPITAL_DIGRAPH = re.compile(r"(?<=[A-ZČĆŽŠĐ])(?:Lj|Nj|Dž)|(?:Lj|Nj|Dž)(?=[A-ZČĆŽŠĐ])")
# Cyrillic letters that Serbian does not use (Russian, Ukrainian, Belarusian, Bulgarian, Macedonian).
FOREIGN_CYRILLIC = frozenset("ыэйъщёьѓќѕіїєґўЫЭЙЪЩЁЬЃЌЅІЇЄҐЎ")


def has_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


def to_latin(text: str) -> tuple[str, Callable[[int], int]]:
    """The Latin transliteration of a Serbian Cyrillic text, and the map of
    an offset in it (a start or an end) to the offset in `text`. Characters
    that are not Serbian Cyrillic stay as they are."""
    latin = text.translate(TRANSLITERATION)
    expanded = [m.start() for m in _DIGRAPH_LETTERS.finditer(text)]
    if not expanded:
        return latin, lambda offset: offset
    if any(c.isupper() for c in text if c in "ЉЊЏ"):
        latin = _CAPITAL_DIGRAPH.sub(lambda m: m.group().upper(), latin)
    # the k-th two-letter transliteration starts at its letter's offset + k
    firsts = [offset + k for k, offset in enumerate(expanded)]

    def original(offset: int) -> int:
        return offset - bisect_left(firsts, offset - 1)

    return latin, original


def serbian_cyrillic(text: str) -> bool:
    """Is Cyrillic in the text the Serbian alphabet (no letter of another language's)?"""
    sample = text[:SAMPLE]
    cyrillic = CYRILLIC.findall(sample)
    if not cyrillic:
        return False
    foreign = sum(1 for c in cyrillic if c in FOREIGN_CYRILLIC)
    return foreign <= len(cyrillic) // 200  # a foreign name or two may occur


def _latin_sample(text: str) -> str:
    sample = text[:SAMPLE]
    if has_cyrillic(sample):
        if not serbian_cyrillic(sample):
            return ""
        sample = sample.translate(TRANSLITERATION)
    return sample


def language_score(text: str) -> float:
    """Share of function words that are Croatian (or of the pack's other
    standards, read in Latin script), nudged up by the letters č, ć, ž, š, đ."""
    sample = _latin_sample(text)
    return stopword_score(sample, STOPWORDS, LETTERS) if sample else 0.0


class _Markers:
    """One list of standards.yaml: whole words, and prefixes (written 'predsed*')."""

    def __init__(self, words: list) -> None:
        words = [str(w).lower() for w in words]
        self.exact = frozenset(w for w in words if not w.endswith("*"))
        self.prefixes = tuple(w[:-1] for w in words if w.endswith("*"))

    def count(self, words: list[str]) -> int:
        exact, prefixes = self.exact, self.prefixes
        return sum(1 for w in words if w in exact or w.startswith(prefixes))


@cache
def _markers() -> dict[str, _Markers]:
    return {key: _Markers(words) for key, words in load_yaml(STANDARDS).items()}


def standard_counts(text: str) -> dict[str, int]:
    """How many words of each list of standards.yaml the start of the text holds."""
    sample = _latin_sample(text)
    words = [w.lower() for w in WORD.findall(sample)]
    counts = {key: markers.count(words) for key, markers in _markers().items()}
    counts["words"] = len(words)
    counts["cyrillic"] = int(has_cyrillic(text[:SAMPLE]))
    return counts


def standard(text: str) -> str:
    """'hr', 'sr', 'bs' or 'cnr' (or 'sl' for Slovene): which standard the
    text is written in. Croatian when nothing tells."""
    c = standard_counts(text)
    if c["slovene"] > c["not_slovene"]:
        return "sl"
    ekavian = c["ekavian"] > c["ijekavian"]
    if c["cyrillic"] or ekavian:
        # Serbia writes ekavian; Cyrillic ijekavian is Serbian of Republika Srpska, or Montenegrin
        if not ekavian and c["montenegro"] > c["bih"]:
            return "cnr"
        return "sr"
    if c["croatian"] >= c["serbian_bosnian"]:
        return "hr"
    if c["bosnian"] > c["serbian_montenegrin"]:
        return "bs"
    if c["montenegro"] >= c["bih"] and c["montenegro"]:
        return "cnr"
    if c["bih"] > c["montenegro"] and c["bosnian"] == c["serbian_montenegrin"]:
        return "bs"
    return "sr"
