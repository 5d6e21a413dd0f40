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

from datetime import datetime

from kronika.events.arguments import (actor_refs, between_parties, genitive_agent, own_government, passive_agent, possessive_before,
                                     recipient_refs, state_of, unresolved_partner, valid_dyad)
from kronika.events.clauses import clause_bounds, coordinate_clause, in_relative_clause, local_clause, opens_sentence, relative_clauses
from kronika.events.filters import OFFICIAL_COMPLAINT, civil_act_by_a_state, official_protest, content_of_a_charge, denies_a_clause, inside_source, is_interview, topic_only, unanswered_question, wished
from kronika.events.frames import attribution_chain, find_frames, only_reports, reporting_tails
from kronika.events.mentions import Ref, mentions_by_sentence, previous_subject_of, sentence_refs
from kronika.events.words import cue_set, word_before
from kronika.events.merge import Draft, dyad_key, merge_restatements, narrower_place, to_event
from kronika.events.modality import modality_of
from kronika.events.places import ArticlePlaces
from kronika.events.triggers import Trigger, entry_rule, find_triggers, is_verb_trigger, requirement_met
from kronika.lang import pack_part
from kronika.lang.base import LanguagePack
from kronika.model import Entity, Event, Evidence, Timex
from kronika.temporal import event_time
from kronika.temporal.intervals import dates_compatible
from kronika.text import Analysis, Sentence, Token


RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


# PLOVER codes CONSULT, SUPPORT, COOPERATE and AID told as intended (future) as AGREE,
# with CAMEO's 'express intent to' code: meet or negotiate, diplomatic, material cooperation, aid
# A promised or planned meeting stays CONSULT with modality intended (ANNOTATION.md: the gold's
# first choice, PLOVER's AGREE in its alt_types).
PROMISED_AS_AGREE = {"SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035", "RETREAT": "035"}
# a promise to yield, by what is yielded (CAMEO 035x): release, allow access, de-escalate
PROMISED_YIELD_BY_MODE = {"release": "0353", "access": "0355", "ceasefire": "0356", "withdraw": "0356", "disarm": "0356"}


# Done to someone in a country with no agent named: by that country's state ('pritvoren je u Srbiji').
HELD_BY_THE_STATE = frozenset({"COERCE", "SANCTION"})


# A protest that names no target is against the protesters' own government (ANNOTATION.md).
IMPLIED_GOVERNMENT = frozenset({"PROTEST"})


ANSWERS = frozenset({"REJECT"})  # a rejection with no named recipient answers an earlier accusation or demand


ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def extract_events(article, analysis: Analysis, mentions: list[Entity], timexes: list[Timex], pack: LanguagePack,
                   reference: datetime | None = None) -> list[Event]:
    """The events of one article. `reference`: the time relative dates are read
    against (the publication time, or the time inferred from an undated text)."""
    part = pack_part(pack, "events")
    timexes = [t for t in timexes if not t.value.startswith("X")]  # a day of an unknown year dates no event
    published = article.document.published or reference
    title = (article.document.title or "").strip()
    drafts: list[Draft] = []
    headline_drafts: list[Draft] = []
    mentions_in = mentions_by_sentence(analysis, mentions)
    # the lede: the first body sentence of an article with a headline (a pasted sentence has none)
    lede = next((i for i, s in enumerate(analysis.sentences) if s.start >= article.header_end), None) if title else None
    places = ArticlePlaces(pack, analysis.text, article.header_end)
    paragraph_starts: dict[int, int] = {}
    for sentence in analysis.sentences:
        paragraph_starts.setdefault(sentence.paragraph, sentence.start)
    for s_index, sentence in enumerate(analysis.sentences):
        is_title = bool(title) and sentence.end <= article.header_end and sentence.text.strip() == title
        if sentence.end <= article.header_end and not is_title:
            continue  # byline, dateline
        triggers = find_triggers(sentence.tokens, part)
        if not triggers:
            continue  # most sentences: nothing to code, so no mentions or clauses to read
        refs = sentence_refs(sentence, mentions_in[s_index], part)
        before = previous_subject_of(analysis, mentions_in, s_index, article.header_end, part)
        found = _code_sentence(sentence, triggers, refs, analysis.text, timexes, published, part, s_index, drafts,
                               inferred=article.document.published is None, lede=s_index == lede, previous_subject=before,
                               paragraph_start=paragraph_starts[sentence.paragraph], places=places)
        (headline_drafts if is_title else drafts).extend(found)
    merged = merge_restatements(drafts)
    for draft in headline_drafts:  # a headline restates the body: it adds evidence, not events
        twin = next((d for d in merged if dyad_key(d) == dyad_key(draft) and dates_compatible(d.date, draft.date)), None)
        if twin is not None:
            twin.evidence = twin.evidence + draft.evidence
            twin.location = narrower_place(twin.location, draft.location)
    doc_id = article.document.id
    return [to_event(d, doc_id) for d in merged]


