"""Modality: asserted, negated, conditional, intended or hypothetical, from the cues in a trigger's clause."""

from __future__ import annotations

from kronika.events.triggers import Trigger
from kronika.events.words import cue_set, span_text
from kronika.text import Sentence, Token


def modality_of(trigger: Trigger, sentence: Sentence, clause: range, coordinate: range, part) -> str:
    tokens = sentence.tokens
    head = trigger.indices[0]
    if part.negated(tokens, head, clause.start) or denied_clause(tokens, clause, coordinate, part):
        return "negated"
    clause_text = span_text(sentence, clause.start, head)
    if part.has_cue("hypothetical", clause_text) or (sentence.text.rstrip().endswith("?") and " li " in f" {sentence.text.lower()} "):
        return "hypothetical"
    following = span_text(sentence, head, clause.stop - 1) if clause.stop > head else ""
    if part.has_cue("conditional", following) or part.has_cue("conditional", clause_text):
        return "conditional"
    # the future auxiliary may follow the verb: 'sastat će se', 'potpisat će'
    with_auxiliary = span_text(sentence, clause.start, min(head + 2, clause.stop - 1))
    if trigger.entry.get("modality") == "intended" or part.has_cue("intended", with_auxiliary):
        return "intended"
    return "asserted"


def denied_clause(tokens: list[Token], clause: range, coordinate: range, part) -> bool:
    """'zanijekalo je da je Ljubljana prijetila': what a denial's clause tells is negated."""
    denials = cue_set(part, "denial")
    complementizers = cue_set(part, "complementizers")
    if not denials or clause.start >= len(tokens) or tokens[clause.start].text.lower() not in complementizers:
        return False
    return any(tokens[i].lemma in denials for i in range(coordinate.start, clause.start))
