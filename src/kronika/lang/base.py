"""What every language pack provides to the language-neutral stages.

A pack owns everything that knows words of its language: tokenisation,
lemmas, name inflection, trigger lexicons, reporting verbs, temporal words,
actor labels. The stages after it (actors, temporal, events) only call these
methods and read the pack's data files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, Sequence, runtime_checkable

from kronika.text import Analysis


@runtime_checkable
class LanguagePack(Protocol):
    code: str
    name: str
    data_dir: Path

    def analyse(self, text: str) -> Analysis:
        """Sentences, tokens (with offsets) and lemmas."""
        ...

    def normalise_name(self, words: Sequence[str]) -> str:
        """Inflected or possessive form of a personal or place name → nominative."""
        ...

    def language_score(self, text: str) -> float:
        """How much the text looks like this language (0–1); used by language detection."""
        ...