def _code_sentence(sentence: Sentence, triggers: list[Trigger], refs: list[Ref], text: str, timexes: list[Timex], published: datetime | None, part, s_index: int,
                   earlier: list[Draft], inferred: bool = False, lede: bool = False, previous_subject=None,
                   paragraph_start: int = 0, places: ArticlePlaces | None = None) -> list[Draft]:
    tokens = sentence.tokens
    breaks, subordinate = clause_bounds(sentence, text, part)
    frames = find_frames(sentence, refs, part)
    tails = reporting_tails(frames, tokens, part)
    all_refs = refs
    drafts: list[Draft] = []
    # where each verb trigger ends, leaving out the words it leaves free ('osudio je napad': the attack is its object)
    verb_heads = {max(i for k, i in enumerate(t.indices) if k not in (t.entry.get("free") or ()))
                  for t in triggers if is_verb_trigger(t, tokens, part)}
    for trigger in triggers:
        tail = next((t for t in tails if t > trigger.indices[0]), None)
        refs = all_refs if tail is None else [r for r in all_refs if r.first < tail]  # the reporters are not its parties
        if not is_verb_trigger(trigger, tokens, part) and any(0 < trigger.indices[0] - v <= 2 for v in verb_heads) \
                and possessive_before(trigger, refs, tokens, part) is None and genitive_agent(trigger, refs, part) is None:
            continue  # 'zatražila je potporu': the noun is what the verb's event is about ('osudili Putinovu invaziju' is its own)
        if trigger.entry.get("block"):
            continue  # a sense of the words that is no event ('pozivajući se na izvore': citing, not calling on)
        own_agent = None
        if _reason_of_another(trigger, triggers, tokens, part):
            # 'sankcije Iranu zbog njegove potpore Rusiji': the support is Iran's, not the sanctioner's;
            # a reason's deed is only its own agent's ('zbog ruskog napada', "over Russia's attack")
            own_agent = possessive_before(trigger, refs, tokens, part) or genitive_agent(trigger, refs, part) \
                or _adjective_before(trigger, refs)
            if own_agent is None:
                continue
        head = trigger.indices[0]
        clause = local_clause(head, len(tokens), breaks, subordinate)
        coordinate = coordinate_clause(head, len(tokens), breaks)
        if not requirement_met(trigger, tokens, coordinate):
            continue
        if topic_only(trigger, tokens, part) or inside_source(trigger, tokens, part) or is_interview(trigger, refs, part):
            continue
        if in_relative_clause(trigger, tokens, part) or wished(trigger, tokens, clause, part):
            continue
        if only_reports(trigger, frames) or unanswered_question(tokens, clause, head, part) or denies_a_clause(trigger, tokens, part):
            continue
        if content_of_a_charge(trigger, triggers, tokens, breaks, part) or _refused(trigger, triggers, tokens, part):
            continue
        actors = actor_refs(trigger, refs, frames, clause, coordinate, tokens, part)
        actors = _shared_subject(trigger, actors, refs, verb_heads, coordinate, tokens, part) or actors
        if own_agent is not None:
            actors = [own_agent]
        carried = None
        if trigger.entry["type"] == "CONSULT" and trigger.entry.get("mode") == "multilateral" and not part.is_verb_lemma(trigger.entry["words"][0]):
            # 'summit NATO-a održan je u Istanbulu': the international body whose summit it is holds it
            actors = [r for r in refs if r.first == trigger.indices[0] + 1 and r.entity.country == "IGO" and not r.nominative][:1] or actors
        if not actors and previous_subject is not None and opens_sentence(trigger, tokens, clause, part):
            carried = previous_subject()  # 'Također se sastao s ...': the subject of the sentence before
            actors = [carried] if carried is not None else []
        reason = _reason_after(trigger, tokens, clause, part)
        # the target of a deed told as the reason ('sankcije zbog ruskog napada na Ukrajinu') is not the trigger's;
        # its agent may be ('zabrinutost zbog ruskih napada')
        recipients = recipient_refs(trigger, actors, [r for r in refs if reason is None or r.first < reason
                                                      or r.preposition not in part.TARGET], frames,
                                    clause, coordinate, tokens, part)
        if _is_passive(trigger, tokens, part) and actors:
            # 'izrečene su im kazne, priopćio je sud': the subject receives; the agent is 'od strane X' or who reports it
            recipients, actors = actors, passive_agent(trigger, refs, frames, actors, tokens, part)
            if not actors and previous_subject is not None:
                # no agent named: the subject of the sentence before ('Čelnici NATO-a ... Albanija i Hrvatska pohvaljene su')
                agent = previous_subject()
                actors = [agent] if agent is not None and all(agent.entity.country != r.entity.country for r in recipients) else []
        if not actors and recipients and trigger.entry.get("subject") == "recipient":
            # 'uhićen je od strane policije': a participle whose subject receives, done by the agent
            # after 'od strane'/'by', else by who reports it
            actors = passive_agent(trigger, refs, frames, recipients, tokens, part)
            if not actors and trigger.entry["type"] in HELD_BY_THE_STATE:
                # 'Hrvatski državljanin pritvoren je u Srbiji': held by the state of the place it happens in
                held = {(r.entity.country, r.entity.sector) for r in recipients}
                actors = [r for r in refs if r.location and r.first in coordinate and (r.entity.country, r.entity.sector) not in held][:1]
        if trigger.entry.get("free") and trigger.entry["type"] in CONDEMNATIONS:
            # 'osudio je napad': the one condemned is who did the deed: its genitive agent, else the last attacker told
            recipients_entities = _deed_doer(trigger, refs, part, drafts + earlier, triggers, tokens)
        elif not recipients and drafts and actors and drafts[-1].actor.name == actors[0].entity.name and drafts[-1].recipient is not None:
            recipients_entities = [drafts[-1].recipient]  # 'pritisak na X, i razmještajem snaga': same target
        else:
            recipients_entities = [r.entity for r in recipients]
        if trigger.entry.get("alone") and actors and all(r is not None and r.country == actors[0].entity.country
                                                         and (r.kb_id or "").startswith("c:") for r in recipients_entities):
            # a withdrawal from the actor's own town, or from a place no one holds, is the actor's alone
            # (a person of its country still receives: 'prihvatio je ostavku ministra')
            recipients_entities = [None]
        if not recipients_entities and entry_rule(trigger) == "none":
            # a one-place event: no one is named as its target; a protest's is the protesters' own government
            own = own_government(actors[0].entity) if actors and trigger.entry["type"] in IMPLIED_GOVERNMENT else None
            recipients_entities = [own]
        if not recipients_entities and actors and trigger.entry["type"] in ANSWERS:
            recipients_entities = _answered(actors[0].entity, drafts + earlier)
        if actors and trigger.entry["type"] in REACTIONS and (told := _reacted_to(trigger, triggers, refs, tokens, part, drafts + earlier)):
            # 'Zelenski je kritizirao sastanak': the parties of the meeting just told, not whoever the clause names next
            recipients_entities = [e for e in (told.actor, told.recipient) if e is not None and e.country != actors[0].entity.country] \
                or recipients_entities
        if not recipients_entities and actors and trigger.entry["type"] in REACTIONS and _points_back(trigger, tokens, part):
            recipients_entities = _last_other(actors[0].entity, drafts + earlier)  # 'Kremlj je kritizirao tu odluku'
        entry = trigger.entry
        if (entry.get("recipient") == "with" and (not actors or not recipients_entities or recipients_entities == [None])
                or _followed_by_between(trigger, tokens, part)) \
                and len(parties := between_parties(trigger, refs, coordinate, tokens, part)) >= 2:
            actors, recipients_entities = parties[:1], [p.entity for p in parties[1:]]  # 'sporazum između Hrvatske i Albanije'
        if not recipients_entities and len(actors) == 1 and actors[0].entity.country == "IGO" and entry["type"] == "CONSULT" \
                and entry.get("recipient") == "with" and not unresolved_partner(trigger, tokens, clause, part) \
                and (entry.get("mode") == "multilateral" or is_verb_trigger(trigger, tokens, part)):
            recipients_entities = [None]  # 'ministri EU-a sastat će se', 'summit NATO-a': the body's members meet, no one else
        if not recipients_entities and len(actors) >= 2 and entry.get("mode") != "third-party" \
                and (entry["type"] in RECIPROCAL_TYPES or entry.get("recipient") == "with"):
            # (mediators named together mediate together: 'Katar i Egipat posreduju' is no meeting of the two)
            # 'Plenković i Orbán razgovarali su': the members meet each other; of three or more,
            # the first named meets each of the others (ANNOTATION.md: the pairs with the initiator)
            recipients_entities = [a.entity for a in actors[1:]]
            actors = actors[:1]
        modality = modality_of(trigger, sentence, clause, coordinate, part)
        sense = (entry.get("by_sector") or {}).get(actors[0].entity.sector) if actors else None
        if sense:
            entry = {**entry, **sense}  # the word's sense when this kind of actor says it: a court's 'condemning' convicts
        event_type, cameo = entry["type"], entry.get("cameo")
        if modality == "intended" and event_type in PROMISED_AS_AGREE:
            # PLOVER: cooperation told in the future tense is a promise, coded AGREE
            event_type, cameo = "AGREE", PROMISED_YIELD_BY_MODE.get(entry.get("mode"), PROMISED_AS_AGREE[event_type]) \
                if event_type in ("CONCEDE", "RETREAT") else PROMISED_AS_AGREE[event_type]
        anchor = tokens[head].start
        # a time inside the trigger's own 'da' clause dates what is said there, not the saying:
        # 'pozvao ga je da u travnju obiđe terminal' invites now, for April
        embedded = [s for s in subordinate if s > head]
        time_end = tokens[min(embedded)].start if embedded and clause.start not in subordinate else sentence.end
        # a time inside a relative clause that does not hold the trigger dates what that clause tells
        # ('Biden, koji je posjetio BiH od kada je to učinio Clinton 1999. godine, otputovat će u Prištinu')
        # (a relative clause right after the trigger describes the trigger itself: 'posjetu Cipru, kojeg je započeo u petak')
        described, of_trigger = relative_clauses(tokens, part, head)
        if not is_verb_trigger(trigger, tokens, part):
            described -= of_trigger  # a noun trigger's own relative clause ('posjetu Cipru, kojeg je započeo u petak')
        own_times = [t for t in timexes if not _inside(t, tokens, described)] if described else timexes
        deadline = getattr(part, "DEADLINE", None)  # 'do kraja godine': when something is due dates no event
        if deadline is not None:
            own_times = [t for t in own_times if not deadline.match(t.text)]
        value, precision = event_time(text, own_times, sentence.start, time_end, anchor, published,
                                      tense=part.tense(tokens, head), clause_break=part.CLAUSE_BREAK, inferred=inferred,
                                      lede=lede)
        if carried is not None and not _timed(timexes, sentence.start, time_end):
            # the story goes on with the same subject and no time of its own: the time of the sentence before
            value, precision = _story_time(timexes, previous_subject.sentence) or (value, precision)
        elif not lede and not _timed(timexes, sentence.start, time_end):
            # an event with no time word of its own happens at the day its paragraph last named
            # (the story's time holds until another is told); else the fallback above
            value, precision = _narrative_time(timexes, paragraph_start, sentence.start) or (value, precision)
        evidence = Evidence(sentence=sentence.text, start=sentence.start, end=sentence.end,
                            trigger=[tokens[i].text for i in trigger.indices],
                            trigger_spans=[(tokens[i].start, tokens[i].end) for i in trigger.indices])
        pairs = [(a.entity, r, a.nominative) for a in actors for r in recipients_entities]
        if entry.get("reverse"):
            # 'Zagreb je ugostio Goloba': the host is the subject, but the visitor acts (ANNOTATION.md)
            pairs = [(r, a, n) for a, r, n in pairs if r is not None]
        location = _UNSET  # where: found once per trigger, and only for a trigger that gives an event
        if event_type == "REQUEST" and _demand_of_a_protest(trigger, tokens, drafts, pairs, part):
            continue  # 'rallied demanding reforms': the demand is what the protest is about, not an event of its own
        for actor_entity, recipient, nominative in pairs:
                kind, code = event_type, cameo
                if official_protest(kind, entry.get("mode"), actor_entity):
                    if recipient is None:
                        continue
                    kind, code = "ACCUSE", OFFICIAL_COMPLAINT  # 'Hrvatska je prosvjedovala protiv ...': a state complains
                if not valid_dyad(entry["type"], actor_entity, recipient) or civil_act_by_a_state(kind, entry.get("mode"), actor_entity):
                    continue
                if location is _UNSET:
                    location = _event_place(places, sentence, clause, coordinate, pairs, entry.get("mode"), recipient)
                drafts.append(Draft(
                    type=kind, mode=entry.get("mode") if kind == entry["type"] else None, cameo=code,
                    actor=actor_entity, recipient=recipient, date=value, precision=precision, modality=modality,
                    attribution=attribution_chain(frames, trigger, actor_entity, coordinate, breaks), evidence=[evidence],
                    confidence=0.7 if nominative else 0.5, sentence_index=s_index, location=location,
                ))
    return drafts


