"""The pack's word lists as sets, made once per pack, and small text helpers the coder's parts share."""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from kronika.text import Sentence, Token


@lru_cache(maxsize=None)
def cue_set(part, name: str) -> frozenset[str]:
    """One of the pack's modality cue lists as a set, made once per pack, not per sentence."""
    return frozenset(part.modality_cues().get(name, ()))


@lru_cache(maxsize=None)
def reporting_set(part, name: str) -> frozenset[str]:
    """One of the pack's reporting word lists as a set, made once per pack."""
    return frozenset(part.reporting().get(name, ()))


LEMMA, TEXT = attrgetter("lemma"), attrgetter("text")


def tokens_text(tokens: list[Token], span: range) -> str:
    return " ".join(tokens[i].text for i in span if i < len(tokens))


def span_text(sentence: Sentence, first: int, last: int) -> str:
    if first > last or not sentence.tokens:
        return ""
    last = min(last, len(sentence.tokens) - 1)
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    return sentence.text[start - sentence.start : end - sentence.start]


def word_before(tokens: list[Token], index: int, skip: frozenset[str], start: int = 0) -> int | None:
    """The index of the last token in tokens[start:index] whose lower-case form is not in `skip`
    (clitics, 'to'): the word a trigger follows ('osudila je napade i zatražila' → 'i')."""
    for j in range(index - 1, max(start, 0) - 1, -1):
        if tokens[j].text.lower() not in skip:
            return j
    return None
