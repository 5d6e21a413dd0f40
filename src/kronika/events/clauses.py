"""Clauses of a sentence: coordinate clauses (after ', a', ';'), subordinate ones (at 'da', 'kako'),
relative clauses (at 'koji'), from the pack's clause-break pattern and cue words."""

from __future__ import annotations

from kronika.events.triggers import Trigger, is_verb_trigger
from kronika.events.words import cue_set
from kronika.text import Sentence, Token


def clause_bounds(sentence: Sentence, text: str, part) -> tuple[list[int], list[int]]:
    """Token indices where coordinate clauses start (after ', a', ', ali', ';')
    and where subordinate clauses start (at 'da', 'kako')."""
    breaks = []
    for m in part.CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        index = next((i for i, t in enumerate(sentence.tokens) if t.start >= m.end() - 1), None)
        if index is not None:
            breaks.append(index)
    complementizers = cue_set(part, "complementizers")
    subordinate = [i for i, t in enumerate(sentence.tokens) if t.text.lower() in complementizers]
    return breaks, subordinate


def local_clause(index: int, n: int, breaks: list[int], subordinate: list[int]) -> range:
    bounds = sorted(set(breaks + subordinate))
    start = max([b for b in bounds if b <= index], default=0)
    stop = min([b for b in bounds if b > index], default=n)
    return range(start, stop)


def coordinate_clause(index: int, n: int, breaks: list[int]) -> range:
    start = max([b for b in breaks if b <= index], default=0)
    stop = min([b for b in breaks if b > index], default=n)
    return range(start, stop)


def relative_clauses(tokens: list[Token], part, head: int) -> tuple[set[int], set[int]]:
    """Token indices of relative clauses ('koja nije prihvatljiva Srbiji', up to
    the next comma) that do not hold the trigger: they describe a noun, their
    actors receive nothing from it. Except the clause right after the trigger's
    object, whose subject made it ('odbacila je plan koji su predložili UN':
    the UN receive the rejection): its indices are returned second."""
    pronouns = cue_set(part, "relative_pronouns")
    inside: set[int] = set()
    authors: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text.lower() not in pronouns:
            continue
        stop = _relative_end(tokens, i)
        if not (i <= head < stop):
            inside.update(range(i, stop))
            if 0 < i - head <= 4:
                authors.update(range(i, stop))
    return inside, authors


def in_relative_clause(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'na izborima koje SAD smatraju namještenima': a relative clause after a
    preposition's noun describes that noun; what it tells is background."""
    pronouns = cue_set(part, "relative_pronouns")
    complementizers = cue_set(part, "complementizers")
    head = trigger.indices[0]
    for i in range(head - 1, -1, -1):
        if tokens[i].is_punct or tokens[i].text.lower() in complementizers:
            return False  # the relative clause ends at a comma; a 'da'/'kako' clause is the trigger's own
        if tokens[i].text.lower() in pronouns:
            return i >= 2 and part.preposition_before(tokens, i - 1) is not None
    return False


def opens_sentence(trigger: Trigger, tokens: list[Token], clause: range, part) -> bool:
    """A verb trigger in the sentence's first clause with at most one word (an
    adverb) and clitics before it: a sentence with no subject of its own."""
    if clause.start != 0 or not is_verb_trigger(trigger, tokens, part):
        return False
    clitics = cue_set(part, "clitics")
    before = [t for t in tokens[: trigger.indices[0]] if not t.is_punct and t.text.lower() not in clitics]
    return len(before) == 0 or (len(before) == 1 and not _names_a_subject(before[0].text))


def _names_a_subject(word: str) -> bool:
    """An acronym ('DORH je podigao ...') names a body even when the base does not know it:
    the sentence has a subject of its own, unlike one opening on an adverb ('Također se sastao')."""
    letters = word.split("-")[0]
    return len(letters) > 1 and letters.isupper() and letters.isalpha()



def _relative_end(tokens: list[Token], start: int) -> int:
    """Where a relative clause ends: at punctuation, except a comma inside a list of
    names it holds ('čije su članice Britanija, Njemačka, Francuska i Rusija')."""
    for j in range(start + 1, len(tokens)):
        if not tokens[j].is_punct:
            continue
        if tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() and tokens[j - 1].text[:1].isupper():
            continue  # 'Britanija, Njemačka': the list goes on
        return j
    return len(tokens)
