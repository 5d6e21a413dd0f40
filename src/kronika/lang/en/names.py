"""English names: only the possessive changes the form (Trump's → Trump)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def normalise_name(words: Sequence[str] | str, known: Iterable[str] = ()) -> str:
    if isinstance(words, str):
        words = words.split()
    return " ".join(w[:-2] if w.endswith(("'s", "’s")) else w.rstrip("'’") for w in words)
