"""Readers for the inputs `kronika ingest` accepts: plain text, HTML pages,
RSS/Atom feeds, WARC archives and JSONL. Each yields `kronika.read.Article`
objects one at a time (constant memory); a file or record that cannot be read
yields a `Skipped` with the reason instead of stopping the batch.

    iter_paths(paths) -> files under the given files and folders, streamed
    read_path(path)   -> Article | Skipped, for every article in one file
    read_paths(paths, positions=None) -> the same for every file; positions(item, n):
                         n input bytes lie read behind the item (progress by bytes)
    input_bytes(paths) -> the total size of the files read_paths reads
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kronika.read import Article, ReadError
from kronika.sources.common import MAX_FEED_BYTES, MAX_PAGE_BYTES, MAX_TEXT_BYTES, Cursor, Skipped
from kronika.sources.feeds import read_feed
from kronika.sources.html import read_html_file
from kronika.sources.jsonl import read_jsonl
from kronika.sources.text import read_text_file
from kronika.sources.warc import read_warc

__all__ = ["Cursor", "Skipped", "input_bytes", "iter_paths", "read_path", "read_paths", "with_published"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MULTI_ARTICLE_SUFFIXES = (".warc", ".warc.gz", ".arc.gz", ".jsonl", ".jsonl.gz", ".ndjson")  # readers that move a Cursor


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files under the given paths in a stable order, one folder at a time
    (a folder of a million files is never listed whole into memory). A
    folder that cannot be listed (no permission) is yielded as a Skipped with
    the reason, never passed over silently."""
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            yield path
            continue
        unlisted: list[Skipped] = []

        def note(error: OSError) -> None:
            unlisted.append(Skipped(str(error.filename or path), f"folder not readable ({error.strerror or error})"))

        for folder, subfolders, files in os.walk(path, onerror=note):
            yield from unlisted
            unlisted.clear()
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for file in sorted(files):
                if not file.startswith("."):
                    yield Path(folder) / file
        yield from unlisted


def _not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file, or None when it can be opened."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            return "symbolic link loop"
        except OSError:
            return "broken symbolic link (its target does not exist)"
    if not path.exists():
        return "no such file"
    if path.is_dir():
        return None
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        kind = "FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"
        return f"not a regular file (a {kind}): not read"
    if not os.access(path, os.R_OK):
        return "permission denied"
    return None


def read_path(path: Path, cursor: Cursor | None = None) -> Iterator[Article | Skipped]:
    """The articles in one file, chosen by its kind; `cursor` follows a file of many articles."""
    if isinstance(path, Skipped):
        yield path
        return
    name = path.name.lower()
    try:
        problem = _not_a_file(path)
        if problem is not None:
            yield Skipped(str(path), problem)
        elif name.endswith((".warc", ".warc.gz", ".arc.gz")):
            yield from read_warc(path, cursor)
        elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from read_jsonl(path, cursor)
        elif path.suffix.lower() in HTML_SUFFIXES:
            yield _sized(path, MAX_PAGE_BYTES, "an HTML page") or read_html_file(path)
        elif path.suffix.lower() in FEED_SUFFIXES:
            too_big = _sized(path, MAX_FEED_BYTES, "a feed")
            yield from [too_big] if too_big else read_feed(path)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield _sized(path, MAX_TEXT_BYTES, "one plain-text article") or read_text_file(path)
        else:
            yield Skipped(str(path), f"unknown file type {path.suffix!r}")
    except (OSError, ReadError, ValueError, EOFError, RuntimeError, RecursionError) as error:
        yield Skipped(str(path), f"unreadable: {error}")


def _sized(path: Path, limit: int, what: str) -> Skipped | None:
    """A Skipped when the file is larger than `limit` bytes (checked before it is read)."""
    size = path.stat().st_size
    if size > limit:
        return Skipped(str(path), f"too large: {size:,} bytes, over the limit of {limit:,} for {what}")
    return None


def read_paths(paths: Iterable[str | Path],
               positions: Callable[[Article | Skipped, int], None] | None = None) -> Iterator[Article | Skipped]:
    """Every article under the given files and folders. `positions(item, n)` is told, as
    each item is yielded, that n bytes of all the input lie read behind it."""
    done = 0
    for path in iter_paths(paths):
        size, cursor = _file_size(path), Cursor()
        single = not path.name.lower().endswith(MULTI_ARTICLE_SUFFIXES) if isinstance(path, Path) else True
        for item in read_path(path, cursor):
            if positions:  # one article per file: read whole; many: as far as the reader got
                positions(item, done + (size if single else min(cursor.at, size)))
            yield item
        done += size


def input_bytes(paths: Iterable[str | Path]) -> int:
    """The bytes of the regular files `read_paths` will read (100% of a progress bar)."""
    return sum(_file_size(path) for path in iter_paths(paths))


def _file_size(path: Path | Skipped) -> int:
    """The size of a regular file, 0 for anything else (what is skipped reads nothing)."""
    if isinstance(path, Skipped):
        return 0
    try:
        status = path.stat()
    except (OSError, RuntimeError):  # broken links, loops, no permission: skipped when read
        return 0
    return status.st_size if stat.S_ISREG(status.st_mode) else 0


def with_published(items: Iterable[Article | Skipped], published) -> Iterator[Article | Skipped]:
    """The articles, each that carries no publication time given `published`
    (`kronika ingest --published` for a folder of undated files)."""
    for item in items:
        if published is not None and isinstance(item, Article) and item.document.published is None:
            item.document.published = published
        yield item
