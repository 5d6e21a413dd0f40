"""Language stage: which pack reads this text."""

from __future__ import annotations

from kronika.lang import UnknownLanguage, get_pack, supported_languages

# Below this no pack claims the text: German or French news scores ~0.1–0.25
# against the English function words, Croatian and English news 0.5–1.0.
MIN_SCORE = 0.3


def detect(text: str) -> str:
    """The code of the supported language the text looks most like."""
    scores = {code: get_pack(code).language_score(text) for code in supported_languages()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < MIN_SCORE:
        raise UnknownLanguage(
            "cannot tell the article's language (supported: " + ", ".join(supported_languages()) + "); pass --lang"
        )
    return best
