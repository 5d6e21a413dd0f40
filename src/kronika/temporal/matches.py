"""What a language pack reports about a temporal expression, before resolution."""

from __future__ import annotations

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
