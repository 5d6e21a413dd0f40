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


def _pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body
