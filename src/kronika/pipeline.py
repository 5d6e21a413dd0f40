"""The pipeline of DESIGN.md, stage after stage; data flows one way.

read → language → language pack → actors → time → events.
Each stage lives in its own module; this one only wires them together.
"""

from __future__ import annotations

import gc
import os
from datetime import datetime

from kronika import actors, events, language, read, temporal
from kronika.actors.years import office_years
from kronika.lang import get_pack
from kronika.model import Extraction


# One article is at most this many characters (about 15,000 words, several times the
# longest news article); a longer input is refused before any work is done on it.
# KRONIKA_MAX_ARTICLE_CHARS raises (or lowers) the bound.
MAX_ARTICLE_CHARS = 100_000


def max_article_chars() -> int:
    value = os.environ.get("KRONIKA_MAX_ARTICLE_CHARS", "")
    return int(value) if value.isdigit() and int(value) > 0 else MAX_ARTICLE_CHARS


def check_size(text: str) -> None:
    """ReadError when a text is too long to be one article."""
    limit = max_article_chars()
    if len(text) > limit:
        raise read.ReadError(f"the article is {len(text):,} characters long, over the limit of {limit:,} for one article "
                             "(split it into articles, or set KRONIKA_MAX_ARTICLE_CHARS)")


def keep_loaded() -> None:
    """Exempt everything loaded so far (lexicons, models, actor indexes, word
    caches) from garbage collection. They live as long as the process, and a
    long run would otherwise walk them again at every full collection (about
    a twentieth of the coding time). Call once the first article is coded."""
    gc.freeze()


def extract_article(article: read.Article) -> Extraction:
    """Code the events of one article that the read stage has parsed
    (ReadError when it is longer than one article can be)."""
    check_size(article.text)
    doc = article.document
    code = doc.language or language.detect(article.text)
    doc.language = code
    pack = get_pack(code)
    analysis = pack.analyse(article.text)
    analysis.language = code  # the standard ('sr', 'bs') the pack serves, for what depends on the outlet's country
    on_date = doc.published.date() if doc.published else None
    resolved = actors.resolve_article(analysis, pack, on_date)
    reference = doc.published
    if reference is None:
        # no publication time: the text's own dates may fix one; office holders are then looked up on it
        doc.inferred_time = reference = temporal.infer_article_time(analysis, pack, office_years(resolved))
        if reference is not None:
            resolved = actors.resolve_article(analysis, pack, reference.date())
    mentions = [r.entity for r in resolved]
    story = temporal.infer_article_time(analysis, pack, office_years(resolved), story=True) if doc.inferred_time else None
    year = temporal.infer_article_year(analysis, pack) if reference is None else None
    timexes = temporal.find_timexes(analysis, pack, reference, inferred=doc.inferred_time is not None, year=year)
    found = events.extract_events(article, analysis, mentions, timexes, pack, reference=story or reference)
    return Extraction(document=doc, events=found)


def extract_text(
    raw: str,
    *,
    published: datetime | None = None,
    lang: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Extraction:
    """Code the events of one article given as plain text (header lines allowed)."""
    article = read.parse_text(raw, published=published, lang=lang, doc_id=doc_id, title=title, url=url, outlet=outlet)
    return extract_article(article)
