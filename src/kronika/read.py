"""Read stage: an article as plain text → Document metadata + the text.

The first lines of a pasted or saved article often hold its title, a byline
('I.V./Hina') and the publication time ('11.12.2025 u 22:07'); corpus files
may start with 'key: value' metadata lines instead. Both are recognised here
without knowing the language (that is decided later): dates are read from
digits, and the word between date and time may be any short word.

The text is kept exactly as given, so evidence offsets point into the
user's own file; `header_end` says where the body begins.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from kronika import datelines
from kronika.model import Document

DEFAULT_ZONE = ZoneInfo("Europe/Zagreb")
HEADER_LINES = 6  # a header never runs longer than this many non-empty lines

# A byline: initials or a name, a slash, an agency; or 'Author / Agency'.
BYLINE = re.compile(r"^\s*(?P<author>[\w.\s-]{0,40}?)\s*/\s*(?P<outlet>[A-ZČĆŽŠĐ][\w.-]{1,30})\s*$")
# A byline with no slash is a short line just before the publication time.
BARE_BYLINE_CHARS = 60
METADATA = re.compile(r"^(?P<key>[a-z_]{2,20}):\s*(?P<value>.*)$")
METADATA_KEYS = {"doc_id", "id", "title", "language", "lang", "published", "date", "url", "outlet", "source", "byline"}


class ReadError(ValueError):
    """The input cannot be read as an article."""


@dataclass
class Article:
    document: Document
    text: str
    header_end: int = 0
    source: str | None = None  # where it was read from ('file.jsonl:12'), for messages about it


def decode(data: bytes) -> str:
    """Bytes of a text file → str, with a clear error for binary or non-UTF-8 data."""
    if b"\x00" in data[:8000]:
        raise ReadError("input looks binary (it contains NUL bytes), not an article in plain text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"input is not valid UTF-8 (byte {error.start}): save the article as UTF-8 text") from None


_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """The text with each lone surrogate (from JSON's '\\ud800' escapes or a
    broken decoder) replaced by U+FFFD: one character for one, so every offset
    into the text stays right, and the text can be stored and sent as UTF-8."""
    return _SURROGATES.sub("\ufffd", value) if _SURROGATES.search(value) else value


def _clean_field(name: str, value, limit: int = 2000) -> str | None:
    """A metadata value (title, url, outlet...) as a clean short string; ReadError when it is no string."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError(f"the {name} must be a string, not {type(value).__name__}")
    value = clean_text(value).replace("\x00", "")
    return value[:limit] if len(value) > limit else value


def parse_datetime(value: str) -> datetime:
    """A publication time in any shape outlets print (kronika.datelines: ISO 8601,
    '11.12.2025 u 22:07', '06. pro. 2025. 20:26', 'March 4, 2026 10:15', with or
    without a label such as 'Objavljeno:'); Europe/Zagreb when no zone is given."""
    if not isinstance(value, str):
        raise ReadError(f"a publication time must be a string such as 2025-12-11T22:07:00+01:00, not {type(value).__name__}")
    try:
        parsed = datelines.parse(value)
    except datelines.DateLineError as error:
        raise ReadError(str(error)) from None
    if parsed is None:
        raise ReadError(f"cannot read {value.strip()!r} as a date and time (use ISO 8601, e.g. 2025-12-11T22:07:00+01:00)")
    when, zoned = parsed
    return check_datetime(when if zoned else when.replace(tzinfo=DEFAULT_ZONE), value)


def check_datetime(when: datetime, written: object = None) -> datetime:
    """The time itself when it lies within the years 1 to 9999 in every zone (UTC
    included: the store keeps times in UTC); ReadError otherwise."""
    zoned = when if when.tzinfo is not None else when.replace(tzinfo=DEFAULT_ZONE)
    try:
        zoned.astimezone(timezone.utc)
        if zoned.year <= 1 or zoned.year >= 9999:  # a day either side may fall off the calendar
            zoned.astimezone(timezone(timedelta(hours=14)))
            zoned.astimezone(timezone(timedelta(hours=-14)))
    except (OverflowError, ValueError):
        shown = str(written if written is not None else when.isoformat()).strip()
        raise ReadError(f"{shown!r} lies at the edge of the calendar (years 1 to 9999 in every time zone)") from None
    return when


