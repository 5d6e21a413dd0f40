"""Regular expressions for long lists of words, built as a trie so that the
regex engine decides letter by letter instead of trying every word in turn
(Python's `re` does not optimise alternations)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of the words (longest match first)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def data_word_alternation(words: Iterable[object]) -> str:
    """word_alternation of the words of a data file, which YAML may hand
    over as numbers (a month as 1): each is taken as its text."""
    return word_alternation(str(word) for word in words)


def _pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


class CueWords:
    """Any of a list of words or phrases, found as whole words whatever their
    case ('Ako', 'pod uvjetom'): the packs' modality cues.

    It searches the lower-cased text with a trie and checks the word start
    itself, which lets `re` scan for the first letters instead of testing a
    word boundary at every position; a text whose lower-casing changes its
    length (rare letters) is searched case-blind instead."""

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted({str(word).lower() for word in words}, key=len, reverse=True)
        self._lowered = re.compile(f"(?:{word_alternation(words)})\\b") if words else None
        self._case_blind = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE) if words else None

    def found_in(self, text: str) -> bool:
        if self._lowered is None or self._case_blind is None:
            return False
        lowered = text.lower()
        if len(lowered) != len(text):
            return self._case_blind.search(text) is not None
        position = 0
        while (match := self._lowered.search(lowered, position)) is not None:
            before = match.start() - 1
            if before < 0 or not (lowered[before].isalnum() or lowered[before] == "_"):
                return True
            position = match.start() + 1
        return False
