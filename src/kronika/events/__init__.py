"""Events stage, one part a module, data flowing one way:

    triggers   lexicon entries found in a sentence (words.py: the pack's word sets)
    filters    triggers that name no event here
    clauses    coordinate, subordinate and relative clauses
    mentions   actor mentions placed in the sentence (case, preposition, place)
    frames     reporting frames and attribution chains
    arguments  actor and recipient of each trigger
    modality   asserted, negated, conditional, intended, hypothetical
    merge      restatements of one event merged into one
    coder      the sentence loop that puts them together (extract_events)
"""

from kronika.events.coder import extract_events

__all__ = ["extract_events"]
