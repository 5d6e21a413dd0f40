"""Arguments: the actor and the recipient of a trigger, from the actor mentions of its sentence, their case
(nominative, preposition), coordination and lists, possessives and genitive agents, and the trigger's recipient rule."""

from __future__ import annotations

from dataclasses import replace

from kronika.events.clauses import relative_clauses
from kronika.events.frames import Frame
from kronika.events.mentions import Ref, nearest_ref, token_distance
from kronika.events.triggers import Trigger, is_verb_trigger
from kronika.events.words import cue_set, tokens_text
from kronika.model import Entity
from kronika.text import Token


# a place in the locative is where something happens; only an attack hits the place itself ('napad u Siriji')
PLACE_TARGETS = frozenset({"ASSAULT"})


# What a speaker says can be their own event ("rekao je da je spreman..."):
# a clause without a subject takes the speaker as actor for these types.
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})  # other words allowed between the words of a multi-word trigger


# Media as the partner of a talk or an agreement means an interview, not an event.
MEDIA_NOT_PARTNERS = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST"})


# Conflict inside one country, and its easing, is an event: the opposition accuses the government,
# the police arrest protesters, a court sentences a politician, a government lifts its own
# curfew or frees prisoners (ANNOTATION.md, same-country dyads).
DOMESTIC_CONFLICT = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "CONCEDE", "RETREAT"})


def coordinated(ref: Ref, refs: list[Ref], tokens: list[Token], part) -> list[Ref]:
    """'Rusija i njena bliska saveznica Bjelorusija': every member of a coordination."""
    words = cue_set(part, "coordination")
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
            if other is None or len(gap) > 4 or not joins_list(gap, tokens, words, direction, ordered, other, current):
                break
            group.append(other)
            current = other
    return sorted(group, key=lambda r: r.first)


LIST_PUNCTUATION = frozenset({",", "–", "-", "--", "—"})


def joins_list(gap: range, tokens: list[Token], words: frozenset[str], direction: int, ordered: list[Ref], other: Ref, current: Ref) -> bool:
    """Two mentions are members of one list: a conjunction between them ('Njemačka i
    Francuska'), or a comma in an enumeration that a conjunction closes ('Cipru,
    Grčkoj i Turskoj')."""
    between = [tokens[g].text.lower() for g in gap]
    if not between:
        return False
    if any(w in words for w in between) and not any(tokens[g].is_punct for g in gap):
        return True
    if len(between) == 2 and between[0] == "," and between[1] in words:
        return True  # the serial comma: 'the US, Russia, and Switzerland'

    if between != [","]:
        return False
    # a comma: the list must go on to a conjunction after the later member
    later = other if direction > 0 else current
    following = [r for r in ordered if r.first > later.last]
    if not following:
        return False
    tail = [tokens[g].text.lower() for g in range(later.last + 1, following[0].first)]
    return bool(tail) and (tail == [","] or (len(tail) <= 2 and any(w in words for w in tail) and "," not in tail[1:]))


