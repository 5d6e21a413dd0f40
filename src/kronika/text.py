"""The analysed text that language packs hand to the later stages.

Plain slotted dataclasses, not pydantic: these are made for every token of
every article, so they must be cheap. Offsets are character offsets into the
article text as given to the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str = ""
    is_punct: bool = False


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    paragraph: int = 0


@dataclass(slots=True)
class Analysis:
    text: str
    language: str
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains a character offset."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
