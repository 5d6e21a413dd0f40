"""Language stage: which pack reads this text, and in which of its standards.

A pack may read more than one standard of its language (the Croatian pack
reads Croatian, Serbian in either script, Bosnian and Montenegrin); its
`standard(text)` then names the one the text is in, and that code is the
document's language. A language that a pack can tell from its own but that
has no pack yet (Slovene) is refused with a message that says so.
"""

from __future__ import annotations

from kronika.lang import VARIANTS, UnknownLanguage, get_pack, supported_languages

# Below this no pack claims the text: German or French news scores ~0.1–0.25
# against the English function words, Croatian and English news 0.5–1.0.
MIN_SCORE = 0.3

# Languages a pack tells apart from its own that no pack reads yet.
NO_PACK = {"sl": "Slovene"}


def _supported() -> str:
    return ", ".join(sorted([*supported_languages(), *VARIANTS]))


def _refuse_without_pack(code: str) -> None:
    if code in NO_PACK:
        raise UnknownLanguage(f"the article is in {NO_PACK[code]}, which Kronika has no language pack for yet "
                              f"(supported: {_supported()}); pass --lang to read it as one of those")


def detect(text: str) -> str:
    """The code of the supported language (or standard) the text looks most like."""
    scores = {code: get_pack(code).language_score(text) for code in supported_languages()}
    best = max(scores, key=scores.__getitem__)
    standard = getattr(get_pack(best), "standard", None)
    if scores[best] < MIN_SCORE:
        if standard is not None and scores[best] > 0:
            _refuse_without_pack(standard(text))
        raise UnknownLanguage(f"cannot tell the article's language (supported: {_supported()}); pass --lang")
    if standard is None:
        return best
    code = standard(text)
    _refuse_without_pack(code)
    return code
