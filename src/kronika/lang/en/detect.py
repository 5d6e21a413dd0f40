"""How English a text looks, for language detection."""

from __future__ import annotations

from pathlib import Path

from kronika.lang.detect import stopword_score

STOPWORDS = Path(__file__).parent / "data" / "stopwords.txt"


def language_score(text: str) -> float:
    """Share of function words that are English."""
    return stopword_score(text, STOPWORDS)
