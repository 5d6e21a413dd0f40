"""Trigger matching: the pack's lexicon entries found in a sentence's tokens (lemmas or written forms, with
gaps), longest first, one token one event, sense filters met."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kronika.events.words import LEMMA, TEXT, cue_set
from kronika.text import Token


MAX_GAP = 3


@dataclass
class Trigger:
    entry: dict
    indices: list[int]

    @property
    def head(self) -> int:
        return self.indices[-1] if self.entry["type"] != "AGREE" else self.indices[0]


@lru_cache(maxsize=8)
def lexicon_by_first_word(part) -> dict[str, list[dict]]:
    """Trigger entries keyed by their first word: one dictionary look-up per token."""
    index: dict[str, list[dict]] = {}
    for entry in part.lexicon():
        for first in entry.get("alts", [{entry["words"][0]}])[0]:
            index.setdefault(first, []).append(entry)
    return index


_RANKS: dict[int, int] = {}  # id of a lexicon entry → its place in its pack's lexicon


def _lexicon_rank(entry: dict) -> int:
    return _RANKS.get(id(entry), 0)


@lru_cache(maxsize=8)
def lexicon_by_first_two_words(part) -> dict[str, tuple[list[dict], dict[str, list[dict]]]]:
    """First word → (its one-word entries, second word → the longer entries): a
    sentence then tries only the entries whose second word it holds (set intersection)."""
    index: dict[str, tuple[list[dict], dict[str, list[dict]]]] = {}
    for rank, entry in enumerate(part.lexicon()):
        _RANKS[id(entry)] = rank
    for first, entries in lexicon_by_first_word(part).items():
        singles: list[dict] = []
        by_second: dict[str, list[dict]] = {}
        for entry in entries:
            if len(entry["alts"]) == 1:
                singles.append(entry)
            else:
                for second in entry["alts"][1]:
                    by_second.setdefault(second, []).append(entry)
        index[first] = (singles, by_second)
    return index


def _candidates(index, word: str, present: set[str]) -> list[dict]:
    found = index.get(word)
    if found is None:
        return []
    singles, by_second = found
    # in lexicon order, whatever order the set gives: the first of two equal entries wins, run after run
    longer = {id(e): e for second in by_second.keys() & present for e in by_second[second]}
    return singles + sorted(longer.values(), key=_lexicon_rank)


class _Sentence:
    """One sentence's look-up tables, built once per sentence: where each lemma
    and form stands, and how many counting words (not punctuation, numbers or
    clitics) precede each token, so an entry's next word is found by bisection."""

    def __init__(self, tokens: list[Token], lemmas: list[str], forms: list[str], clitics: frozenset[str]) -> None:
        self.n = len(tokens)
        self.lemma_at: dict[str, list[int]] = {}
        self.form_at: dict[str, list[int]] = {}
        for j, (lemma, form) in enumerate(zip(lemmas, forms)):
            self.lemma_at.setdefault(lemma, []).append(j)
            self.form_at.setdefault(form, []).append(j)
        counted = 0
        self.words_through: list[int] = []  # counting words among tokens[0..j]
        for token, form in zip(tokens, forms):
            if not (token.is_punct or form.rstrip(".").isdigit() or form in clitics):
                counted += 1
            self.words_through.append(counted)

    def reach(self, last: int, gap: int) -> int:
        """The index after the last token the next trigger word may be: `gap`
        counting words on ('potpisala je u petak (11. rujna) protokol')."""
        target = self.words_through[last] + gap + 1
        j = bisect_left(self.words_through, target, last + 1)
        return j + 1 if j < self.n else self.n

    def next_of(self, words: frozenset[str], after: int, before: int, forms_only: bool) -> int | None:
        best = None
        for word in words:
            for table in ((self.form_at,) if forms_only else (self.lemma_at, self.form_at)):
                places = table.get(word)
                if places:
                    k = bisect_right(places, after)
                    if k < len(places) and places[k] < before and (best is None or places[k] < best):
                        best = places[k]
        return best


def find_triggers(tokens: list[Token], part) -> list[Trigger]:
    by_first = lexicon_by_first_word(part)
    lemmas = list(map(LEMMA, tokens))
    forms = list(map(str.lower, map(TEXT, tokens)))
    if by_first.keys().isdisjoint(lemmas) and by_first.keys().isdisjoint(forms):
        return []  # most sentences: no word begins a trigger (checked in C, not token by token)
    present = set(lemmas).union(forms)
    table: _Sentence | None = None  # built only when a multi-word entry may match
    found: list[Trigger] = []
    two = lexicon_by_first_two_words(part)
    hits = [i for i, (lemma, form) in enumerate(zip(lemmas, forms)) if lemma in by_first or form in by_first]
    for i in hits:
        lemma, form = lemmas[i], forms[i]
        entries = _candidates(two, lemma, present)
        if form != lemma and form in by_first:
            entries = list({id(e): e for e in entries + _candidates(two, form, present)}.values())  # keyed by both: once
        for entry in entries:
            forms_only = bool(entry.get("forms"))
            if forms_only and form not in entry["alts"][0]:
                continue  # written forms only ('pohvaljeni'): the lemma would match the active verb too
            alts = entry["alts"]
            if len(alts) > 1 and any(present.isdisjoint(word) for word in alts[1:]):
                continue  # a later word of the entry is nowhere in the sentence
            if len(alts) > 1 and table is None:
                table = _Sentence(tokens, lemmas, forms, cue_set(part, "clitics"))
            indices = [i]
            gap = entry.get("gap", MAX_GAP)
            for word in alts[1:]:
                nxt = table.next_of(word, indices[-1], table.reach(indices[-1], gap), forms_only)
                if nxt is None:
                    break
                indices.append(nxt)
            if len(indices) == len(alts):
                found.append(Trigger(entry, indices))
    # an entry whose sense filter the sentence cannot meet gives way to one that shares its words
    found = [t for t in found if not t.entry["requires"] or not t.entry["requires"].isdisjoint(lemmas) or not t.entry["requires"].isdisjoint(forms)]
    # longer triggers win; one token triggers one event
    found.sort(key=lambda t: (-len(t.indices), t.indices[0]))
    taken: set[int] = set()
    chosen = []
    for trigger in found:
        free = trigger.entry.get("free") or ()
        own = [index for k, index in enumerate(trigger.indices) if k not in free]  # 'free' words may trigger again
        if taken.isdisjoint(own):
            chosen.append(trigger)
            taken.update(own)
    return sorted(chosen, key=lambda t: t.indices[0])


def requirement_met(trigger: Trigger, tokens: list[Token], clause: range) -> bool:
    required = trigger.entry["requires"]
    if not required:
        return True
    window = range(max(0, clause.start - 3), min(len(tokens), clause.stop + 3))
    return any(tokens[i].lemma in required or tokens[i].text.lower() in required for i in window)


def is_verb_trigger(trigger: Trigger, tokens: list[Token], part) -> bool:
    """A trigger whose word is a verb: by its lemma, or (for a noun's lemma) by its
    form where the pack can tell ('arrested', 'to attack': the verb of 'arrest', 'attack')."""
    verb_form = getattr(part, "is_verb_form", None)
    noun_form = getattr(part, "is_noun_form", None)  # 'the attack': a determiner makes the verb's lemma a noun
    return any((part.is_verb_lemma(tokens[i].lemma) and not (noun_form is not None and noun_form(tokens, i)))
               or (verb_form is not None and verb_form(tokens, i)) for i in trigger.indices)


def entry_rule(trigger: Trigger) -> str:
    return trigger.entry.get("recipient", "any")