def actor_refs(trigger: Trigger, refs: list[Ref], frames: list[Frame], clause: range, coordinate: range, tokens: list[Token], part) -> list[Ref]:
    head = trigger.indices[0]
    if not nominal_event_here(trigger, refs, tokens, clause, coordinate, part):
        possessive = possessive_before(trigger, refs, tokens, part) or genitive_agent(trigger, refs, part)
        return [possessive] if possessive else []
    # who reports is not who acts, unless the trigger stands in the reporting verb's own clause
    # ('izvijestio je o svojem posjetu Kini': his own visit)
    own = head > 0 and tokens[head - 1].text.lower() in cue_set(part, "own_possessives")  # 'svojem posjetu': the subject's
    # a frame that reports what follows it ('..., rekavši kako ...') does not report a trigger before it
    reporters = {id(f.speaker) for f in frames if f.speaker is not None and f.verb not in trigger.indices
                 and not (f.verb in clause and not f.trailing and f.verb < head) and not own
                 and not (not f.trailing and f.verb > head)}
    in_clause = [r for r in refs if r.first in clause and r.nominative and r.preposition is None and id(r) not in reporters]
    # 'Russian aircraft ... killed', 'Israeli helicopters shelled': a trigger that opens on its subject's own noun
    before = [r for r in in_clause if r.last < head or (r.first < head == r.last and len(trigger.indices) > 1)]
    if not before:  # 'Ruske rakete pogodile su Kijev': the clause opens with its subject's adjective
        opens = getattr(part, "opens_subject", None)
        before = [r for r in refs if r.first == clause.start and r.last < head and r.preposition is None
                  and id(r) not in reporters and opens and opens(tokens, r.first, r.last)]
    if trigger.entry.get("subject") == "recipient":
        before = []
    elif possessive_before(trigger, refs, tokens, part):
        return [possessive_before(trigger, refs, tokens, part)]
    if before:
        return coordinated(_outside_apposition(before, tokens, head), refs, tokens, part)
    speakers = [f for f in frames if f.verb < head and f.speaker is not None and f.speaker.entity.sector != "MED" and f.verb not in trigger.indices]
    if speakers and (trigger.entry["type"] in VERBAL_TYPES or part.has_cue("intended", tokens_text(tokens, clause))):
        return [max(speakers, key=lambda f: f.verb).speaker]
    after = [r for r in in_clause if r.first > head]
    if after and trigger.entry.get("subject") != "recipient":
        # 'Razgovarali su Plenković i Stocker': a verb's subject after it, with those it is coordinated with
        return coordinated(after[0], refs, tokens, part) if is_verb_trigger(trigger, tokens, part) else [after[0]]

    if clause.start > coordinate.start or coordinate.start > 0:
        earlier = [r for r in refs if r.nominative and r.preposition is None and r.last < clause.start and r.entity.sector != "MED"]
        if earlier:
            return [earlier[-1]]
    return []


def between_parties(trigger: Trigger, refs: list[Ref], coordinate: range, tokens: list[Token], part) -> list[Ref]:
    """'sporazum između Hrvatske i Albanije', 'talks between X and Y': the parties of a
    symmetric event named after 'između'/'between' (the pack's BETWEEN), in order."""
    between = getattr(part, "BETWEEN", frozenset())
    first = next((r for r in refs if r.first in coordinate and r.preposition in between and r.first > trigger.indices[0]), None)
    return coordinated(first, refs, tokens, part) if first is not None else []


def _outside_apposition(before: list[Ref], tokens: list[Token], head: int) -> Ref:
    """The subject, not a description set off by commas after it ('Pakistan, a key
    U.S. ally in the war, has refused ...': Pakistan refuses, not the U.S.)."""
    last = before[-1]
    for subject in reversed(before[:-1]):
        opening = subject.last + 1
        if opening >= last.first or tokens[opening].text != ",":
            continue
        closing = next((j for j in range(last.last + 1, head) if tokens[j].text == ","), None)
        if closing is not None and all(tokens[j].text != "," for j in range(opening + 1, last.first)):
            return subject
    return last


def nominal_event_here(trigger: Trigger, refs: list[Ref], tokens: list[Token], clause: range, coordinate: range, part) -> bool:
    """A verb trigger always; a noun trigger when a light verb in its clause makes
    it the subject's event ('održao je sastanak'), or it stands after 'u'/'na'
    ('u razgovoru s Madurom')."""
    if trigger.entry.get("subject") == "recipient" or any(part.is_verb_lemma(w) for w in trigger.entry["words"]) \
            or is_verb_trigger(trigger, tokens, part):
        return True  # a verb, or a predicate ('Maduro je dobrodošao')
    head = trigger.indices[0]
    if head > 0 and tokens[head - 1].text.lower() in cue_set(part, "own_possessives"):
        return True  # 'o svojem posjetu': the subject's own
    light = part.light_verbs()
    if any(tokens[i].lemma in light or tokens[i].text.lower() in light for i in coordinate):
        return True
    preposition = part.preposition_before(tokens, head)
    return preposition in part.CIRCUMSTANCE_PREPOSITIONS