_UNSET = object()


def _adjective_before(trigger: Trigger, refs: list[Ref]) -> Ref | None:
    """The one-word mention right before a noun trigger: its country adjective or possessive ('ruskog napada')."""
    head = trigger.indices[0]
    return next((r for r in refs if r.last == head - 1 and r.first == r.last), None)


def _reason_after(trigger: Trigger, tokens: list[Token], clause: range, part) -> int | None:
    """Where a reason word ('zbog', 'over') after the trigger opens the reason in its clause."""
    reasons = cue_set(part, "reasons")
    return next((j for j in range(trigger.indices[-1] + 1, clause.stop) if tokens[j].text.lower() in reasons), None)


def _reason_of_another(trigger: Trigger, triggers: list[Trigger], tokens: list[Token], part) -> bool:
    """A noun trigger after a reason word ('zbog', 'over'), past a possessive or an adjective, when
    another trigger before it tells the event it is the reason of."""
    head = trigger.indices[0]
    if is_verb_trigger(trigger, tokens, part) or not any(t.indices[-1] < head for t in triggers if t is not trigger):
        return False
    reasons = cue_set(part, "reasons")
    for j in range(head - 1, max(head - 4, -1), -1):  # past a possessive or an adjective: 'zbog ruskog napada'
        if tokens[j].is_punct:
            return False
        if tokens[j].text.lower() in reasons:
            return True
    return False


