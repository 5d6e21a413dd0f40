"""Croatian language pack: everything in Kronika that knows a Croatian word.

It also reads Serbian (Latin and Cyrillic), Bosnian and Montenegrin: one
language system whose standards differ in script (Cyrillic is read in its
Latin transliteration, offsets kept in the original), ekavian forms and some
words; data/variants.tsv maps those forms to their Croatian counterparts
before lemmatisation, so that every lexicon keyed by lemmas serves all four.

Each capability lives in its own module of this package and is imported on
first use; the data a political scientist may want to read or extend
(lexicons, patterns, labels) lives in `data/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from kronika.text import Analysis


class CroatianPack:
    code = "hr"
    name = "Croatian"
    data_dir = Path(__file__).parent / "data"

    def analyse(self, text: str) -> Analysis:
        from kronika.lang.hr.tokenise import analyse

        return analyse(text)

    def normalise_name(self, words: Sequence[str]) -> str:
        from kronika.lang.hr.names import normalise_name

        return normalise_name(words)

    def lemma(self, word: str) -> str:
        from kronika.lang.hr.lemma import lemma

        return lemma(word)

    def language_score(self, text: str) -> float:
        from kronika.lang.hr.detect import language_score

        return language_score(text)

    def standard(self, text: str) -> str:
        """Which standard the pack reads the text is in: 'hr', 'sr' (Latin or
        Cyrillic), 'bs', 'cnr'; or 'sl' (Slovene, which it cannot read)."""
        from kronika.lang.hr.detect import standard

        return standard(text)


PACK_CLASS = CroatianPack
