"""Reporting frames and attribution: who says what ("rekao je X", "javlja Hina", "prema izvorima"), and
the chain of sources that reports each trigger."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.events.mentions import Ref, nearest_ref
from kronika.events.triggers import Trigger
from kronika.events.words import cue_set, reporting_set
from kronika.model import Entity
from kronika.text import Sentence, Token


@dataclass
class Frame:
    verb: int
    speaker: Ref | None
    chain: list[str]
    trailing: bool  # ", rekli su izvori Reutersu": the frame reports everything before it
    addressee: Ref | None = None


def _words_between(tokens: list[Token], ref: Ref, verb: int, part) -> int:
    """Words between a mention and a reporting verb, not counting punctuation,
    numbers, clitics and the names of days and months ('priopćio je u srijedu
    (17. prosinca) Međunarodni kazneni tribunal': three words)."""
    low, high = (ref.last + 1, verb) if ref.last < verb else (verb + 1, ref.first)
    clitics = cue_set(part, "clitics")
    time_word = getattr(part, "is_time_word", lambda word: False)
    return sum(1 for t in tokens[low:high] if not (t.is_punct or t.text.rstrip(".").isdigit() or t.text.lower() in clitics
                                                   or time_word(t.text.lower())))


def find_frames(sentence: Sentence, refs: list[Ref], part) -> list[Frame]:
    data = part.reporting()
    verbs = reporting_set(part, "reporting_verbs")
    anonymous = data["anonymous_sources"]
    tokens = sentence.tokens
    frames = []
    for i, token in enumerate(tokens):
        if token.lemma not in verbs:
            continue
        scope = frame_scope(tokens, i, part)
        near = [r for r in refs if _words_between(tokens, r, i, part) <= 3 and r.first in scope]
        subjects = [r for r in near if r.nominative and r.preposition is None]
        trailing = i > 0 and any(tokens[j].text == "," for j in range(max(0, i - 3), i)) and not any(
            t.text.lower() in cue_set(part, "complementizers") for t in tokens[i + 1 : i + 3]) \
            and tokens[i - 1].text.lower() not in cue_set(part, "coordination")  # ', and said ...' goes on, it does not attribute
        # 'Lukašenko je ... rekao': the subject before the verb; 'rekli su izvori', ', javlja Hina': after it
        after = [r for r in subjects if r.first > i]
        speaker = (min(after, key=lambda r: r.first) if trailing and after else None) \
            or _shared_speaker(tokens, refs, i, scope, part) \
            or max((r for r in subjects if r.last < i), key=lambda r: r.last, default=None) or nearest_ref(subjects, i)
        outlets = [r for r in near if r is not speaker and r.entity.sector == "MED" and r.preposition is None]
        chain: list[str] = []
        source = next((anonymous[tokens[j].lemma] for j in range(max(0, i - 4), min(len(tokens), i + 4)) if tokens[j].lemma in anonymous), None)
        if outlets and (source or speaker is None):
            chain.append(outlets[0].entity.name)
        if source and (speaker is None or speaker.entity.sector != "MED"):
            chain.append(source)
            speaker = None if speaker is None or speaker.first > i else speaker
        if speaker is not None:
            chain.append(speaker.entity.name)
        addressee = nearest_ref([r for r in near if not r.nominative and r.preposition is None and r.entity.sector != "MED"], i)
        frames.append(Frame(i, speaker, chain, trailing, addressee))
    # 'prema izvorima', 'u razgovoru s Politicom'
    according = reporting_set(part, "according_to")
    interviews = reporting_set(part, "interview_nouns")
    for r in refs:
        if r.entity.sector != "MED":
            continue
        if r.preposition in according or (r.preposition in ("s", "sa") and any(tokens[j].lemma in interviews for j in range(max(0, r.first - 4), r.first))):
            frames.append(Frame(r.first, r, [r.entity.name], False))
    for i, token in enumerate(tokens):
        if token.text.lower() in according and i + 1 < len(tokens) and tokens[i + 1].lemma in anonymous:
            frames.append(Frame(i, None, [anonymous[tokens[i + 1].lemma]], False))
    # 'javlja Reuters pozivajući se na neimenovane izvore': the outlet cites unnamed sources
    citing = reporting_set(part, "citing")
    for i, token in enumerate(tokens):
        if token.text.lower() in citing:
            cited = next((tokens[j].lemma for j in range(i + 1, min(len(tokens), i + 6)) if tokens[j].lemma in anonymous), None)
            if cited is not None:
                frames.append(Frame(i, None, [anonymous[cited]], True))
    return frames


def _shared_speaker(tokens: list[Token], refs: list[Ref], verb: int, scope: range, part) -> Ref | None:
    """'Rebels rejected a Senegalese plan, and said ...': a reporting verb right after 'and'
    shares the subject of the clause before; the phrase next to it is that clause's object."""
    if verb == 0 or tokens[verb - 1].text.lower() not in cue_set(part, "coordination"):
        return None
    return min((r for r in refs if r.nominative and r.preposition is None and r.last < verb - 1 and r.first in scope),
               key=lambda r: r.first, default=None)


def reporting_tails(frames: list[Frame], tokens: list[Token], part) -> list[int]:
    """Where each trailing reporting clause begins: the comma before ', a UN official
    said on Monday', ', rekli su izvori Reutersu', ', according to Pentagon sources'
    (a comma at most seven words before the verb, no 'that' after the
    verb in the sentence). Whoever that clause names reports what comes before it; they neither do nor receive it."""
    complementizers = cue_set(part, "complementizers")
    according = reporting_set(part, "according_to")
    tails = []
    for frame in frames:
        after = frame.verb + (2 if tokens[frame.verb].text.lower() in according else 1)  # 'according to' is no infinitive
        if any(t.text.lower() in complementizers for t in tokens[after:]):
            continue  # ', and officials said that ...': what follows is reported, not what came before
        comma = next((j for j in range(frame.verb - 1, max(-1, frame.verb - 8), -1) if tokens[j].text == ","), None)
        if comma is not None:
            tails.append(comma)
    return sorted(tails)


def frame_scope(tokens: list[Token], verb: int, part) -> range:
    """The reporting verb's own clause: from the previous complementizer to the next."""
    complementizers = cue_set(part, "complementizers")
    marks = [i for i, t in enumerate(tokens) if t.text.lower() in complementizers]
    start = max([m + 1 for m in marks if m < verb], default=0)
    stop = min([m for m in marks if m > verb], default=len(tokens))
    return range(start, stop)


def attribution_chain(frames: list[Frame], trigger: Trigger, actor: Entity, coordinate: range, breaks: list[int]) -> list[str]:
    """The chain of the frames that report this trigger: a trailing frame (', rekli su
    izvori Reutersu') reports the whole sentence; another frame reports what
    follows it in its own coordinate clause."""
    head = trigger.indices[0]
    def reaches(frame: Frame) -> bool:
        if frame.trailing:
            return not any(frame.verb > b > head for b in breaks) or frame.verb > max(breaks, default=-1)
        return frame.verb in coordinate or (frame.verb < head and not any(frame.verb < b <= head for b in breaks))
    applicable = [f for f in frames if f.verb not in trigger.indices and reaches(f)]
    ordered = sorted(applicable, key=lambda f: (not f.trailing, f.verb))
    chain: list[str] = []
    for frame in ordered:
        for name in frame.chain:
            if name != actor.name and name not in chain:
                chain.append(name)
    return chain


def only_reports(trigger: Trigger, frames: list[Frame]) -> bool:
    """', rekli su izvori Reutersu': a verb that only says who reports is no event of its own."""
    return len(trigger.indices) == 1 and any(
        f.verb == trigger.indices[0] and (f.trailing or f.speaker is None) for f in frames)
