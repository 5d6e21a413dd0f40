"""HTML pages: the main text and metadata (title, date, site name, URL) via trafilatura."""

from __future__ import annotations

from pathlib import Path

from kronika.read import Article, ReadError, parse_datetime, parse_text
from kronika.sources.common import Skipped, decode_markup

MIN_TEXT = 40  # characters: less is a menu or a cookie notice that trafilatura fell back to, not an article


def read_html_file(path: Path) -> Article | Skipped:
    return read_html(path.read_bytes(), str(path))


def read_html(data: bytes, source: str, url: str | None = None) -> Article | Skipped:
    """One page → one article; a page with no article text is skipped."""
    import trafilatura

    page = trafilatura.bare_extraction(decode_markup(data), url=url, with_metadata=True,
                                       include_comments=False, include_tables=False)
    text = (page.text or "").strip() if page is not None else ""
    if len(text) < MIN_TEXT:
        return Skipped(source, f"no article text found in the page ({len(text)} characters)")
    published = None
    if page.date:
        try:
            published = parse_datetime(page.date)
        except ReadError:
            published = None
    title = page.title
    # The title opens the text (headline evidence counts), once.
    body = text if not title or text.lstrip().startswith(title) else f"{title}\n\n{text}"
    article = parse_text(body, published=published, title=title, url=url or page.url, outlet=page.sitename)
    article.source = source
    return article