def _followed_by_between(trigger, tokens, part) -> bool:
    """'fighting between Azerbaijanis and Armenians': the parties follow the trigger itself."""
    after = trigger.indices[-1] + 1
    return after < len(tokens) and tokens[after].text.lower() in getattr(part, "BETWEEN", frozenset())


REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # what answers a deed just told: 'osudio je taj potez'


def _points_back(trigger, tokens, part) -> bool:
    """Does a demonstrative stand right after the trigger ('kritizirao tu odluku', 'welcomed this step')?"""
    head = trigger.indices[-1]
    return any(t.text.lower() in cue_set(part, "demonstratives") for t in tokens[head + 1 : head + 3])


def _reacted_to(trigger: Trigger, triggers: list[Trigger], refs: list[Ref], tokens: list[Token], part,
                earlier: list[Draft]) -> Draft | None:
    """The event a reaction names by its noun right after it ('kritizirao je sastanak', 'welcomed the
    talks'), with no party of its own: the last event of that type told before."""
    head = trigger.indices[-1]
    noun = next((t for t in triggers if t is not trigger and t.indices[0] in (head + 1, head + 2)
                 and not is_verb_trigger(t, tokens, part) and t.entry["type"] != trigger.entry["type"]), None)
    if noun is None or genitive_agent(noun, refs, part) is not None or possessive_before(noun, refs, tokens, part) is not None \
            or any(r.first == noun.indices[-1] + 1 for r in refs):
        return None
    return next((d for d in reversed(earlier) if d.type == noun.entry["type"]), None)


