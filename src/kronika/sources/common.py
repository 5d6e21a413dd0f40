"""What every reader shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Cursor:
    """How many bytes of the file being read lie behind the article just yielded.
    Readers of many articles in one file (JSONL, WARC) move it, so that progress
    through one large file can be shown by bytes."""

    at: int = 0


@dataclass
class Skipped:
    """An input that gave no article, and why (shown in the ingest summary)."""

    source: str
    reason: str


def decode_markup(data: bytes) -> str:
    """Bytes of a web page: UTF-8 when valid, else the most likely charset
    (Croatian sites still serve windows-1250)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


# The largest input that can hold one article (kronika.pipeline bounds the article
# itself to MAX_ARTICLE_CHARS characters): bigger files and records are skipped
# with the reason before they are read into memory.
MAX_TEXT_BYTES = 4 * 100_000  # a plain-text article: 100,000 characters of up to 4 bytes each
MAX_RECORD_BYTES = 2 * MAX_TEXT_BYTES  # one JSONL line: the text escaped, and its metadata
MAX_PAGE_BYTES = 20 * 1024 * 1024  # one HTML page (markup, scripts and styles around the text)
MAX_FEED_BYTES = 64 * 1024 * 1024  # one RSS/Atom feed
