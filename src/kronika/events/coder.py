"""The event coder: from an analysed article with its actors and times to
PLOVER events, each with its actor, recipient, date, modality, attribution
and evidence.

Per sentence: find the triggers of the pack's lexicon, the reporting frames
(who says it) and the clauses; give each trigger an actor (the subject of its
clause, or the speaker who reports it) and a recipient (by the trigger's
rule: the partner after 's', the one spoken to, the object, the target);
then merge restatements. Everything that knows Croatian comes from the pack
(`kronika.lang.<code>.events`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import attrgetter

from kronika.lang import pack_part
from kronika.lang.base import LanguagePack
from kronika.model import Entity, Event, Evidence, Timex
from kronika.temporal import event_time
from kronika.temporal.intervals import dates_compatible
from kronika.text import Analysis, Sentence, Token

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Media as the partner of a talk or an agreement means an interview, not an event.
MEDIA_NOT_PARTNERS = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST"})
MAX_GAP = 3
# PLOVER codes CONSULT, SUPPORT, COOPERATE and AID told as intended (future) as AGREE,
# with CAMEO's 'express intent to' code: meet or negotiate, diplomatic, material cooperation, aid
# A promised or planned meeting stays CONSULT with modality intended (ANNOTATION.md: the gold's
# first choice, PLOVER's AGREE in its alt_types).
PROMISED_AS_AGREE = {"SUPPORT": "032", "COOPERATE": "031", "AID": "033"}
# a place in the locative is where something happens; only an attack hits the place itself ('napad u Siriji')
PLACE_TARGETS = frozenset({"ASSAULT"})
# Conflict inside one country is an event: the opposition accuses the government, the
# police arrest protesters, a court sentences a politician (ANNOTATION.md, same-country dyads).
DOMESTIC_CONFLICT = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
# A protest that names no target is against the protesters' own government (ANNOTATION.md).
IMPLIED_GOVERNMENT = frozenset({"PROTEST"})
CIVIL_PROTEST_MODES = frozenset({"demo", "riot", "strike", "hunger", "obstruct"})
ANSWERS = frozenset({"REJECT"})  # a rejection with no named recipient answers an earlier accusation or demand
ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# What a speaker says can be their own event ("rekao je da je spreman..."):
# a clause without a subject takes the speaker as actor for these types.
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})  # other words allowed between the words of a multi-word trigger


@dataclass
class Ref:
    """An actor mention placed in its sentence."""

    entity: Entity
    first: int
    last: int
    nominative: bool
    preposition: str | None
    location: bool = False  # 'u Beču': where it happens, never whom it is done to


@dataclass
class Trigger:
    entry: dict
    indices: list[int]

    @property
    def head(self) -> int:
        return self.indices[-1] if self.entry["type"] != "AGREE" else self.indices[0]


@dataclass
class Frame:
    verb: int
    speaker: Ref | None
    chain: list[str]
    trailing: bool  # ", rekli su izvori Reutersu": the frame reports everything before it
    addressee: Ref | None = None


@dataclass
class _Draft:
    type: str
    mode: str | None
    cameo: str | None
    actor: Entity
    recipient: Entity | None
    date: str | None
    precision: str | None
    modality: str
    attribution: list[str]
    evidence: list[Evidence]
    confidence: float
    headline: bool = False
    sentence_index: int = 0


def extract_events(article, analysis: Analysis, mentions: list[Entity], timexes: list[Timex], pack: LanguagePack,
                   reference: datetime | None = None) -> list[Event]:
    """The events of one article. `reference`: the time relative dates are read
    against (the publication time, or the time inferred from an undated text)."""
    part = pack_part(pack, "events")
    published = article.document.published or reference
    title = (article.document.title or "").strip()
    drafts: list[_Draft] = []
    headline_drafts: list[_Draft] = []
    mentions_in = _mentions_by_sentence(analysis, mentions)
    # the lede: the first body sentence of an article with a headline (a pasted sentence has none)
    lede = next((i for i, s in enumerate(analysis.sentences) if s.start >= article.header_end), None) if title else None
    for s_index, sentence in enumerate(analysis.sentences):
        is_title = bool(title) and sentence.end <= article.header_end and sentence.text.strip() == title
        if sentence.end <= article.header_end and not is_title:
            continue  # byline, dateline
        triggers = _triggers(sentence.tokens, part)
        if not triggers:
            continue  # most sentences: nothing to code, so no mentions or clauses to read
        refs = _refs(sentence, mentions_in[s_index], part)
        before = _previous_subject(analysis, mentions_in, s_index, article.header_end, part)
        found = _code_sentence(sentence, triggers, refs, analysis.text, timexes, published, part, s_index, drafts,
                               inferred=article.document.published is None, lede=s_index == lede, previous_subject=before)
        (headline_drafts if is_title else drafts).extend(found)
    merged = _merge(drafts)
    for draft in headline_drafts:  # a headline restates the body: it adds evidence, not events
        twin = next((d for d in merged if _dyad_key(d) == _dyad_key(draft) and dates_compatible(d.date, draft.date)), None)
        if twin is not None:
            twin.evidence = twin.evidence + draft.evidence
    doc_id = article.document.id
    return [_event(d, doc_id) for d in merged]


def _previous_subject(analysis: Analysis, mentions_in: list[list[Entity]], s_index: int, header_end: int, part):
    """The subject of the sentence before (its first nominative mention with no
    preposition, not an outlet), read only when a trigger here has none: Croatian
    drops a subject that the sentence before named ('Također se sastao s ...')."""
    def subject() -> Ref | None:
        if s_index == 0 or analysis.sentences[s_index - 1].start < header_end:
            return None
        previous = analysis.sentences[s_index - 1]
        refs = _refs(previous, mentions_in[s_index - 1], part)
        return next((r for r in refs if r.nominative and r.preposition is None and r.entity.sector != "MED" and not r.location), None)
    subject.sentence = analysis.sentences[s_index - 1] if s_index > 0 else None  # where its time is told
    return subject


# ---------------------------------------------------------------- word lists

@lru_cache(maxsize=None)
def _cues(part, name: str) -> frozenset[str]:
    """One of the pack's modality cue lists as a set, made once per pack, not per sentence."""
    return frozenset(part.modality_cues().get(name, ()))


