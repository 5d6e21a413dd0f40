"""What the event coder needs to know about English: its lexicons and the
position-based roles English uses instead of case."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kronika.datafiles import load_trigger_lexicon, load_yaml

from kronika.lang.en.temporal import CLAUSE_BREAK  # noqa: F401  (part of this pack's event interface)
from kronika.lang.wordregex import CueWords
from kronika.text import Token

DATA = Path(__file__).parent / "data"
WITH = frozenset({"with"})
TARGET = frozenset({"on", "against", "over", "to", "into"})
FROM = frozenset({"from"})
ALL_PREPOSITIONS = frozenset({"with", "on", "against", "over", "to", "into", "from", "in", "of", "by", "for", "at", "about", "after", "before"})
TOPIC_PREPOSITIONS = frozenset({"about", "after", "before", "over"})
DEMONSTRATIVES = frozenset({"the", "these", "those", "this", "that"}) - {"the"}


@cache
def lexicon() -> list[dict]:
    return load_trigger_lexicon(DATA / "triggers.yaml")


def light_verbs() -> frozenset[str]:
    return frozenset()


def is_verb_lemma(lemma: str) -> bool:
    return True  # English triggers are listed as forms; nominal ones carry their own 'requires'


CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "at", "during"})


@cache
def reporting() -> dict:
    return load_yaml(DATA / "reporting.yaml")


@cache
def modality_cues() -> dict:
    return load_yaml(DATA / "modality.yaml")


def preposition_before(tokens: list[Token], first: int) -> str | None:
    for back in (1, 2):
        i = first - back
        if i < 0:
            return None
        word = tokens[i].text.lower()
        if word in ALL_PREPOSITIONS:
            return word
        if word not in ("the", "a", "an"):
            return None
    return None


def is_nominative(tokens: list[Token], canonical_name: str, kb_id: str | None = None) -> bool:
    """English has no case: any mention may be a subject; position decides."""
    return True


def negated(tokens: list[Token], trigger_index: int, clause_start: int) -> bool:
    cues = modality_cues()
    words = set(cues["negation"])
    return any(tokens[i].text.lower() in words for i in range(max(clause_start, trigger_index - cues["negation_window"]), trigger_index))


@cache
def _cue_words(kind: str) -> CueWords:
    return CueWords(modality_cues()[kind])


def has_cue(kind: str, text: str) -> bool:
    """Does the text hold one of the pack's cue words of this kind ('conditional', 'intended', ...)?"""
    return _cue_words(kind).found_in(text)


def tense(tokens: list[Token], trigger_index: int) -> str:
    window = [t.text.lower() for t in tokens[max(0, trigger_index - 3) : trigger_index + 1]]
    if "will" in window:
        return "future"
    word = tokens[trigger_index].text.lower()
    if word.endswith("ed") or word in ("met", "spoke", "told", "said", "sent", "gave", "withdrew"):
        return "past"
    return "present"