def _last_other(actor: Entity, earlier: list[Draft]) -> list[Entity]:
    """The actor of the last event told that is another country's: the one whose deed is reacted to."""
    last = next((d for d in reversed(earlier) if d.actor.country and d.actor.country != actor.country), None)
    return [last.actor] if last is not None else []


def _refused(trigger, triggers, tokens, part) -> bool:
    """'odbio je poduprijeti paket', 'refused to back the plan': the verb a refusal governs is what
    is refused, no event of its own, when the refusal is coded (a REJECT trigger of its own)."""
    if not is_verb_trigger(trigger, tokens, part) or trigger.entry["type"] == "REJECT":
        return False
    head = trigger.indices[0]
    refusals, clitics = cue_set(part, "refusal") - {"not", "ne"}, cue_set(part, "clitics") | cue_set(part, "infinitive_markers")
    before = word_before(tokens, head, clitics, head - 4)
    return before is not None and tokens[before].lemma in refusals \
        and any(t.entry["type"] == "REJECT" and before in t.indices for t in triggers)


def _demand_of_a_protest(trigger, tokens, drafts: list[Draft], pairs, part) -> bool:
    """A demand told in a non-finite form ('demanding', 'to demand', 'tražeći') after a
    protest by the same actor in the sentence is the protest's demand (PLOVER codes the protest)."""
    word = tokens[trigger.indices[0]].text.lower()
    head = trigger.indices[0]
    non_finite = word.endswith(tuple(cue_set(part, "non_finite_endings"))) \
        or (head > 0 and tokens[head - 1].text.lower() in cue_set(part, "infinitive_markers"))
    actors = {a.name for a, _, _ in pairs}
    return non_finite and any(d.type == "PROTEST" and d.actor.name in actors and d.evidence[0].start == tokens[0].start for d in drafts)


