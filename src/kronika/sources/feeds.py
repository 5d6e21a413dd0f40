"""RSS and Atom feeds via feedparser: one article per entry (its full content, else its summary)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from kronika.read import Article, ReadError, check_datetime, parse_text
from kronika.sources.common import Skipped


def read_feed(path: Path) -> Iterator[Article | Skipped]:
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    if not feed.entries:
        reason = f"not a readable feed ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        yield Skipped(str(path), reason)
        return
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries):
        source = f"{path}#{index}"
        content = _entry_text(entry)
        if not content.strip():
            yield Skipped(source, "feed entry has no text")
            continue
        title = entry.get("title")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = check_datetime(datetime(*when[:6], tzinfo=timezone.utc)) if when else None
        except (ValueError, TypeError, OverflowError) as error:
            yield Skipped(source, f"impossible publication time in the feed entry ({error})")
            continue
        body = content if not title or content.lstrip().startswith(title) else f"{title}\n\n{content}"
        try:
            article = parse_text(body, published=published, title=title, url=entry.get("link"), outlet=outlet)
            article.source = source
            yield article
        except ReadError as error:
            yield Skipped(source, str(error))


def _entry_text(entry) -> str:
    content = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
    if "<" in content:  # an HTML fragment: keep its text
        import trafilatura

        content = trafilatura.extract(f"<html><body>{content}</body></html>") or ""
    return content