@lru_cache(maxsize=None)
def _reporting(part, name: str) -> frozenset[str]:
    """One of the pack's reporting word lists as a set, made once per pack."""
    return frozenset(part.reporting().get(name, ()))


# ---------------------------------------------------------------- mentions

LEMMA, TEXT = attrgetter("lemma"), attrgetter("text")


def _mentions_by_sentence(analysis: Analysis, mentions: list[Entity]) -> list[list[Entity]]:
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


def _refs(sentence: Sentence, mentions: list[Entity], part) -> list[Ref]:
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
        location = bool(is_location and is_location(sentence.tokens, first, last, entity.kb_id))
        refs.append(Ref(entity, first, last, part.is_nominative(tokens, entity.name, entity.kb_id),
                        part.preposition_before(sentence.tokens, first), location))
    return refs


# ---------------------------------------------------------------- triggers

@lru_cache(maxsize=8)
def _lexicon_by_first_word(part) -> dict[str, list[dict]]:
    """Trigger entries keyed by their first word: one dictionary look-up per token."""
    index: dict[str, list[dict]] = {}
    for entry in part.lexicon():
        for first in entry.get("alts", [{entry["words"][0]}])[0]:
            index.setdefault(first, []).append(entry)
    return index


def _triggers(tokens: list[Token], part) -> list[Trigger]:
    by_first = _lexicon_by_first_word(part)
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
                reach = _reach(tokens, indices[-1], gap, _cues(part, "clitics"))
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


def _reach(tokens: list[Token], last: int, gap: int, clitics: frozenset[str] = frozenset()) -> int:
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


def _requirement_met(trigger: Trigger, tokens: list[Token], clause: range) -> bool:
    required = trigger.entry["requires"]
    if not required:
        return True
    window = range(max(0, clause.start - 3), min(len(tokens), clause.stop + 3))
    return any(tokens[i].lemma in required or tokens[i].text.lower() in required for i in window)


# ---------------------------------------------------------------- clauses

def _clause_bounds(sentence: Sentence, text: str, part) -> tuple[list[int], list[int]]:
    """Token indices where coordinate clauses start (after ', a', ', ali', ';')
    and where subordinate clauses start (at 'da', 'kako')."""
    breaks = []
    for m in part.CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        index = next((i for i, t in enumerate(sentence.tokens) if t.start >= m.end() - 1), None)
        if index is not None:
            breaks.append(index)
    complementizers = _cues(part, "complementizers")
    subordinate = [i for i, t in enumerate(sentence.tokens) if t.text.lower() in complementizers]
    return breaks, subordinate


def _local_clause(index: int, n: int, breaks: list[int], subordinate: list[int]) -> range:
    bounds = sorted(set(breaks + subordinate))
    start = max([b for b in bounds if b <= index], default=0)
    stop = min([b for b in bounds if b > index], default=n)
    return range(start, stop)


def _coordinate_clause(index: int, n: int, breaks: list[int]) -> range:
    start = max([b for b in breaks if b <= index], default=0)
    stop = min([b for b in breaks if b > index], default=n)
    return range(start, stop)


# ---------------------------------------------------------------- frames

def _frames(sentence: Sentence, refs: list[Ref], part) -> list[Frame]:
    data = part.reporting()
    verbs = _reporting(part, "reporting_verbs")
    anonymous = data["anonymous_sources"]
    tokens = sentence.tokens
    frames = []
    for i, token in enumerate(tokens):
        if token.lemma not in verbs:
            continue
        scope = _frame_scope(tokens, i, part)
        near = [r for r in refs if abs(_distance(r, i)) <= 4 and r.first in scope]
        subjects = [r for r in near if r.nominative and r.preposition is None]
        # 'Lukašenko je ... rekao': the subject before the verb; 'rekli su izvori': after it
        speaker = max((r for r in subjects if r.last < i), key=lambda r: r.last, default=None) or _nearest(subjects, i)
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
        addressee = _nearest([r for r in near if not r.nominative and r.preposition is None and r.entity.sector != "MED"], i)
        trailing = i > 0 and any(tokens[j].text == "," for j in range(max(0, i - 3), i)) and not any(
            t.text.lower() in _cues(part, "complementizers") for t in tokens[i + 1 : i + 3])
        frames.append(Frame(i, speaker, chain, trailing, addressee))
    # 'prema izvorima', 'u razgovoru s Politicom'
    according = _reporting(part, "according_to")
    interviews = _reporting(part, "interview_nouns")
    for r in refs:
        if r.entity.sector != "MED":
            continue
        if r.preposition in according or (r.preposition in ("s", "sa") and any(tokens[j].lemma in interviews for j in range(max(0, r.first - 4), r.first))):
            frames.append(Frame(r.first, r, [r.entity.name], False))
    for i, token in enumerate(tokens):
        if token.text.lower() in according and i + 1 < len(tokens) and tokens[i + 1].lemma in anonymous:
            frames.append(Frame(i, None, [anonymous[tokens[i + 1].lemma]], False))
    return frames