def _shared_subject(trigger, actors: list[Ref], refs: list[Ref], verb_heads: set[int], coordinate: range, tokens, part) -> list[Ref] | None:
    """'Rebels kidnapped advisers and exploded bombs': a verb right after 'and' shares the
    subject of the verb before it; the phrase between the two verbs is that verb's object."""
    head = trigger.indices[0]
    if not actors or not is_verb_trigger(trigger, tokens, part):
        return None
    before = word_before(tokens, head, cue_set(part, "clitics"), head - 3)
    if before is None or tokens[before].text.lower() not in cue_set(part, "coordination"):
        return None
    earlier = [v for v in verb_heads if v < actors[0].first and v >= coordinate.start]
    if not earlier:
        return None
    verb = max(earlier)
    subjects = [r for r in refs if coordinate.start <= r.first and r.last < verb and r.nominative and r.preposition is None]
    return [subjects[-1]] if subjects else None


def _event_place(places: ArticlePlaces | None, sentence: Sentence, clause: range, coordinate: range, pairs, mode, host):
    """The place of a trigger's events: from its own clause, else the coordinate clause it stands in
    (see `ArticlePlaces.of`); the parties' countries choose among same-named places."""
    if places is None:
        return None
    countries = {e.country for a, r, _ in pairs for e in (a, r) if e is not None and e.country}
    clauses = [clause] if coordinate == clause else [clause, coordinate]
    return places.of(sentence, clauses, countries, mode, host)


