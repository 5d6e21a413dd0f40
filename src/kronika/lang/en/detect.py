"""How English a text looks, for language detection."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORD = re.compile(r"\w+")
DIACRITICS: set[str] = set()


@cache
def _stopwords() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def language_score(text: str) -> float:
    """Share of function words that are English, nudged up by English letters."""
    words = [w.lower() for w in WORD.findall(text[:5000])]
    if not words:
        return 0.0
    stop = _stopwords()
    share = sum(1 for w in words if w in stop) / len(words)
    has_diacritics = any(ch in DIACRITICS for ch in text[:5000])
    return min(1.0, share * 2.5 + (0.2 if has_diacritics else 0.0))
