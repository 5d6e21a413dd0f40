"""Language stage: which pack reads this text."""

from __future__ import annotations

from kronika.lang import UnknownLanguage, get_pack, supported_languages

MIN_SCORE = 0.15


def detect(text: str) -> str:
    """The code of the supported language the text looks most like."""
    scores = {code: get_pack(code).language_score(text) for code in supported_languages()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < MIN_SCORE:
        raise UnknownLanguage(
            "cannot tell the article's language (supported: " + ", ".join(supported_languages()) + "); pass --lang"
        )
    return best
