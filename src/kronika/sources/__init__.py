"""Readers for the inputs `kronika ingest` accepts: plain text, HTML pages,
RSS/Atom feeds, WARC archives and JSONL. Each yields `kronika.read.Article`
objects one at a time (constant memory); a file or record that cannot be read
yields a `Skipped` with the reason instead of stopping the batch.

    iter_paths(paths) -> files under the given files and folders, streamed
    read_path(path)   -> Article | Skipped, for every article in one file
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kronika.read import Article, ReadError
from kronika.sources.common import Skipped
from kronika.sources.feeds import read_feed
from kronika.sources.html import read_html_file
from kronika.sources.jsonl import read_jsonl
from kronika.sources.text import read_text_file
from kronika.sources.warc import read_warc

__all__ = ["Skipped", "iter_paths", "read_path", "read_paths", "with_published"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths in a stable order, one folder at a time
    (a folder of a million files is never listed whole into memory)."""
    for name in paths:
        path = Path(name)
        if not path.is_dir():
            yield path
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for file in sorted(files):
                if not file.startswith("."):
                    yield Path(folder) / file


def read_path(path: Path) -> Iterator[Article | Skipped]:
    """The articles in one file, chosen by its kind."""
    name = path.name.lower()
    try:
        if not path.exists():
            yield Skipped(str(path), "no such file")
        elif name.endswith((".warc", ".warc.gz", ".arc.gz")):
            yield from read_warc(path)
        elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            yield from read_jsonl(path)
        elif path.suffix.lower() in HTML_SUFFIXES:
            yield read_html_file(path)
        elif path.suffix.lower() in FEED_SUFFIXES:
            yield from read_feed(path)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            yield read_text_file(path)
        else:
            yield Skipped(str(path), f"unknown file type {path.suffix!r}")
    except (OSError, ReadError, ValueError, EOFError) as error:
        yield Skipped(str(path), f"unreadable: {error}")


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Every article under the given files and folders."""
    for path in iter_paths(paths):
        yield from read_path(path)


def with_published(items: Iterable[Article | Skipped], published) -> Iterator[Article | Skipped]:
    """The articles, each that carries no publication time given `published`
    (`kronika ingest --published` for a folder of undated files)."""
    for item in items:
        if published is not None and isinstance(item, Article) and item.document.published is None:
            item.document.published = published
        yield item
