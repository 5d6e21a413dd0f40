"""JSONL (optionally gzipped): one {"text", "title", "published", "url", "outlet", "lang"} per line."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from kronika.read import Article, ReadError, parse_datetime, parse_text
from kronika.sources.common import Skipped


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as lines:  # bytes, so one badly encoded line spoils only itself
        for number, raw in enumerate(lines, 1):
            source = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield Skipped(source, f"not valid UTF-8 (byte {error.start})")
                continue
            if line.strip():
                yield _record(line, source)


def _record(line: str, source: str) -> Article | Skipped:
    try:
        record = json.loads(line)
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            raise ReadError("the record's text is empty")
        published = parse_datetime(record["published"]) if record.get("published") else None
        return parse_text(text, published=published, lang=record.get("lang"), title=record.get("title"),
                          url=record.get("url"), outlet=record.get("outlet"), doc_id=record.get("id"))
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        return Skipped(source, f"not a JSONL article record ({error.__class__.__name__}: {error})")
    except ReadError as error:
        return Skipped(source, str(error))