def _frame_scope(tokens: list[Token], verb: int, part) -> range:
    """The reporting verb's own clause: from the previous complementizer to the next."""
    complementizers = _cues(part, "complementizers")
    marks = [i for i, t in enumerate(tokens) if t.text.lower() in complementizers]
    start = max([m + 1 for m in marks if m < verb], default=0)
    stop = min([m for m in marks if m > verb], default=len(tokens))
    return range(start, stop)


def _distance(ref: Ref, index: int) -> int:
    if ref.last < index:
        return index - ref.last
    if ref.first > index:
        return ref.first - index
    return 0


def _nearest(refs: list[Ref], index: int) -> Ref | None:
    return min(refs, key=lambda r: (abs(_distance(r, index)), r.first > index), default=None)


def _attribution(frames: list[Frame], trigger: Trigger, actor: Entity, coordinate: range, breaks: list[int]) -> list[str]:
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


# ---------------------------------------------------------------- arguments

def _coordinated(ref: Ref, refs: list[Ref], tokens: list[Token], part) -> list[Ref]:
    """'Rusija i njena bliska saveznica Bjelorusija': every member of a coordination."""
    words = _cues(part, "coordination")
    # 'dvojica premijera': one phrase that names several actors
    group = [ref] + [r for r in refs if r is not ref and (r.first, r.last) == (ref.first, ref.last)]
    ordered = sorted(refs, key=lambda r: r.first)
    for direction in (-1, 1):
        current = ref
        while True:
            if direction < 0:
                candidates = [r for r in ordered if r.last < current.first and r.nominative == ref.nominative and r.preposition == ref.preposition]
                other = candidates[-1] if candidates else None
                gap = range(other.last + 1, current.first) if other else range(0)
            else:
                candidates = [r for r in ordered if r.first > current.last and r.nominative == ref.nominative]
                other = candidates[0] if candidates else None
                gap = range(current.last + 1, other.first) if other else range(0)
            if other is None or len(gap) > 4 or not _joins(gap, tokens, words, direction, ordered, other, current):
                break
            group.append(other)
            current = other
    return sorted(group, key=lambda r: r.first)


LIST_PUNCTUATION = frozenset({",", "–", "-", "--", "—"})


def _joins(gap: range, tokens: list[Token], words: frozenset[str], direction: int, ordered: list[Ref], other: Ref, current: Ref) -> bool:
    """Two mentions are members of one list: a conjunction between them ('Njemačka i
    Francuska'), or a comma in an enumeration that a conjunction closes ('Cipru,
    Grčkoj i Turskoj')."""
    between = [tokens[g].text.lower() for g in gap]
    if not between:
        return False
    if any(w in words for w in between) and not any(tokens[g].is_punct for g in gap):
        return True
    if between != [","]:
        return False
    # a comma: the list must go on to a conjunction after the later member
    later = other if direction > 0 else current
    following = [r for r in ordered if r.first > later.last]
    if not following:
        return False
    tail = [tokens[g].text.lower() for g in range(later.last + 1, following[0].first)]
    return bool(tail) and (tail == [","] or (len(tail) <= 2 and any(w in words for w in tail) and "," not in tail[1:]))


