"""Filters: a trigger that names no event here (a topic, a source's description, an interview, a question
not answered, a denial of a clause, a street protest by a state)."""

from __future__ import annotations

from kronika.events.mentions import Ref
from kronika.events.triggers import Trigger, is_verb_trigger
from kronika.events.words import cue_set, word_before
from kronika.model import Entity
from kronika.text import Token


def topic_only(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'objašnjenje o tim susretima', 'nakon godina izolacije': a noun that
    names an event as a topic or a time, not as something that happens here."""
    head = trigger.indices[0]
    if head > 0 and tokens[head - 1].text.lower() in cue_set(part, "own_possessives"):
        return False  # 'o svojem posjetu Cipru': the subject's own visit, told as a topic but an event
    if head > 0 and tokens[head - 1].text.lower() in part.DEMONSTRATIVES:
        return True  # 'te optužbe': those accusations, told before
    if head > 0 and tokens[head - 1].text.lower() in cue_set(part, "relative_pronouns"):
        return True  # 'na čiju potporu računa': a support counted on, not given here
    if is_verb_trigger(trigger, tokens, part):
        return False  # 'tijekom noći napale su Kijev': a verb is no preposition's object; the phrase before it is a time
    return any(tokens[i].text.lower() in part.TOPIC_PREPOSITIONS for i in range(max(0, head - 2), head))


def inside_source(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'izvori bliski pregovorima': the trigger describes the source, not an event."""
    anonymous = part.reporting()["anonymous_sources"]
    head = trigger.indices[0]
    if is_verb_trigger(trigger, tokens, part):
        return False  # 'a U.S. official today praised ...': the source is the subject of a verb, not described by a noun
    return any(tokens[i].lemma in anonymous for i in range(max(0, head - 2), head))


def is_interview(trigger: Trigger, refs: list[Ref], part) -> bool:
    """'u razgovoru s Politicom': a talk with an outlet is an interview, a source of attribution."""
    head = trigger.indices[-1]
    return any(r.entity.sector == "MED" and r.preposition in part.WITH and 0 < r.first - head <= 2 for r in refs)


def unanswered_question(tokens: list[Token], clause: range, head: int, part) -> bool:
    """'odbio je odgovoriti je li spreman poslati vojsku': a question the actor would
    not answer tells no event, not even a hypothetical one."""
    refusals, answers = cue_set(part, "refusal"), cue_set(part, "answer")
    questions = cue_set(part, "question_particles")
    for q in (i for i in clause if i < head and tokens[i].text.lower() in questions):
        before = [t.lemma for t in tokens[max(0, q - 5) : q]]
        if any(w in refusals for w in before) and any(w in answers for w in before):
            return True
    return False


def denies_a_clause(trigger: Trigger, tokens: list[Token], part) -> bool:
    """'zanijekalo je da je Ljubljana prijetila': the denial negates the event it
    denies (see denied_clause) and is no rejection of its own."""
    head = trigger.indices[-1]
    if len(trigger.indices) > 1 or tokens[head].lemma not in cue_set(part, "denial"):
        return False
    complementizers = cue_set(part, "complementizers")
    return any(t.text.lower() in complementizers for t in tokens[head + 1 : head + 4])


CIVIL_PROTEST_MODES = frozenset({"demo", "riot", "strike", "hunger", "obstruct"})


def civil_act_by_a_state(event_type: str, mode: str | None, actor: Entity) -> bool:
    """Demonstrations, riots, strikes, hunger strikes and blockades are what
    civilians do (PLOVER PROTEST); a government that 'blocks roads' protests nothing."""
    return event_type == "PROTEST" and mode in CIVIL_PROTEST_MODES and actor.sector in ("GOV", "MIL", "IGO")


OFFICIAL_COMPLAINT = "114"  # CAMEO: complain officially (PLOVER ACCUSE)


def official_protest(event_type: str, mode: str | None, actor: Entity) -> bool:
    """A state or its diplomats that 'protest' lodge an official complaint (ACCUSE 114),
    PLOVER's reading: they do not demonstrate ('The Philippines protested against ...')."""
    return event_type == "PROTEST" and mode == "demo" and actor.sector in ("GOV", "DIP")


def wished(trigger: Trigger, tokens: list[Token], clause: range, part) -> bool:
    """'želi da Makedonija prizna Kosovo', 'pozvao ih je da potpišu': the event a
    'da' clause after a verb of wanting or asking tells is only wished for."""
    start = clause.start
    if start >= len(tokens) or tokens[start].text.lower() not in cue_set(part, "complementizers") or start >= trigger.indices[0]:
        return False
    wishes = cue_set(part, "wish_verbs")
    return any(tokens[i].lemma in wishes for i in range(max(0, start - 4), start))


CHARGES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})  # what they are about is alleged, demanded or threatened, not done


def content_of_a_charge(trigger: Trigger, triggers: list[Trigger], tokens: list[Token], breaks: list[int], part) -> bool:
    """The deed an accusation, a demand or a threat is about is no event of its
    own: 'accused the United States of violating human rights', 'demanded that
    Sudan end the curbs', 'optužio ih je za napad'. A trigger of another type
    after a verb trigger of those types, in the same coordinate clause, is that
    deed (ANNOTATION.md codes the charge)."""
    from kronika.events.clauses import coordinate_clause

    head = trigger.indices[0]
    for charge in triggers:
        if charge is trigger or charge.entry["type"] not in CHARGES or charge.entry["type"] == trigger.entry["type"]:
            continue
        verb = charge.indices[0]  # its words may run past the deed ('accused ... of violating human rights')
        if verb < head and head not in charge.indices and head in coordinate_clause(verb, len(tokens), breaks) \
                and is_verb_trigger(charge, tokens, part) and not _coordinated_verb(trigger, charge, tokens, part):
            return True
    return False


def _coordinated_verb(trigger: Trigger, charge: Trigger, tokens: list[Token], part) -> bool:
    """'osudila je napade i zatražila sjednicu', 'condemned the raid and demanded talks': a verb
    right after 'i'/'and' is the subject's next act, not the content of the charge before it."""
    head = trigger.indices[0]
    clitics = cue_set(part, "clitics")
    between = range(charge.indices[0] + 1, head)
    if any(tokens[j].text.lower() in cue_set(part, "complementizers") for j in between):
        return False  # 'razočaran što Vijeće nije reagiralo i ublažilo ...': still inside what the charge is about
    before = word_before(tokens, head, clitics, charge.indices[-1] + 1)
    return before is not None and tokens[before].text.lower() in cue_set(part, "coordination") and is_verb_trigger(trigger, tokens, part)
