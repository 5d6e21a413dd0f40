"""The pipeline of DESIGN.md, stage after stage; data flows one way.

read → language → language pack → actors → time → events.
Each stage lives in its own module; this one only wires them together.
"""

from __future__ import annotations

import gc
from datetime import datetime

from kronika import actors, events, language, read, temporal
from kronika.lang import get_pack
from kronika.model import Extraction


def keep_loaded() -> None:
    """Exempt everything loaded so far (lexicons, models, actor indexes, word
    caches) from garbage collection. They live as long as the process, and a
    long run would otherwise walk them again at every full collection (about
    a twentieth of the coding time). Call once the first article is coded."""
    gc.freeze()


def extract_article(article: read.Article) -> Extraction:
    """Code the events of one article that the read stage has parsed."""
    doc = article.document
    code = doc.language or language.detect(article.text)
    doc.language = code
    pack = get_pack(code)
    analysis = pack.analyse(article.text)
    on_date = doc.published.date() if doc.published else None
    mentions = actors.find_mentions(analysis, pack, on_date)
    timexes = temporal.find_timexes(analysis, pack, doc.published)
    found = events.extract_events(article, analysis, mentions, timexes, pack)
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
