"""Restatements merged: the drafts of one article that tell the same event (same type, dyad, compatible
dates and modality) become one event with all their evidence."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.model import Entity, Event, Evidence, Location
from kronika.temporal.intervals import dates_compatible


SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})


@dataclass
class Draft:
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
    location: Location | None = None  # where it happened (kronika.events.places)


def dyad_key(draft: Draft) -> tuple:
    pair = (draft.actor.country, draft.recipient.country if draft.recipient else None)
    return (draft.type, frozenset(pair) if draft.type in SYMMETRIC_TYPES else pair)


def same_event(a: Draft, b: Draft) -> bool:
    """Same type, same dyad, dates that may be the same time, and the same
    modality: 'deployed forces' and 'would he send the army?' are two events.
    Meetings with two different people of one country are two events, and so
    are the members of one list in one sentence ('s premijerom X, predsjednikom Y')."""
    if dyad_key(a) != dyad_key(b) or not dates_compatible(a.date, b.date) or a.modality != b.modality:
        return False
    return not (different_people(a, b) or (a.sentence_index == b.sentence_index and sides_of(a) != sides_of(b))
                or (_domestic(a) and sides_of(a) != sides_of(b)))


def _domestic(draft: Draft) -> bool:
    """Inside one country its parties differ by more than their country: 'the opposition criticised
    the government' and 'the SDP accused the prime minister' are two events, not one told twice."""
    return draft.recipient is not None and draft.actor.country == draft.recipient.country


def sides_of(draft: Draft) -> tuple:
    return (draft.actor.name, draft.recipient.name if draft.recipient else None)


def person_id(entity: Entity | None) -> str | None:
    """Who a person is: the knowledge base's id, or for a person it does not know the full
    name the text gives ('Astrit Haraqija' and 'Bajrush Morina' are two people of one country)."""
    if entity is None:
        return None
    if (entity.kb_id or "").startswith(("p:", "wd:")):
        return entity.kb_id
    return f"name:{entity.name}" if entity.kb_id is None and _full_name(entity.name) else None


def _full_name(name: str) -> bool:
    """Two or more words, each capitalised: a person's name, not a group's ('Serbian protesters')."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)


def different_people(a: Draft, b: Draft) -> bool:
    """One party acts on two people: 'X met Y' and 'X met Z', 'the tribunal sentenced
    Y' and '... sentenced Z' are two events, though Y and Z are of one country."""
    sides = [(b.actor, b.recipient), (b.recipient, b.actor)] if a.type in SYMMETRIC_TYPES else [(b.actor, b.recipient)]
    for other in sides:
        for shared, differing in ((0, 1), (1, 0)):
            first, second = (a.actor, a.recipient), other
            if _same_party(first[shared], second[shared]) and _different_persons(first[differing], second[differing]):
                return True
    return False


def _same_party(x: Entity | None, y: Entity | None) -> bool:
    return x is not None and y is not None and ((bool(x.kb_id) and x.kb_id == y.kb_id) or x.name == y.name)


def _different_persons(x: Entity | None, y: Entity | None) -> bool:
    first, second = person_id(x), person_id(y)
    return bool(first and second and first != second)


def merge_restatements(drafts: list[Draft]) -> list[Draft]:
    """Drafts that tell the same event become one, with every sentence that tells it.
    Candidates are looked up by dyad key (a dictionary, not a scan of every event
    so far), so an article of thousands of events merges in linear time."""
    merged: list[Draft | None] = []
    by_key: dict[tuple, list[int]] = {}
    for draft in drafts:
        slots = by_key.setdefault(dyad_key(draft), [])
        slot = next((k for k in slots if same_event(merged[k], draft)), None)
        if slot is None:
            slots.append(len(merged))
            merged.append(draft)
            continue
        twin = merged[slot]
        if specificity(draft) > specificity(twin):
            draft.evidence = _joined(twin.evidence, draft.evidence)
            draft.attribution = draft.attribution or twin.attribution
            merged[slot] = draft
            keep, other = draft, twin
        else:
            twin.evidence = _joined(twin.evidence, draft.evidence)
            twin.attribution = twin.attribution or draft.attribution
            keep, other = twin, draft
        keep.location = narrower_place(keep.location, other.location)
        more_precise = min((keep, other), key=lambda d: precision_rank(d.precision))
        keep.date, keep.precision = more_precise.date, more_precise.precision
    return [m for m in merged if m is not None]


def _joined(first: list, second: list) -> list:
    """The evidence of both, each sentence-and-trigger once (compared by offsets, not field by field)."""
    seen = {(e.start, e.end, tuple(map(tuple, e.trigger_spans))) for e in first}
    return first + [e for e in second if (e.start, e.end, tuple(map(tuple, e.trigger_spans))) not in seen]


PRECISION_ORDER = ("minute", "hour", "day", "week", "month", "season", "quarter", "year", "decade")


def precision_rank(precision: str | None) -> int:
    return PRECISION_ORDER.index(precision) if precision in PRECISION_ORDER else len(PRECISION_ORDER)


def specificity(draft: Draft) -> int:
    """People over countries: the body's 'Putin' says more than the lede's 'Rusija'."""
    return sum(1 for e in (draft.actor, draft.recipient) if e is not None and e.kb_id and e.kb_id.startswith("p:")) + (1 if draft.attribution else 0)


FEATURE_ORDER = ("city", "region", "country", "continent")


def narrower_place(first: Location | None, second: Location | None) -> Location | None:
    """Of two tellings' places the narrower: 'u Beogradu' over the host's country of a
    restatement that names no city; the first on a tie."""
    if first is None or second is None:
        return first or second
    rank = lambda place: FEATURE_ORDER.index(place.feature) if place.feature in FEATURE_ORDER else len(FEATURE_ORDER)
    return second if rank(second) < rank(first) else first


def to_event(draft: Draft, doc_id: str) -> Event:
    event = Event(
        id="",
        type=draft.type, mode=draft.mode, cameo=draft.cameo,
        actor=draft.actor, recipient=draft.recipient,
        date=draft.date, date_precision=draft.precision, location=draft.location,
        attribution=draft.attribution, modality=draft.modality,
        evidence=draft.evidence, confidence=draft.confidence, document=doc_id,
    )
    event.id = event.stable_id(doc_id)
    return event
