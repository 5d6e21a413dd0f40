"""JSONL (optionally gzipped): one {"text", "title", "published", "url", "outlet", "lang"} per line.

Every line is read on its own: a bad record (not JSON, a field of the wrong
type, an impossible date, JSON nested too deep, a line longer than any
article) is one Skipped named `file:line`, and the records after it are read."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from kronika.read import Article, ReadError, parse_datetime, parse_text
from kronika.sources.common import MAX_RECORD_BYTES, Cursor, Skipped

FIELDS = ("title", "url", "outlet", "lang", "id")


def read_jsonl(path: Path, cursor: Cursor | None = None) -> Iterator[Article | Skipped]:
    opener = gzip.open if path.name.endswith(".gz") else open
    cursor = cursor or Cursor()
    with opener(path, "rb") as lines:  # bytes, so one badly encoded line spoils only itself
        raw_file = getattr(lines, "fileobj", None) or lines  # a .gz file's progress is in compressed bytes, as its size
        number = 0
        while True:
            cursor.at = raw_file.tell()
            try:
                raw = lines.readline(MAX_RECORD_BYTES + 1)
            except (EOFError, OSError) as error:  # a truncated or corrupt .gz: what came before is kept
                yield Skipped(f"{path}:{number + 1}", f"unreadable: {error}")
                return
            if not raw:
                return
            number += 1
            cursor.at = raw_file.tell()
            source = f"{path}:{number}"
            if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                skipped = _skip_rest_of_line(lines)
                yield Skipped(source, f"record longer than {MAX_RECORD_BYTES:,} bytes ({len(raw) + skipped:,}): "
                                      "not one article")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield Skipped(source, f"not valid UTF-8 (byte {error.start})")
                continue
            if line.strip():
                yield _record(line, source)


def _skip_rest_of_line(lines) -> int:
    skipped = 0
    while chunk := lines.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _record(line: str, source: str) -> Article | Skipped:
    try:
        try:
            record = json.loads(line)
        except RecursionError:
            raise ReadError("not a JSONL article record (JSON nested too deep)") from None
        if not isinstance(record, dict):
            raise ReadError(f"not a JSONL article record (a JSON {type(record).__name__}, not an object)")
        if "text" not in record:
            raise ReadError("not a JSONL article record (no \"text\")")
        text = record["text"]
        if not isinstance(text, str):
            raise ReadError(f"the record's \"text\" must be a string, not {type(text).__name__}")
        if not text.strip():
            raise ReadError("the record's text is empty")
        for name in FIELDS:
            if record.get(name) is not None and not isinstance(record[name], str):
                raise ReadError(f"the record's \"{name}\" must be a string, not {type(record[name]).__name__}")
        published = parse_datetime(record["published"]) if record.get("published") else None
        article = parse_text(text, published=published, lang=record.get("lang"), title=record.get("title"),
                             url=record.get("url"), outlet=record.get("outlet"), doc_id=record.get("id"))
        article.source = source
        return article
    except json.JSONDecodeError as error:
        return Skipped(source, f"not a JSONL article record (JSONDecodeError: {error})")
    except ReadError as error:
        return Skipped(source, str(error))
    except Exception as error:  # noqa: BLE001 — one bad record never ends the file
        return Skipped(source, f"not a JSONL article record ({error.__class__.__name__}: {error})")