def _lines_with_offsets(text: str):
    position = 0
    for line in text.splitlines(keepends=True):
        yield position, line
        position += len(line)


def _read_header(text: str) -> tuple[dict[str, str], int]:
    """Metadata found in the first lines, and the offset where the body starts."""
    found: dict[str, str] = {}
    header_end = 0
    seen = 0
    metadata_block = False
    # the header lies within the first lines; one more is read to look ahead
    lines = list(itertools.islice(((offset, line) for offset, line in _lines_with_offsets(text) if line.strip()),
                                  3 * HEADER_LINES + 1))
    for index, (offset, line) in enumerate(lines):
        stripped = line.strip()
        seen += 1
        meta = METADATA.match(stripped)
        if meta and (metadata_block or meta["key"] in METADATA_KEYS):
            metadata_block = True
            found.setdefault(meta["key"], meta["value"].strip())
        elif metadata_block:
            # the first line after a metadata block is the body (often the title again)
            break
        elif _is_time_line(stripped):
            found.setdefault("published", stripped)
        elif BYLINE.match(stripped) and "byline" not in found:
            match = BYLINE.match(stripped)
            found["byline"] = stripped
            found.setdefault("outlet", match["outlet"])
        elif seen == 1 and len(stripped) <= 200 and not stripped.endswith("."):
            found["title"] = stripped
        elif "byline" not in found and index + 1 < len(lines) and _is_bare_byline(stripped, lines[index + 1][1].strip()):
            found["byline"] = stripped
        else:
            break
        header_end = offset + len(line)
        if seen >= HEADER_LINES and not metadata_block or seen >= 3 * HEADER_LINES:
            break
    return found, header_end


def _is_time_line(line: str) -> bool:
    return datelines.match(line) is not None


def _is_bare_byline(line: str, next_line: str) -> bool:
    """A name or agency with no slash ('Ivana Horvat', 'Piše: Ivana Horvat', 'Hina') is told
    from the first body line only by what follows it: the publication time."""
    return len(line) <= BARE_BYLINE_CHARS and len(line.split()) <= 5 and line[-1] not in ".!?\"'”«»" \
        and _is_time_line(next_line)


def parse_text(
    raw: str,
    *,
    published: datetime | None = None,
    lang: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An article given as text; keyword arguments override what its header says."""
    if not isinstance(raw, str):
        raise ReadError(f"the article's text must be a string, not {type(raw).__name__}")
    raw = clean_text(raw)
    if not raw.strip():
        raise ReadError("the article is empty")
    if published is not None:
        published = check_datetime(published)
    title, url, outlet = _clean_field("title", title), _clean_field("url", url), _clean_field("outlet", outlet)
    doc_id, lang = _clean_field("id", doc_id, 500), _clean_field("lang", lang, 20)
    found, header_end = _read_header(raw)
    if not raw[header_end:].strip():
        header_end = 0  # a text of header lines only: it is all body (a pasted sentence or headline)
    when = published
    if when is None and (found.get("published") or found.get("date")):
        try:
            when = parse_datetime(found.get("published") or found["date"])
        except ReadError:
            when = None
    found = {key: value[:2000] for key, value in found.items()}
    document = Document(
        id=doc_id or found.get("doc_id") or found.get("id") or content_id(raw),
        title=title or found.get("title"),
        outlet=outlet or found.get("outlet") or _outlet_name(found.get("source")),
        byline=found.get("byline"),
        published=when,
        language=(lang or found.get("language") or found.get("lang") or None),
        url=url or found.get("url"),
    )
    return Article(document=document, text=raw, header_end=header_end)


def _outlet_name(source: str | None) -> str | None:
    """'Southeast European Times (SETimes) Croatian edition, via ...' → 'Southeast European Times'."""
    if not source:
        return None
    return re.split(r"\s+\(|,\s|\s+via\s", source, maxsplit=1)[0].strip() or None


def content_id(text: str) -> str:
    """A stable id from the article's content."""
    normalised = " ".join(text.split())
    return "doc-" + hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()
