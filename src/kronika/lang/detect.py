"""Language scores from function words, shared by every pack's detect module."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORD = re.compile(r"\w+")
SAMPLE = 5000  # characters: the start of an article says enough


@cache
def stopwords(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def stopword_score(text: str, path: Path, letters: frozenset[str] = frozenset()) -> float:
    """Share of function words from the list, nudged up when the language's own letters occur."""
    sample = text[:SAMPLE]
    words = [w.lower() for w in WORD.findall(sample)]
    if not words:
        return 0.0
    stop = stopwords(path)
    share = sum(1 for w in words if w in stop) / len(words)
    has_letters = any(ch in letters for ch in sample)
    return min(1.0, share * 2.5 + (0.2 if has_letters else 0.0))
