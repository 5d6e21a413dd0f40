"""Croatian language pack: everything in Kronika that knows a Croatian word.

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


PACK_CLASS = CroatianPack