def _actor_refs(trigger: Trigger, refs: list[Ref], frames: list[Frame], clause: range, coordinate: range, tokens: list[Token], part) -> list[Ref]:
    head = trigger.indices[0]
    if not _nominal_event_here(trigger, refs, tokens, clause, coordinate, part):
        possessive = _possessive_before(trigger, refs, tokens) or _genitive_agent(trigger, refs, part)
        return [possessive] if possessive else []
    # who reports is not who acts, unless the trigger stands in the reporting verb's own clause
    # ('izvijestio je o svojem posjetu Kini': his own visit)
    reporters = {id(f.speaker) for f in frames if f.speaker is not None and f.verb not in trigger.indices
                 and not (f.verb in clause and not f.trailing and f.verb < head)}
    in_clause = [r for r in refs if r.first in clause and r.nominative and r.preposition is None and id(r) not in reporters]
    before = [r for r in in_clause if r.last < head]
    if not before:  # 'Ruske rakete pogodile su Kijev': the clause opens with its subject's adjective
        opens = getattr(part, "opens_subject", None)
        before = [r for r in refs if r.first == clause.start and r.last < head and r.preposition is None
                  and id(r) not in reporters and opens and opens(tokens, r.first, r.last)]
    if trigger.entry.get("subject") == "recipient":
        before = []
    elif _possessive_before(trigger, refs, tokens):
        return [_possessive_before(trigger, refs, tokens)]
    if before:
        return _coordinated(before[-1], refs, tokens, part)
    speakers = [f for f in frames if f.verb < head and f.speaker is not None and f.speaker.entity.sector != "MED" and f.verb not in trigger.indices]
    if speakers and (trigger.entry["type"] in VERBAL_TYPES or part.has_cue("intended", _tokens_text(tokens, clause))):
        return [max(speakers, key=lambda f: f.verb).speaker]
    after = [r for r in in_clause if r.first > head]
    if after and trigger.entry.get("subject") != "recipient":
        return [after[0]]
    if clause.start > coordinate.start or coordinate.start > 0:
        earlier = [r for r in refs if r.nominative and r.preposition is None and r.last < clause.start and r.entity.sector != "MED"]
        if earlier:
            return [earlier[-1]]
    return []


def _nominal_event_here(trigger: Trigger, refs: list[Ref], tokens: list[Token], clause: range, coordinate: range, part) -> bool:
    """A verb trigger always; a noun trigger when a light verb in its clause makes
    it the subject's event ('održao je sastanak'), or it stands after 'u'/'na'
    ('u razgovoru s Madurom')."""
    if trigger.entry.get("subject") == "recipient" or any(part.is_verb_lemma(w) for w in trigger.entry["words"]) \
            or any(part.is_verb_lemma(tokens[i].lemma) for i in trigger.indices):
        return True  # a verb, or a predicate ('Maduro je dobrodošao')
    head = trigger.indices[0]
    if head > 0 and tokens[head - 1].text.lower() in _cues(part, "own_possessives"):
        return True  # 'o svojem posjetu': the subject's own
    light = part.light_verbs()
    if any(tokens[i].lemma in light or tokens[i].text.lower() in light for i in coordinate):
        return True
    preposition = part.preposition_before(tokens, head)
    return preposition in part.CIRCUMSTANCE_PREPOSITIONS


def _genitive_agent(trigger: Trigger, refs: list[Ref], part) -> Ref | None:
    """'napad Rusije na Ukrajinu': a genitive right after a noun trigger, with a target
    after it, is the noun's agent (without the target it may be its object: 'napad Kijeva')."""
    head = trigger.indices[-1]
    after = sorted((r for r in refs if r.first > head), key=lambda r: r.first)
    if len(after) < 2 or after[0].first != head + 1 or after[0].nominative or after[0].preposition is not None:
        return None
    target = after[1]
    return after[0] if target.preposition in part.TARGET and target.first - after[0].last <= 3 else None


def _possessive_before(trigger: Trigger, refs: list[Ref], tokens: list[Token]) -> Ref | None:
    """'Putinovoj invaziji': a possessive right before a nominal trigger is its actor."""
    head = trigger.indices[0]
    for r in refs:
        if r.last == head - 1 and not r.nominative and r.entity.text[:1].isupper() and r.entity.text.lower().endswith(
                ("ova", "ove", "ovoj", "ovu", "ovog", "ovom", "ovi", "eva", "eve", "evoj", "evu", "ovih", "ovim")):
            return r
    return None


