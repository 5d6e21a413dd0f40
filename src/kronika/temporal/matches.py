"""What a language pack reports about a temporal expression, before resolution."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class TemporalMatch:
    """A span of text and what it says, in language-neutral fields.

    kinds and their fields:
      date      day, month, [year], [hour, minute]
      month     month, [year]
      year      year
      weekday   weekday (1 = Monday), direction (-1 last, 0 nearest, 1 next)
      relative  unit (day, week, month, year), offset (0 = this, -1 = last ...)
      ago       unit, offset (signed count of units from publication)
      duration  unit, number
      vague     unit (the publication's week, month, year or decade)
      clock     hour, minute (on the publication day)
    """

    start: int
    end: int
    kind: str
    fields: dict = field(default_factory=dict)


def longest_without_overlap(candidates: Iterable[TemporalMatch]) -> list[TemporalMatch]:
    """The candidates taken longest first (equally long ones in the order
    given), each kept unless it overlaps one kept already; in text order.
    Where two rules read the same words, the fuller reading wins, in every pack."""
    chosen: list[TemporalMatch] = []
    for candidate in sorted(candidates, key=lambda c: -(c.end - c.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
