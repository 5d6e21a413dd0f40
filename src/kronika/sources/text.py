"""Plain text files: a header of title, byline and time (or `key: value` lines), then the body."""

from __future__ import annotations

from pathlib import Path

from kronika.read import Article, ReadError, decode, parse_text
from kronika.sources.common import Skipped


def read_text_file(path: Path) -> Article | Skipped:
    try:
        article = parse_text(decode(path.read_bytes()))
    except ReadError as error:
        return Skipped(str(path), str(error))
    article.document.url = article.document.url or path.resolve().as_uri()
    article.source = str(path)
    return article
