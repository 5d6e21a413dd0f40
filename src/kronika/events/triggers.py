"""Trigger matching: the pack's lexicon entries found in a sentence's tokens (lemmas or written forms, with
gaps), longest first, one token one event, sense filters met."""

from __future__ import annotations

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


def find_triggers(tokens: list[Token], part) -> list[Trigger]:
    by_first = lexicon_by_first_word(part)
    lemmas = list(map(LEMMA, tokens))
    forms = list(map(str.lower, map(TEXT, tokens)))
    if by_first.keys().isdisjoint(lemmas) and by_first.keys().isdisjoint(forms):
        return []  # most sentences: no word begins a trigger (checked in C, not token by token)
    found: list[Trigger] = []
    for i, (lemma, form) in enumerate(zip(lemmas, forms)):
        if lemma not in by_first and form not in by_first:
            continue
        entries = by_first.get(lemma, []) + (by_first.get(form, []) if form != lemma else [])
        for entry in {id(e): e for e in entries}.values():  # an entry keyed by both the lemma and the form: once
            if entry.get("forms") and form not in entry["alts"][0]:
                continue  # written forms only ('pohvaljeni'): the lemma would match the active verb too
            words = entry["words"]
            alts = entry.get("alts") or tuple({w} for w in words)
            indices = [i]
            gap = entry.get("gap", MAX_GAP)
            for word in alts[1:]:
                reach = trigger_reach(tokens, indices[-1], gap, cue_set(part, "clitics"))
                nxt = next((j for j in range(indices[-1] + 1, reach) if (lemmas[j] in word and not entry.get("forms")) or forms[j] in word), None)
                if nxt is None:
                    break
                indices.append(nxt)
            if len(indices) == len(words):
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


def trigger_reach(tokens: list[Token], last: int, gap: int, clitics: frozenset[str] = frozenset()) -> int:
    """The index after the last token a trigger's next word may be: `gap` words
    on, not counting punctuation, numbers and clitics ('potpisala je u petak (11. rujna) protokol')."""
    words = 0
    for j in range(last + 1, len(tokens)):
        text = tokens[j].text
        if not (tokens[j].is_punct or text.rstrip(".").isdigit() or text.lower() in clitics):
            words += 1
            if words == gap + 1:  # the gap's words and the next trigger word itself
                return j + 1
    return len(tokens)


def requirement_met(trigger: Trigger, tokens: list[Token], clause: range) -> bool:
    required = trigger.entry["requires"]
    if not required:
        return True
    window = range(max(0, clause.start - 3), min(len(tokens), clause.stop + 3))
    return any(tokens[i].lemma in required or tokens[i].text.lower() in required for i in window)


def is_verb_trigger(trigger: Trigger, tokens: list[Token], part) -> bool:
    return any(part.is_verb_lemma(tokens[i].lemma) for i in trigger.indices)


def entry_rule(trigger: Trigger) -> str:
    return trigger.entry.get("recipient", "any")
