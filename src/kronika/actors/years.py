"""The years in which the people an article names held office: a clue to when
an undated article was written (see kronika.temporal.reference)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from kronika.actors.kb import load_kb

if TYPE_CHECKING:
    from kronika.actors.resolve import _Resolved


def office_years(resolved: list[_Resolved], until: date | None = None) -> Counter:
    """year → how many of the distinct people the article names held an office in it.
    A person the text names by an office he held ('ministar unutarnjih poslova
    Ivica Dačić', 'posebni izaslanik UN-a Martti Ahtisaari') counts only the
    years of that office: his other careers say nothing of when the text was written."""
    kb = load_kb()
    last = (until or date.today()).year
    named_offices: dict[str, set[str]] = {}
    for r in resolved:
        if r.entity.kb_id:
            offices = named_offices.setdefault(r.entity.kb_id, set())
            if r.office:
                offices.add(r.office)
    years: Counter = Counter()
    for kb_id, named in named_offices.items():
        actor = kb.get(kb_id)
        if actor is None or actor.kind != "person":
            continue
        offices = [o for o in actor.offices if o.office in named] or actor.offices
        held = set()
        for office in offices:
            if office.start is not None:
                held.update(range(office.start.year, (office.end.year if office.end else last) + 1))
        years.update(held)
    return years