def _recipient_refs(trigger: Trigger, actors: list[Ref], refs: list[Ref], frames: list[Frame], clause: range, coordinate: range, tokens: list[Token], part) -> list[Ref]:
    rule = trigger.entry.get("recipient", "any")
    head = trigger.indices[0]
    actor_names = {a.entity.name for a in actors}
    speakers = {id(f.speaker) for f in frames if f.speaker is not None}  # who reports is not who receives
    relative, authors = _relative_clauses(tokens, part, head)
    # 'Kosor je izrazila potporu Zagreba ... BiH': her own country receives nothing from her, the next one does
    others = [r for r in refs if r.entity.name not in actor_names and r.entity.country is not None and id(r) not in speakers
              and all(_valid_dyad(trigger.entry["type"], a.entity, r.entity) for a in actors)
              and (not r.location or trigger.entry["type"] in PLACE_TARGETS)
              and (r.first not in relative or (r.first in authors and r.nominative and r.preposition is None))]
    free = [trigger.indices[k] for k in trigger.entry.get("free") or () if k < len(trigger.indices)]
    if free:  # 'osudila napad na Izrael': the target of the condemned deed is not the one condemned
        others = [r for r in others if not (r.first > free[0] and r.preposition in part.TARGET)]
    in_clause = [r for r in others if r.first in coordinate]
    if trigger.entry.get("subject") == "recipient":
        subject = [r for r in others if r.first in clause and r.nominative]
        return subject[:1]
    picks: list[Ref] = []
    if rule == "with":
        picks = [r for r in in_clause if r.preposition in part.WITH]
        if picks:
            picks = _coordinated(min(picks, key=lambda r: abs(_distance(r, head))), refs, tokens, part)
    elif rule == "addressee":
        speech = [f for f in frames if f.verb <= head and f.addressee is not None]
        if speech:
            picks = [max(speech, key=lambda f: f.verb).addressee]
    elif rule in ("target", "none"):
        # a one-place event ('none': a protest, a mobilisation) takes a recipient only when the clause names a target
        picks = [r for r in in_clause if r.first > head and r.preposition in part.TARGET][:1]
        if rule == "none":
            return picks
    elif rule == "object":
        picks = [r for r in in_clause if r.preposition in part.FROM and abs(_distance(r, head)) <= 6]  # 'zatražio od X'
        # an inanimate object looks nominative ('napasti Tajvan'); the actor is already taken
        picks = picks or [r for r in in_clause if r.first > head and (r.preposition is None or r.preposition in part.TARGET)]
        if picks:
            picks = _coordinated(picks[0], refs, tokens, part)
    if not picks and rule == "with" and _unresolved_partner(trigger, tokens, clause, part):
        return []  # 's Benedictom': the partner is named but unknown; nobody else takes its place
    if not picks and rule in ("with",):
        speech = [f for f in frames if f.addressee is not None and f.addressee.first in coordinate]
        picks = [speech[0].addressee] if speech else []
    if not picks and rule == "any":
        local = [r for r in others if r.first in clause]
        picks = [_nearest(local or in_clause, head)] if (local or in_clause) else []
    if not picks and rule in ("target", "object", "with"):
        # the subject of a clause of its own may receive: 'pritisak da on odstupi'
        after = [r for r in in_clause if r.first > head and not (r.nominative and r.preposition is None and r.first in clause)]
        before = [r for r in in_clause if r.last < head and r.preposition is not None]
        # 'Hrvatskoj odobrila pomoć': a dative before the verb
        datives = [r for r in others if r.first in clause and r.last < head and r.preposition is None and not r.nominative]
        candidates = after or before or datives
        picks = [_nearest(candidates, head)] if candidates else []
    return [p for p in picks if p is not None]


def _relative_clauses(tokens: list[Token], part, head: int) -> tuple[set[int], set[int]]:
    """Token indices of relative clauses ('koja nije prihvatljiva Srbiji', up to
    the next comma) that do not hold the trigger: they describe a noun, their
    actors receive nothing from it. Except the clause right after the trigger's
    object, whose subject made it ('odbacila je plan koji su predložili UN':
    the UN receive the rejection): its indices are returned second."""
    pronouns = _cues(part, "relative_pronouns")
    inside: set[int] = set()
    authors: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text.lower() not in pronouns:
            continue
        stop = next((j for j in range(i + 1, len(tokens)) if tokens[j].is_punct), len(tokens))
        if not (i <= head < stop):
            inside.update(range(i, stop))
            if 0 < i - head <= 4:
                authors.update(range(i, stop))
    return inside, authors


def _unresolved_partner(trigger: Trigger, tokens: list[Token], clause: range, part) -> bool:
    """A 's/sa' phrase right after the trigger names a partner the actor stage did not resolve."""
    head = trigger.indices[-1]
    return any(tokens[j].text.lower() in part.WITH for j in range(head + 1, min(clause.stop, head + 6)))


# ---------------------------------------------------------------- modality

def _modality(trigger: Trigger, sentence: Sentence, clause: range, coordinate: range, part) -> str:
    tokens = sentence.tokens
    head = trigger.indices[0]
    if part.negated(tokens, head, clause.start) or _denied(tokens, clause, coordinate, part):
        return "negated"
    clause_text = _span(sentence, clause.start, head)
    if part.has_cue("hypothetical", clause_text) or (sentence.text.rstrip().endswith("?") and " li " in f" {sentence.text.lower()} "):
        return "hypothetical"
    following = _span(sentence, head, clause.stop - 1) if clause.stop > head else ""
    if part.has_cue("conditional", following) or part.has_cue("conditional", clause_text):
        return "conditional"
    # the future auxiliary may follow the verb: 'sastat će se', 'potpisat će'
    with_auxiliary = _span(sentence, clause.start, min(head + 2, clause.stop - 1))
    if trigger.entry.get("modality") == "intended" or part.has_cue("intended", with_auxiliary):
        return "intended"
    return "asserted"


def _denied(tokens: list[Token], clause: range, coordinate: range, part) -> bool:
    """'zanijekalo je da je Ljubljana prijetila': what a denial's clause tells is negated."""
    denials = _cues(part, "denial")
    complementizers = _cues(part, "complementizers")
    if not denials or clause.start >= len(tokens) or tokens[clause.start].text.lower() not in complementizers:
        return False
    return any(tokens[i].lemma in denials for i in range(coordinate.start, clause.start))


def _tokens_text(tokens: list[Token], span: range) -> str:
    return " ".join(tokens[i].text for i in span if i < len(tokens))


def _span(sentence: Sentence, first: int, last: int) -> str:
    if first > last or not sentence.tokens:
        return ""
    last = min(last, len(sentence.tokens) - 1)
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    return sentence.text[start - sentence.start : end - sentence.start]


# ---------------------------------------------------------------- sentence

