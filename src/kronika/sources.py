"""Readers for the inputs `kronika ingest` accepts: plain text, HTML pages,
RSS/Atom feeds, WARC archives and JSONL. Each yields articles one at a time
(constant memory); a file that cannot be read yields a `Skipped` with the
reason instead of stopping the batch."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kronika.read import Article, ReadError, decode, parse_datetime, parse_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass
class Skipped:
    source: str
    reason: str


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Files under the given paths, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def read_path(path: Path) -> Iterator[Article | Skipped]:
    """The articles in one file, by its kind."""
    name = path.name.lower()
    try:
        if not path.exists():
            yield Skipped(str(path), "no such file")
        elif name.endswith((".warc", ".warc.gz")):
            yield from _warc(path)
        elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from _jsonl(path)
        elif path.suffix.lower() in HTML_SUFFIXES:
            yield _html(path.read_bytes(), str(path))
        elif path.suffix.lower() in FEED_SUFFIXES:
            yield from _feed(path)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield _text(path)
        else:
            yield Skipped(str(path), f"unknown file type {path.suffix!r}")
    except (OSError, ReadError, ValueError) as error:
        yield Skipped(str(path), str(error))


def _text(path: Path) -> Article | Skipped:
    try:
        text = decode(path.read_bytes())
        article = parse_text(text)
    except ReadError as error:
        return Skipped(str(path), str(error))
    article.document.url = article.document.url or path.resolve().as_uri()
    return article


def _html(data: bytes, source: str, url: str | None = None) -> Article | Skipped:
    import trafilatura

    html = data.decode("utf-8", errors="replace")
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        return Skipped(source, "no article text found in the page")
    meta = trafilatura.extract_metadata(html)
    published = None
    if meta is not None and meta.date:
        try:
            published = parse_datetime(meta.date)
        except ReadError:
            published = None
    title = meta.title if meta is not None else None
    body = f"{title}\n\n{text}" if title else text
    return parse_text(body, published=published, title=title, url=url or (meta.url if meta else None),
                      outlet=meta.sitename if meta is not None else None)


def _feed(path: Path) -> Iterator[Article | Skipped]:
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    if feed.bozo and not feed.entries:
        yield Skipped(str(path), f"not a readable feed ({feed.bozo_exception})")
        return
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries):
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary", "")
        if "<" in content:
            import trafilatura

            content = trafilatura.extract(f"<html><body>{content}</body></html>") or ""
        title = entry.get("title")
        if not content.strip():
            yield Skipped(f"{path}#{index}", "feed entry has no text")
            continue
        published = None
        if entry.get("published_parsed"):
            published = datetime(*entry.published_parsed[:6], tzinfo=timezone.utc)
        body = f"{title}\n\n{content}" if title else content
        yield parse_text(body, published=published, title=title, url=entry.get("link"), outlet=outlet)


def _jsonl(path: Path) -> Iterator[Article | Skipped]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str) or not text.strip():
                    raise ReadError("empty text")
                published = parse_datetime(record["published"]) if record.get("published") else None
                yield parse_text(text, published=published, lang=record.get("lang"), title=record.get("title"),
                                 url=record.get("url"), outlet=record.get("outlet"), doc_id=record.get("id"))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                yield Skipped(source, f"not a JSONL article record ({error.__class__.__name__}: {error})")
            except ReadError as error:
                yield Skipped(source, str(error))


def _warc(path: Path) -> Iterator[Article | Skipped]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in content_type:
                continue
            yield _html(record.content_stream().read(), url or str(path), url=url)