def genitive_agent(trigger: Trigger, refs: list[Ref], part) -> Ref | None:
    """'napad Rusije na Ukrajinu': a genitive right after a noun trigger, with a target
    after it, is the noun's agent (without the target it may be its object: 'napad Kijeva')."""
    head = trigger.indices[-1]
    after = sorted((r for r in refs if r.first > head), key=lambda r: r.first)
    if len(after) < 2 or after[0].first != head + 1 or after[0].nominative or after[0].preposition is not None:
        return None
    target = after[1]
    return after[0] if target.preposition in part.TARGET and target.first - after[0].last <= 3 else None


def possessive_before(trigger: Trigger, refs: list[Ref], tokens: list[Token], part=None) -> Ref | None:
    """'Putinovoj invaziji', "Russia's attack": a possessive right before a nominal
    trigger is its actor (the pack says what a possessive looks like)."""
    head = trigger.indices[0]
    possessive = getattr(part, "is_possessive", None)
    if possessive is None or is_verb_trigger(trigger, tokens, part):
        return None  # a verb has a subject, no possessive: 'u Kijevu sastao se' ('Kijevu' only looks like 'Putinovu')
    for r in refs:
        # right before the noun, or with one word between ("Russia's attack", 'Putinovoj brutalnoj invaziji')
        if r.last in (head - 1, head - 2) and not r.nominative and r.entity.text[:1].isupper() and possessive(tokens, r.first, r.last) \
                and not (r.last == head - 2 and tokens[head - 1].is_punct):
            return r
    return None