def _code_sentence(sentence: Sentence, triggers: list[Trigger], refs: list[Ref], text: str, timexes: list[Timex], published: datetime | None, part, s_index: int,
                   earlier: list[_Draft], inferred: bool = False, lede: bool = False, previous_subject=None) -> list[_Draft]:
    tokens = sentence.tokens
    breaks, subordinate = _clause_bounds(sentence, text, part)
    frames = _frames(sentence, refs, part)
    drafts: list[_Draft] = []
    verb_heads = {t.indices[-1] for t in triggers if _is_verb_trigger(t, tokens, part)}
    for trigger in triggers:
        if not _is_verb_trigger(trigger, tokens, part) and any(0 < trigger.indices[0] - v <= 2 for v in verb_heads) \
                and _possessive_before(trigger, refs, tokens) is None and _genitive_agent(trigger, refs, part) is None:
            continue  # 'zatražila je potporu': the noun is what the verb's event is about ('osudili Putinovu invaziju' is its own)
        head = trigger.indices[0]
        clause = _local_clause(head, len(tokens), breaks, subordinate)
        coordinate = _coordinate_clause(head, len(tokens), breaks)
        if not _requirement_met(trigger, tokens, coordinate):
            continue
        if _topic_only(trigger, tokens, part) or _inside_source(trigger, tokens, part) or _interview(trigger, refs, part):
            continue
        if _in_relative_clause(trigger, tokens, part):
            continue
        if _only_reports(trigger, frames) or _unanswered_question(tokens, clause, head, part) or _denies_a_clause(trigger, tokens, part):
            continue
        actors = _actor_refs(trigger, refs, frames, clause, coordinate, tokens, part)
        carried = None
        if not actors and previous_subject is not None and _opens_sentence(trigger, tokens, clause, part):
            carried = previous_subject()  # 'Također se sastao s ...': the subject of the sentence before
            actors = [carried] if carried is not None else []
        recipients = _recipient_refs(trigger, actors, refs, frames, clause, coordinate, tokens, part)
        if not recipients and drafts and actors and drafts[-1].actor.name == actors[0].entity.name and drafts[-1].recipient is not None:
            recipients_entities = [drafts[-1].recipient]  # 'pritisak na X, i razmještajem snaga': same target
        else:
            recipients_entities = [r.entity for r in recipients]
        if not recipients_entities and entry_rule(trigger) == "none":
            # a one-place event: no one is named as its target; a protest's is the protesters' own government
            own = _own_government(actors[0].entity) if actors and trigger.entry["type"] in IMPLIED_GOVERNMENT else None
            recipients_entities = [own]
        if not recipients_entities and actors and trigger.entry["type"] in ANSWERS:
            recipients_entities = _answered(actors[0].entity, drafts + earlier)
        entry = trigger.entry
        if not recipients_entities and len(actors) >= 2 and (entry["type"] in RECIPROCAL_TYPES or entry.get("recipient") == "with"):
            # 'Plenković i Orbán razgovarali su': the members meet each other
            recipients_entities = [actors[1].entity]
            actors = actors[:1]
        modality = _modality(trigger, sentence, clause, coordinate, part)
        event_type, cameo = entry["type"], entry.get("cameo")
        if modality == "intended" and event_type in PROMISED_AS_AGREE:
            # PLOVER: cooperation told in the future tense is a promise, coded AGREE
            event_type, cameo = "AGREE", PROMISED_AS_AGREE[event_type]
        anchor = tokens[head].start
        # a time inside the trigger's own 'da' clause dates what is said there, not the saying:
        # 'pozvao ga je da u travnju obiđe terminal' invites now, for April
        embedded = [s for s in subordinate if s > head]
        time_end = tokens[min(embedded)].start if embedded and clause.start not in subordinate else sentence.end
        value, precision = event_time(text, timexes, sentence.start, time_end, anchor, published,
                                      tense=part.tense(tokens, head), clause_break=part.CLAUSE_BREAK, inferred=inferred,
                                      lede=lede)
        if carried is not None and not _timed(timexes, sentence.start, time_end):
            # the story goes on with the same subject and no time of its own: the time of the sentence before
            value, precision = _story_time(timexes, previous_subject.sentence) or (value, precision)
        evidence = Evidence(sentence=sentence.text, start=sentence.start, end=sentence.end,
                            trigger=[tokens[i].text for i in trigger.indices],
                            trigger_spans=[(tokens[i].start, tokens[i].end) for i in trigger.indices])
        pairs = [(a.entity, r, a.nominative) for a in actors for r in recipients_entities]
        if entry.get("reverse"):
            # 'Zagreb je ugostio Goloba': the host is the subject, but the visitor acts (ANNOTATION.md)
            pairs = [(r, a, n) for a, r, n in pairs if r is not None]
        for actor_entity, recipient, nominative in pairs:
                if not _valid_dyad(event_type, actor_entity, recipient) or _civil_act_by_a_state(event_type, entry.get("mode"), actor_entity):
                    continue
                drafts.append(_Draft(
                    type=event_type, mode=entry.get("mode") if event_type == entry["type"] else None, cameo=cameo,
                    actor=actor_entity, recipient=recipient, date=value, precision=precision, modality=modality,
                    attribution=_attribution(frames, trigger, actor_entity, coordinate, breaks), evidence=[evidence],
                    confidence=0.7 if nominative else 0.5, sentence_index=s_index,
                ))
    return drafts


