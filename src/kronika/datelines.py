"""Publication times as outlets print them, in any language Kronika has a pack for.

    11.12.2025 u 22:07 · 17.12.2025. u 06:46 · 11. 12. 2025. 22:07
    06. pro. 2025. 20:26 · 6. prosinca 2025. u 20:26 · 6. decembra 2025.
    March 4, 2026 10:15 · Dec 11, 2025 · 4 March 2026, 10:15 CET · 10:15 PM
    2025-12-11 22:07 · 2025-12-11T22:07:00+01:00
    Objavljeno: 11.12.2025. u 22:07 · četvrtak, 11.12.2025. · Updated: March 4, 2026

The shapes are digits and punctuation; the month words are every pack's
(its temporal data: `months`, and `date_line_months` for the abbreviations
and regional variants date lines use), so no language is known here. A label
before a colon ("Objavljeno:") and a weekday before a comma are skipped
whatever their words. An impossible date ("32.13.2025", "29.02.2025") is an
error, never a different day.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import cache

LABEL = r"(?:[^\W\d_]+\.?\s+){0,2}[^\W\d_]+\.?\s*:\s*"  # 'Objavljeno:', 'Zadnja izmjena:', 'Published:'
WEEKDAY = r"[^\W\d_]{3,12}\.?,\s*"  # 'četvrtak, ', 'Thu, '
CONNECTOR = r"(?:\s*(?:[^\W\d_]{1,3}\s+|[,|/–-]\s*|\s+))"  # 'u', 'at', ',', '|', '-', or a space
CLOCK = r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
ZONE = r"(?:\s*(?:h|sati|(?P<zone>utc|gmt|z|cet|cest)|[+-]\d{2}:?\d{2}))?"


class DateLineError(ValueError):
    """A date line whose date or time does not exist."""


@cache
def _month_words() -> dict[str, int]:
    """Every pack's month forms (lower-case) → month number."""
    from kronika.datafiles import load_yaml
    from kronika.lang import PACKS

    words: dict[str, int] = {}
    for module in PACKS.values():
        path = _pack_temporal_file(module)
        if path is None:
            continue
        data = load_yaml(path)
        for section in ("months", "date_line_months"):
            for number, forms in (data.get(section) or {}).items():
                for form in forms:
                    words.setdefault(str(form).lower().rstrip("."), int(number))
    return words


def _pack_temporal_file(module: str):
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "temporal.yaml"
    return path if path.is_file() else None


@cache
def _patterns() -> list[re.Pattern[str]]:
    months = "|".join(sorted((re.escape(w) for w in _month_words()), key=len, reverse=True))
    month = rf"(?P<mon>{months})\.?"
    time = rf"(?:{CONNECTOR}{CLOCK})?{ZONE}"
    lead = rf"^\s*(?:{LABEL})?(?:{WEEKDAY})?"
    shapes = [
        rf"(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}})\.?",  # 11.12.2025. · 11. 12. 2025.
        rf"(?P<d>\d{{1,2}})\.?\s+{month},?\s+(?P<y>\d{{4}})\.?",  # 06. pro. 2025. · 4 March 2026
        rf"{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",  # March 4, 2026
        r"(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ](?P<iH>\d{2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:\.\d+)?)?(?P<iz>Z|[+-]\d{2}:?\d{2})?)?",
    ]
    return [re.compile(lead + shape + time + r"\s*$", re.IGNORECASE) for shape in shapes]


def match(line: str) -> re.Match[str] | None:
    """The date line's match, when the whole line is one."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return None
    for pattern in _patterns():
        found = pattern.match(line)
        if found:
            return found
    return None


def parse(line: str) -> tuple[datetime, bool] | None:
    """(the time as written, whether it carried its own zone), or None when the
    line is no date line. Raises DateLineError for a date that does not exist."""
    found = match(line)
    if found is None:
        return None
    g = found.groupdict()
    try:
        if g.get("iso"):
            parsed = _iso(g)
            return parsed, parsed.tzinfo is not None
        day, year = int(g["d"]), int(g["y"])
        month = int(g["m"]) if g.get("m") else _month_words()[g["mon"].lower().rstrip(".")]
        hour, minute, second = int(g.get("H") or 0), int(g.get("M") or 0), int(g.get("S") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        parsed = datetime(year, month, day, hour, minute, second)
    except ValueError as error:
        raise DateLineError(f"{line.strip()!r} is not a real date and time ({error})") from None
    if g.get("zone"):
        zone = g["zone"].lower()
        offset = {"cet": 1, "cest": 2}.get(zone, 0)
        return parsed.replace(tzinfo=timezone(timedelta(hours=offset))), True
    return parsed, False


def _iso(g: dict) -> datetime:
    text = g["iso"]
    if g.get("iH"):
        text += f"T{g['iH']}:{g['iM']}:{g.get('iS') or '00'}"
        if g.get("iz"):
            zone = g["iz"].replace("Z", "+00:00")
            text += zone if ":" in zone or zone.startswith("+00") else f"{zone[:3]}:{zone[3:]}"
    return datetime.fromisoformat(text)