def recipient_refs(trigger: Trigger, actors: list[Ref], refs: list[Ref], frames: list[Frame], clause: range, coordinate: range, tokens: list[Token], part) -> list[Ref]:
    rule = trigger.entry.get("recipient", "any")
    head = trigger.indices[0]
    actor_names = {(a.entity.name, a.entity.sector) for a in actors}  # 'Croatia' the government and 'Croatia' its unions differ
    # who reports is not who receives, but a frame after the trigger that reports what follows it says nothing of it
    speakers = {id(f.speaker) for f in frames if f.speaker is not None and not (not f.trailing and f.verb > head)}
    relative, authors = relative_clauses(tokens, part, head)
    if trigger.entry["type"] in PLACE_TARGETS or trigger.entry.get("place"):
        refs = _places_as_their_people(refs, actors)
    # 'Kosor je izrazila potporu Zagreba ... BiH': her own country receives nothing from her, the next one does
    others = [r for r in refs if (r.entity.name, r.entity.sector) not in actor_names and has_country(r.entity) and id(r) not in speakers
              and all(valid_dyad(trigger.entry["type"], a.entity, r.entity) for a in actors if has_country(a.entity))
              and (not r.location or trigger.entry["type"] in PLACE_TARGETS or trigger.entry.get("place"))
              and (r.first not in relative or (r.first in authors and r.nominative and r.preposition is None))]
    if trigger.entry["type"] in BACKING:
        # 'podržava sankcije protiv Rusije', 'backed sanctions against Iran': what is backed is aimed at
        # the one after the target word; he is no partner of the backing
        others = [r for r in others if not (r.preposition in part.TARGET and r.first > trigger.indices[-1] + 1
                                            and _noun_between(tokens, trigger.indices[-1], r.first))]
    free = [trigger.indices[k] for k in trigger.entry.get("free") or () if k < len(trigger.indices)]
    if free:  # 'osudila napad na Izrael': the target of the condemned deed is not the one condemned
        others = [r for r in others if not (r.first > free[0] and r.preposition in part.TARGET)]
    in_clause = [r for r in others if r.first in coordinate]
    agent_after = getattr(part, "agent_after", None)
    if trigger.entry["type"] in CHARGED and agent_after is not None:
        # 'investigating crimes by Croatian extremists against Serb civilians': the one charged is who did them
        agents = [r for r in in_clause if r.first > head and agent_after(tokens, r.first)]
        if agents:
            return coordinated(agents[0], refs, tokens, part)
    if trigger.entry.get("subject") == "recipient":
        subject = [r for r in others if r.first in clause and r.nominative]
        return subject[:1]
    picks: list[Ref] = []
    if rule == "with":
        picks = [r for r in in_clause if r.preposition in part.WITH]
        if picks:
            picks = coordinated(min(picks, key=lambda r: abs(token_distance(r, head))), refs, tokens, part)
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
        picks = [r for r in in_clause if r.preposition in part.FROM and abs(token_distance(r, head)) <= 6]  # 'zatražio od X'
        # an inanimate object looks nominative ('napasti Tajvan'); the actor is already taken
        picks = picks or [r for r in in_clause if r.first > head and (r.preposition is None or r.preposition in part.TARGET)]
        if picks:
            picks = coordinated(picks[0], refs, tokens, part)
    if not picks and rule == "with" and unresolved_partner(trigger, tokens, clause, part):
        return []  # 's Benedictom': the partner is named but unknown; nobody else takes its place
    if not picks and rule in ("with",):
        speech = [f for f in frames if f.addressee is not None and f.addressee.first in coordinate]
        picks = [speech[0].addressee] if speech else []
    if not picks and rule == "any":
        local = [r for r in others if r.first in clause]
        # a 'kako'/'da' clause after the trigger tells something else ('protivi se reformama, naglašavajući kako ... vojski')
        opens = clause.stop < len(tokens) and tokens[clause.stop].text.lower() in cue_set(part, "complementizers")
        around = [r for r in in_clause if not (opens and r.first >= clause.stop)]
        picks = [nearest_ref(local or around, head)] if (local or around) else []
    if not picks and rule in ("target", "object"):
        # the subject of a clause of its own may receive: 'pritisak da on odstupi'
        after = [r for r in in_clause if r.first > head and not (r.nominative and r.preposition is None and r.first in clause)]
        before = [r for r in in_clause if r.last < head and r.preposition is not None]
        # 'Hrvatskoj odobrila pomoć': a dative before the verb
        datives = [r for r in others if r.first in clause and r.last < head and r.preposition is None and not r.nominative]
        candidates = after or before or datives
        picks = [nearest_ref(candidates, head)] if candidates else []
    picks = [p for p in picks if p is not None]
    if not picks and len(trigger.indices) > 1 and rule in ("object", "any", "target"):
        # 'rejected a Senegalese peace plan', 'odbacila je američki mirovni plan': whose plan is rejected
        inside = [r for r in others if trigger.indices[0] < r.first and r.last < trigger.indices[-1] and r.preposition is None]
        picks = inside[-1:]
    if len(picks) == 1 and _own_side_reported(picks[0], actors, tokens, head, part):
        # 'zaprijetio je da će Srbija uvesti protumjere Hrvatskoj': the threatener's own country in the reported
        # clause acts; the one after it receives (or no one: 'poručio Zapadu da će Rusija uzvratiti')
        later = [r for r in in_clause if r.first > picks[0].last and not r.nominative and r.entity.country not in
                 {a.entity.country for a in actors}]
        picks = later[:1]
    if len(picks) == 1 and rule in ("any", "target"):
        picks = coordinated(picks[0], refs, tokens, part)  # 'aid for Romania and Poland': each receives
    return picks


def _own_side_reported(pick: Ref, actors: list[Ref], tokens: list[Token], head: int, part) -> bool:
    """Is the pick the subject of a 'da'/'that' clause after the trigger, of an actor's own country?"""
    if not pick.nominative or pick.preposition is not None or not actors:
        return False
    if (pick.entity.country, pick.entity.sector) not in {(a.entity.country, a.entity.sector) for a in actors}:
        return False  # the same side: a country's leader and the country, not its opposition or its people
    complementizers = cue_set(part, "complementizers")
    return any(tokens[j].text.lower() in complementizers for j in range(head + 1, pick.first))


def _places_as_their_people(refs: list[Ref], actors: list[Ref]) -> list[Ref]:
    """A place of the actor's own country that an event is done to is its people: a curfew
    'in the town of Cizre', an emergency lifted 'in Darfur', an attack 'u Vukovaru' (CVL)."""
    own = {a.entity.country for a in actors if a.entity.country}
    return [replace(r, entity=r.entity.model_copy(update={"sector": "CVL"}))
            if r.location and r.entity.country in own and r.entity.sector != "CVL" else r for r in refs]


BACKING = frozenset({"SUPPORT"})
CHARGED = frozenset({"ACCUSE"})  # an accusation or inquiry is aimed at the doer of the deed it names


