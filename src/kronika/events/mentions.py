"""Actor mentions placed in their sentence (Ref): token span, nominative or not, the preposition before them,
whether they name a place; and the subject a sentence hands on to the next."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from kronika.model import Entity
from kronika.text import Analysis, Sentence


@dataclass
class Ref:
    """An actor mention placed in its sentence."""

    entity: Entity
    first: int
    last: int
    nominative: bool
    preposition: str | None
    location: bool = False  # 'u Beču': where it happens, never whom it is done to


def mentions_by_sentence(analysis: Analysis, mentions: list[Entity]) -> list[list[Entity]]:
    """The mentions that begin in each sentence, in one pass over the article."""
    starts = [sentence.start for sentence in analysis.sentences]
    grouped: list[list[Entity]] = [[] for _ in starts]
    for entity in mentions:
        if entity.start is None:
            continue
        index = bisect_left(starts, entity.start + 1) - 1
        if index >= 0 and entity.start < analysis.sentences[index].end:
            grouped[index].append(entity)
    return grouped


def sentence_refs(sentence: Sentence, mentions: list[Entity], part) -> list[Ref]:
    refs = []
    starts = {t.start: i for i, t in enumerate(sentence.tokens)}
    ends = {t.end: i for i, t in enumerate(sentence.tokens)}
    for entity in mentions:
        if entity.start is None or not (sentence.start <= entity.start < sentence.end):
            continue
        first, last = starts.get(entity.start), ends.get(entity.end)
        if first is None or last is None:
            continue
        tokens = sentence.tokens[first : last + 1]
        is_location = getattr(part, "is_location", None)
        # a place is named by a name: 'na američki plan' is no place, whatever the preposition
        location = bool(is_location and entity.text[:1].isupper() and is_location(sentence.tokens, first, last, entity.kb_id))
        quantity = getattr(part, "quantity_before", None)
        headed = bool(quantity and quantity(sentence.tokens, first))  # 'Tisuće studenata': a nominative head before it
        refs.append(Ref(entity, first, last, headed or part.is_nominative(tokens, entity.name, entity.kb_id),
                        part.preposition_before(sentence.tokens, first - 1 if headed else first), location))
    return refs


def previous_subject_of(analysis: Analysis, mentions_in: list[list[Entity]], s_index: int, header_end: int, part):
    """The subject of the sentence before (its first nominative mention with no
    preposition, not an outlet), read only when a trigger here has none: Croatian
    drops a subject that the sentence before named ('Također se sastao s ...')."""
    def subject() -> Ref | None:
        if s_index == 0 or analysis.sentences[s_index - 1].start < header_end:
            return None
        previous = analysis.sentences[s_index - 1]
        refs = sentence_refs(previous, mentions_in[s_index - 1], part)
        return next((r for r in refs if r.nominative and r.preposition is None and r.entity.sector != "MED" and not r.location), None)
    subject.sentence = analysis.sentences[s_index - 1] if s_index > 0 else None  # where its time is told
    return subject


def token_distance(ref: Ref, index: int) -> int:
    if ref.last < index:
        return index - ref.last
    if ref.first > index:
        return ref.first - index
    return 0


def nearest_ref(refs: list[Ref], index: int) -> Ref | None:
    return min(refs, key=lambda r: (abs(token_distance(r, index)), r.first > index), default=None)
