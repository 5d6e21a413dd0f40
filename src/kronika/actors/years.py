"""The years in which the people an article names held office: a clue to when
an undated article was written (see kronika.temporal.reference)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from kronika.actors.kb import load_kb
from kronika.model import Entity


def office_years(mentions: list[Entity], until: date | None = None) -> Counter:
    """year → how many of the distinct people among `mentions` held an office in it."""
    kb = load_kb()
    last = (until or date.today()).year
    years: Counter = Counter()
    for kb_id in {m.kb_id for m in mentions if m.kb_id}:
        actor = kb.get(kb_id)
        if actor is None or actor.kind != "person":
            continue
        held = set()
        for office in actor.offices:
            if office.start is not None:
                held.update(range(office.start.year, (office.end.year if office.end else last) + 1))
        years.update(held)
    return years