def _noun_between(tokens: list[Token], after: int, before: int) -> bool:
    """Is there a word between the trigger and the target's preposition (the thing backed: 'sankcije')?"""
    return any(not tokens[j].is_punct for j in range(after + 1, before - 1))


def unresolved_partner(trigger: Trigger, tokens: list[Token], clause: range, part) -> bool:
    """A 's/sa' phrase right after the trigger names a partner the actor stage did not resolve."""
    head = trigger.indices[-1]
    return any(tokens[j].text.lower() in part.WITH for j in range(head + 1, min(clause.stop, head + 6)))


def own_government(actor: Entity) -> Entity | None:
    """The government of the actor's country, as the implied target of its protest (not a government's own)."""
    if actor.country in (None, "IGO") or actor.sector == "GOV":
        return None
    return state_of(actor.country)


def state_of(code: str | None) -> Entity | None:
    """The state of a country code, as an actor: 'Turkey' (GOV)."""
    if code in (None, "IGO"):
        return None
    from kronika.actors.kb import load_kb

    country = load_kb().country(code)
    if country is None:
        return None
    return Entity(name=country.name, text="", country=code, sector="GOV", kb_id=country.id)


TRANSNATIONAL_SECTORS = frozenset({"REB", "NGO"})


def has_country(entity: Entity) -> bool:
    """Can the entity be a party: it has a country, or it is a body the knowledge
    base knows to act for no state, an armed movement (al-Qaeda, the Islamic
    State, their men) or an international NGO (Amnesty International, the Red
    Cross), which PLOVER codes as such. An unresolved role ('pregovarač') and a
    loose collective ('the international community', 'the West') are not."""
    return entity.country is not None or (bool(entity.kb_id) and entity.sector in TRANSNATIONAL_SECTORS)


def _the_country_itself(entity: Entity) -> bool:
    """The country as such ('Zagreba', 'Hrvatska'), not a group or body of it named by what it is
    ('Macedonian political leaders', 'Croatian farmers', which carry the country's id)."""
    if not (entity.kb_id or "").startswith("c:"):
        return False
    state = state_of(entity.country)
    return state is None or entity.name == state.name


def _aid_to_own_people(event_type: str, actor: Entity, recipient: Entity) -> bool:
    """A state's help to its own people is aid ('Vlada je pomogla poljoprivrednicima')."""
    return event_type == "AID" and recipient.sector == "CVL" and actor.sector not in ("CVL", None)


def valid_dyad(event_type: str, actor: Entity, recipient: Entity | None) -> bool:
    if recipient is None:
        return actor.country is not None  # a one-place event
    if not has_country(actor) or not has_country(recipient):
        return False
    if actor.name == recipient.name or (actor.kb_id and actor.kb_id == recipient.kb_id):
        # one actor on both sides is no event, but a country's students against its government are two
        if not (event_type in DOMESTIC_CONFLICT and actor.sector != recipient.sector):
            return False
    if actor.country == recipient.country and any(_the_country_itself(e) for e in (actor, recipient)) \
            and event_type not in DOMESTIC_CONFLICT and not _aid_to_own_people(event_type, actor, recipient):
        return False  # 'Kosor ... potporu Zagreba': a country's own official does not act on the country itself
    if recipient.sector == "MED" and event_type in MEDIA_NOT_PARTNERS:
        return False
    return True


def passive_agent(trigger: Trigger, refs: list[Ref], frames: list[Frame], subjects: list[Ref], tokens: list[Token], part) -> list[Ref]:
    """The agent of a passive trigger: the actor after 'od strane', else the speaker
    of a frame that reports it ('..., priopćio je sud'); else unknown."""
    taken = {id(r) for r in subjects}
    agent_after = getattr(part, "agent_after", None)
    if agent_after is not None:
        marked = [r for r in refs if id(r) not in taken and agent_after(tokens, r.first)]
        if marked:
            return marked[:1]
    speakers = [f.speaker for f in frames if f.speaker is not None and id(f.speaker) not in taken and f.verb not in trigger.indices
                and f.speaker.entity.sector != "MED"]
    return speakers[:1]