def _timed(timexes: list[Timex], start: int, end: int) -> bool:
    return any(start <= t.start < end and t.precision != "duration" for t in timexes)


def _story_time(timexes: list[Timex], sentence: Sentence | None) -> tuple[str, str] | None:
    """The first point in time (not a duration) a sentence gives, as the event's date."""
    if sentence is None:
        return None
    told = next((t for t in timexes if sentence.start <= t.start < sentence.end and t.precision != "duration"), None)
    if told is None:
        return None
    return (told.value[:10], "day") if told.precision == "minute" else (told.value, told.precision)


def _opens_sentence(trigger: Trigger, tokens: list[Token], clause: range, part) -> bool:
    """A verb trigger in the sentence's first clause with at most one word (an
    adverb) and clitics before it: a sentence with no subject of its own."""
    if clause.start != 0 or not _is_verb_trigger(trigger, tokens, part):
        return False
    clitics = _cues(part, "clitics")
    before = [t for t in tokens[: trigger.indices[0]] if not t.is_punct and t.text.lower() not in clitics]
    return len(before) <= 1


def _is_verb_trigger(trigger: Trigger, tokens: list[Token], part) -> bool:
    return any(part.is_verb_lemma(tokens[i].lemma) for i in trigger.indices)


def _in_relative_clause(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'na izborima koje SAD smatraju namještenima': a relative clause after a
    preposition's noun describes that noun; what it tells is background."""
    pronouns = _cues(part, "relative_pronouns")
    complementizers = _cues(part, "complementizers")
    head = trigger.indices[0]
    for i in range(head - 1, -1, -1):
        if tokens[i].is_punct or tokens[i].text.lower() in complementizers:
            return False  # the relative clause ends at a comma; a 'da'/'kako' clause is the trigger's own
        if tokens[i].text.lower() in pronouns:
            return i >= 2 and part.preposition_before(tokens, i - 1) is not None
    return False


def _denies_a_clause(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'zanijekalo je da je Ljubljana prijetila': the denial negates the event it
    denies (see _denied) and is no rejection of its own."""
    head = trigger.indices[-1]
    if len(trigger.indices) > 1 or tokens[head].lemma not in _cues(part, "denial"):
        return False
    complementizers = _cues(part, "complementizers")
    return any(t.text.lower() in complementizers for t in tokens[head + 1 : head + 4])


def _civil_act_by_a_state(event_type: str, mode: str | None, actor: Entity) -> bool:
    """Demonstrations, riots, strikes, hunger strikes and blockades are what
    civilians do (PLOVER PROTEST); a government that 'blocks roads' protests nothing."""
    return event_type == "PROTEST" and mode in CIVIL_PROTEST_MODES and actor.sector in ("GOV", "MIL", "IGO")


def _only_reports(trigger: Trigger, frames: list[Frame]) -> bool:
    """', rekli su izvori Reutersu': a verb that only says who reports is no event of its own."""
    return len(trigger.indices) == 1 and any(
        f.verb == trigger.indices[0] and (f.trailing or f.speaker is None) for f in frames)


def _unanswered_question(tokens: list[Token], clause: range, head: int, part) -> bool:
    """'odbio je odgovoriti je li spreman poslati vojsku': a question the actor would
    not answer tells no event, not even a hypothetical one."""
    refusals, answers = _cues(part, "refusal"), _cues(part, "answer")
    questions = _cues(part, "question_particles")
    for q in (i for i in clause if i < head and tokens[i].text.lower() in questions):
        before = [t.lemma for t in tokens[max(0, q - 5) : q]]
        if any(w in refusals for w in before) and any(w in answers for w in before):
            return True
    return False


def _answered(actor: Entity, earlier: list[_Draft]) -> list[Entity]:
    """'odbacio je te optužbe': a rejection answers the last actor who
    accused or asked the rejecting actor's country."""
    for draft in reversed(earlier):
        if draft.type in ANSWERED and draft.recipient is not None and draft.recipient.country == actor.country and draft.actor.country != actor.country:
            return [draft.actor]
    return []


def _topic_only(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'objašnjenje o tim susretima', 'nakon godina izolacije': a noun that
    names an event as a topic or a time, not as something that happens here."""
    head = trigger.indices[0]
    if head > 0 and tokens[head - 1].text.lower() in _cues(part, "own_possessives"):
        return False  # 'o svojem posjetu Cipru': the subject's own visit, told as a topic but an event
    if head > 0 and tokens[head - 1].text.lower() in part.DEMONSTRATIVES:
        return True  # 'te optužbe': those accusations, told before
    if head > 0 and tokens[head - 1].text.lower() in _cues(part, "relative_pronouns"):
        return True  # 'na čiju potporu računa': a support counted on, not given here
    return any(tokens[i].text.lower() in part.TOPIC_PREPOSITIONS for i in range(max(0, head - 2), head))


def _interview(trigger: Trigger, refs: list[Ref], part) -> bool:
    """'u razgovoru s Politicom': a talk with an outlet is an interview, a source of attribution."""
    head = trigger.indices[-1]
    return any(r.entity.sector == "MED" and r.preposition in part.WITH and 0 < r.first - head <= 2 for r in refs)


def _inside_source(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'izvori bliski pregovorima': the trigger describes the source, not an event."""
    anonymous = part.reporting()["anonymous_sources"]
    head = trigger.indices[0]
    return any(tokens[i].lemma in anonymous for i in range(max(0, head - 2), head))


def _own_government(actor: Entity) -> Entity | None:
    """The government of the actor's country, as the implied target of its protest (not a government's own)."""
    if actor.country in (None, "IGO") or actor.sector == "GOV":
        return None
    from kronika.actors.kb import load_kb

    country = load_kb().country(actor.country)
    if country is None:
        return None
    return Entity(name=country.name, text="", country=actor.country, sector="GOV", kb_id=country.id)


def entry_rule(trigger: Trigger) -> str:
    return trigger.entry.get("recipient", "any")


def _valid_dyad(event_type: str, actor: Entity, recipient: Entity | None) -> bool:
    if recipient is None:
        return actor.country is not None  # a one-place event
    if actor.country is None or recipient.country is None:
        return False
    if actor.name == recipient.name or (actor.kb_id and actor.kb_id == recipient.kb_id):
        # one actor on both sides is no event, but a country's students against its government are two
        if not (event_type in DOMESTIC_CONFLICT and actor.sector != recipient.sector):
            return False
    if actor.country == recipient.country and any((e.kb_id or "").startswith("c:") for e in (actor, recipient)) \
            and event_type not in DOMESTIC_CONFLICT:
        return False  # 'Kosor ... potporu Zagreba': a country's own official does not act on the country itself
    if recipient.sector == "MED" and event_type in MEDIA_NOT_PARTNERS:
        return False
    return True


# ---------------------------------------------------------------- restatements

def _dyad_key(draft: _Draft) -> tuple:
    pair = (draft.actor.country, draft.recipient.country if draft.recipient else None)
    return (draft.type, frozenset(pair) if draft.type in SYMMETRIC_TYPES else pair)


def _same_event(a: _Draft, b: _Draft) -> bool:
    """Same type, same dyad, dates that may be the same time, and the same
    modality: 'deployed forces' and 'would he send the army?' are two events.
    Meetings with two different people of one country are two events, and so
    are the members of one list in one sentence ('s premijerom X, predsjednikom Y')."""
    if _dyad_key(a) != _dyad_key(b) or not dates_compatible(a.date, b.date) or a.modality != b.modality:
        return False
    return not (_different_people(a, b) or (a.sentence_index == b.sentence_index and _sides(a) != _sides(b)))


def _sides(draft: _Draft) -> tuple:
    return (draft.actor.name, draft.recipient.name if draft.recipient else None)


def _person(entity: Entity | None) -> str | None:
    return entity.kb_id if entity is not None and (entity.kb_id or "").startswith(("p:", "wd:")) else None


def _different_people(a: _Draft, b: _Draft) -> bool:
    """One person meets two others: 'X met Y' and 'X met Z' (all known to the
    knowledge base) are two events, though Y and Z are of one country."""
    first, second = (_person(a.actor), _person(a.recipient)), (_person(b.actor), _person(b.recipient))
    orders = [second, second[::-1]] if a.type in SYMMETRIC_TYPES else [second]
    for other in orders:
        for shared, differing in ((0, 1), (1, 0)):
            if first[shared] and first[shared] == other[shared] and first[differing] and other[differing] \
                    and first[differing] != other[differing]:
                return True
    return False


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    merged: list[_Draft] = []
    for draft in drafts:
        twin = next((m for m in merged if _same_event(m, draft)), None)
        if twin is None:
            merged.append(draft)
            continue
        if _specificity(draft) > _specificity(twin):
            draft.evidence = twin.evidence + [e for e in draft.evidence if e not in twin.evidence]
            draft.attribution = draft.attribution or twin.attribution
            merged[merged.index(twin)] = draft
            twin = draft
        else:
            twin.evidence += [e for e in draft.evidence if e not in twin.evidence]
            twin.attribution = twin.attribution or draft.attribution
        more_precise = min((twin, draft), key=lambda d: _precision_rank(d.precision))
        twin.date, twin.precision = more_precise.date, more_precise.precision
    return merged


PRECISION_ORDER = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")


def _precision_rank(precision: str | None) -> int:
    return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else len(PRECISION_ORDER)


def _specificity(draft: _Draft) -> int:
    """People over countries: the body's 'Putin' says more than the lede's 'Rusija'."""
    return sum(1 for e in (draft.actor, draft.recipient) if e is not None and e.kb_id and e.kb_id.startswith("p:")) + (1 if draft.attribution else 0)


def _event(draft: _Draft, doc_id: str) -> Event:
    event = Event(
        id="",
        type=draft.type, mode=draft.mode, cameo=draft.cameo,
        actor=draft.actor, recipient=draft.recipient,
        date=draft.date, date_precision=draft.precision,
        attribution=draft.attribution, modality=draft.modality,
        evidence=draft.evidence, confidence=draft.confidence, document=doc_id,
    )
    event.id = event.stable_id(doc_id)
    return event