def _is_passive(trigger: Trigger, tokens, part) -> bool:
    passive = getattr(part, "passive", None)
    return bool(passive) and not trigger.entry.get("subject") and not trigger.entry.get("reverse") \
        and passive(tokens, trigger.indices[0])


def _inside(timex: Timex, tokens, indices: set[int]) -> bool:
    return any(tokens[i].start <= timex.start < tokens[i].end for i in indices)


def _timed(timexes: list[Timex], start: int, end: int) -> bool:
    return any(start <= t.start < end and t.precision != "duration" for t in timexes)


def _narrative_time(timexes: list[Timex], paragraph_start: int, before: int) -> tuple[str, str] | None:
    """The last day or week named in the paragraph before this sentence."""
    told = [t for t in timexes if paragraph_start <= t.start < before and t.precision in ("day", "week", "minute")]
    if not told:
        return None
    last = told[-1]
    return (last.value[:10], "day") if last.precision == "minute" else (last.value, last.precision)


def _story_time(timexes: list[Timex], sentence: Sentence | None) -> tuple[str, str] | None:
    """The first point in time (not a duration) a sentence gives, as the event's date."""
    if sentence is None:
        return None
    told = next((t for t in timexes if sentence.start <= t.start < sentence.end and t.precision != "duration"), None)
    if told is None:
        return None
    return (told.value[:10], "day") if told.precision == "minute" else (told.value, told.precision)


CONDEMNATIONS = frozenset({"ACCUSE"})
DEEDS = frozenset({"ASSAULT", "COERCE"})


def _deed_doer(trigger: Trigger, refs: list[Ref], part, earlier: list[Draft], triggers: list[Trigger] = (),
               tokens: list[Token] = ()) -> list[Entity]:
    deed = trigger.indices[min(trigger.entry["free"])]
    after = sorted((r for r in refs if r.first > deed), key=lambda r: r.first)
    genitive = after[0] if after and after[0].first == deed + 1 and not after[0].nominative and after[0].preposition is None else None
    # the adjective or possessive right before the deed: 'američku odluku', 'Putinovu invaziju', "Russia's invasion"
    doer = next((r for r in refs if r.last == deed - 1 and r.first == r.last), None)
    if doer is None and any(deed in t.indices and t.entry["type"] in HELD_BY_THE_STATE for t in triggers if t is not trigger):
        # 'osudio je uhićenje novinara u Turskoj', 'uhićenja prosvjednika u Gruziji': the genitive of an
        # arrest is who was arrested; the arrest is the state's where it was made, else the arrested's
        place = next((r for r in after if r.location and r.first - deed <= 5), None)
        state = state_of(place.entity.country if place else genitive.entity.country if genitive else None)
        if state is not None:
            return [state]
    agent_after = getattr(part, "agent_after", None)
    agent = next((r for r in after if r.first - deed <= 8 and agent_after(tokens, r.first)), None) if agent_after and tokens else None
    if agent is not None:
        return [agent.entity]  # 'condemned the killing of journalists by Israeli forces', 'napad od strane ...'
    if genitive is not None:
        return [genitive.entity]  # 'osudila napad Rusije'
    if doer is not None:
        return [doer.entity]  # 'osudila američku odluku', 'izraelske napade': the country adjective of the deed
    told = next((d for d in reversed(earlier) if d.type in DEEDS), None)
    return [told.actor] if told is not None else []


def _answered(actor: Entity, earlier: list[Draft]) -> list[Entity]:
    """'odbacio je te optužbe': a rejection answers the last actor who
    accused or asked the rejecting actor's country."""
    for draft in reversed(earlier):
        if draft.type in ANSWERED and draft.recipient is not None and draft.recipient.country == actor.country \
                and (draft.actor.country != actor.country or draft.actor.sector != actor.sector):
            return [draft.actor]  # another country's, or at home another sector's ('Ministarstvo ... Organizatori su to odbili')
    return []
