"""English language pack."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from kronika.text import Analysis


class EnglishPack:
    code = "en"
    name = "English"
    data_dir = Path(__file__).parent / "data"

    def analyse(self, text: str) -> Analysis:
        from kronika.lang.en.tokenise import analyse

        return analyse(text)

    def normalise_name(self, words: Sequence[str]) -> str:
        from kronika.lang.en.names import normalise_name

        return normalise_name(words)

    def language_score(self, text: str) -> float:
        from kronika.lang.en.detect import language_score

        return language_score(text)


PACK_CLASS = EnglishPack
