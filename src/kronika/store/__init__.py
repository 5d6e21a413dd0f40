"""The event store: a DuckDB file of documents and events, with stories
(the same event told by several articles) kept as events share a story id.

Public interface (used by the CLI and the web API):
    open_store(path, read_only=False) -> connection   (creates or upgrades the schema)
    ingest_articles(con, articles, extract=...) -> IngestSummary
    query_events(con, **filters) -> list[dict]        (event records, JSON-able)
    query_stories(con, **filters) -> list[dict]
    list_actors(con) -> list[dict]
    actor_network(con, **filters) -> {"nodes": [...], "edges": [...]}
Filters: actor, country, type, date_from, date_to, outlet, text, limit, offset.
Every value reaches SQL as a parameter, never as text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from kronika.model import Event, Extraction
from kronika.read import Article
from kronika.temporal.intervals import date_interval, dates_compatible

SCHEMA_VERSION = 1
SYMMETRIC_TYPES = ("CONSULT", "COOPERATE")
BATCH = 50  # articles per transaction: a crash loses at most the batch in flight

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR, outlet VARCHAR, byline VARCHAR,
    published TIMESTAMPTZ, language VARCHAR, url VARCHAR, source VARCHAR, ingested_at TIMESTAMPTZ, n_events INTEGER);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, document_id VARCHAR, story_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_kb_id VARCHAR,
    recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_kb_id VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE, modality VARCHAR,
    attribution VARCHAR, confidence DOUBLE, evidence_text VARCHAR, record VARCHAR);
"""

# version → statements that bring a store from the version before up to it
MIGRATIONS: dict[int, list[str]] = {}


class StoreError(RuntimeError):
    """The file is not a Kronika store this version can use."""


def open_store(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (or create) an event store, upgrading an older schema."""
    path = Path(path)
    if path.is_dir():
        return open_parquet_dataset(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such event store (create one with `kronika ingest`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(f"{path}: cannot open as a DuckDB event store ({error})") from None
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if tables and "meta" not in tables:
        con.close()
        raise StoreError(f"{path} is a DuckDB file but not a Kronika event store")
    version = _version(con) if "meta" in tables else None
    if version is not None and version > SCHEMA_VERSION:
        con.close()
        raise StoreError(f"{path} was written by a newer Kronika (schema {version}; this one reads up to {SCHEMA_VERSION}): upgrade Kronika")
    if read_only:
        if version is None:
            raise StoreError(f"{path} is empty: ingest articles first")
        return con
    if version is None:
        con.execute(SCHEMA)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    else:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS.get(target, []):
                con.execute(statement)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(target)])
    return con


def open_parquet_dataset(folder: Path) -> duckdb.DuckDBPyConnection:
    """A Parquet event dataset written by `kronika ingest --engine dask`, read in place."""
    if not (folder / "events").is_dir() or not (folder / "documents").is_dir():
        raise StoreError(f"{folder} is a folder but not a Kronika Parquet dataset (no events/ and documents/)")
    con = duckdb.connect()
    con.execute(f"CREATE VIEW events AS SELECT * EXCLUDE (year) FROM read_parquet('{folder / 'events'}/**/*.parquet', hive_partitioning=true)")
    con.execute(f"CREATE VIEW documents AS SELECT * FROM read_parquet('{folder / 'documents'}/*.parquet')")
    return con


def _version(con: duckdb.DuckDBPyConnection) -> int | None:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- ingest

@dataclass
class IngestSummary:
    read: int = 0
    coded: int = 0
    duplicates: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


class _Stories:
    """Story ids by (type, dyad): an event joins the story of an earlier event
    of another article with the same type and dyad and a compatible date."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.index: dict[tuple, list[tuple[str | None, str, str]]] = {}
        for type_, actor, recipient, date, story, document in con.execute(
                "SELECT type, actor_country, recipient_country, date, story_id, document_id FROM events").fetchall():
            self.index.setdefault(self.key(type_, actor, recipient), []).append((date, story, document))

    @staticmethod
    def key(type_: str, actor: str | None, recipient: str | None) -> tuple:
        pair = (actor, recipient)
        return (type_, tuple(sorted(pair, key=str)) if type_ in SYMMETRIC_TYPES else pair)

    def assign(self, event: Event, document_id: str) -> str:
        key = self.key(event.type, event.actor.country, event.recipient.country if event.recipient else None)
        for date, story, document in self.index.get(key, []):
            if document != document_id and event.date is not None and date is not None and dates_compatible(date, event.date):
                self.index[key].append((event.date, story, document_id))
                return story
        story = "st-" + event.id[3:]
        self.index.setdefault(key, []).append((event.date, story, document_id))
        return story


def ingest_articles(
    con: duckdb.DuckDBPyConnection,
    items: Iterable[Article | object],
    extract: Callable[[Article], Extraction] | None = None,
    progress: Callable[[], None] | None = None,
) -> IngestSummary:
    """Code and store articles; already stored articles (same content) are skipped.
    `items` may hold `kronika.sources.Skipped` entries, which are counted as skipped."""
    if extract is None:
        from kronika.pipeline import extract_article as extract
    summary = IngestSummary()
    stories = _Stories(con)
    pending = 0
    con.execute("BEGIN TRANSACTION")
    try:
        for item in items:
            if progress:
                progress()
            if not isinstance(item, Article):
                summary.skipped.append((getattr(item, "source", "?"), getattr(item, "reason", "unreadable")))
                continue
            summary.read += 1
            digest = content_hash(item.text)
            if con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [digest]).fetchone():
                summary.duplicates += 1
                continue
            try:
                result = extract(item)
            except Exception as error:  # one bad article never aborts the batch
                summary.skipped.append((item.document.url or item.document.id, f"extraction failed: {error.__class__.__name__}: {error}"))
                continue
            _insert(con, result, digest, item, stories)
            summary.coded += 1
            summary.events += len(result.events)
            pending += 1
            if pending >= BATCH:
                con.execute("COMMIT")
                con.execute("BEGIN TRANSACTION")
                pending = 0
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return summary


def _insert(con: duckdb.DuckDBPyConnection, result: Extraction, digest: str, article: Article, stories: _Stories) -> None:
    doc = result.document
    if con.execute("SELECT 1 FROM documents WHERE id = ?", [doc.id]).fetchone():
        doc.id = f"{doc.id}-{digest[:8]}"  # same id, different text: keep both
        for event in result.events:
            event.document = doc.id
    con.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc.id, digest, doc.title, doc.outlet, doc.byline, doc.published, doc.language, doc.url,
         doc.url, datetime.now(timezone.utc), len(result.events)],
    )
    rows = []
    for event in result.events:
        start, end = (date_interval(event.date) if event.date and event.date_precision != "decade" else (None, None))
        recipient = event.recipient
        rows.append([
            event.id, doc.id, stories.assign(event, doc.id), event.type, event.mode, event.cameo,
            event.actor.name, event.actor.country, event.actor.sector, event.actor.kb_id,
            recipient.name if recipient else None, recipient.country if recipient else None,
            recipient.sector if recipient else None, recipient.kb_id if recipient else None,
            event.date, event.date_precision, start, end, event.modality, json.dumps(event.attribution, ensure_ascii=False),
            event.confidence, " ".join(e.sentence for e in event.evidence), event.model_dump_json(),
        ])
    if rows:
        con.executemany("INSERT OR IGNORE INTO events VALUES (" + ", ".join(["?"] * 23) + ")", rows)


# ---------------------------------------------------------------- queries

def _where(actor=None, country=None, type=None, date_from=None, date_to=None, outlet=None, text=None) -> tuple[str, list]:
    clauses, params = [], []
    if actor:
        clauses.append("(e.actor_name ILIKE ? OR e.recipient_name ILIKE ?)")
        params += [f"%{actor}%"] * 2
    if country:
        clauses.append("(e.actor_country = ? OR e.recipient_country = ?)")
        params += [country.upper()] * 2
    if type:
        clauses.append("e.type = ?")
        params.append(type.upper())
    if date_from:
        clauses.append("e.date_end >= CAST(? AS DATE)")
        params.append(str(date_from))
    if date_to:
        clauses.append("e.date_start <= CAST(? AS DATE)")
        params.append(str(date_to))
    if outlet:
        clauses.append("(d.outlet ILIKE ? OR e.attribution ILIKE ?)")
        params += [f"%{outlet}%"] * 2
    if text:
        clauses.append("e.evidence_text ILIKE ?")
        params.append(f"%{text}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def query_events(con: duckdb.DuckDBPyConnection, *, limit: int = 1000, offset: int = 0, **filters) -> list[dict]:
    """Event records matching the filters, newest first."""
    where, params = _where(**filters)
    rows = con.execute(
        "SELECT e.record, e.story_id, d.title, d.outlet, d.published, d.url FROM events e JOIN documents d ON d.id = e.document_id"
        f"{where} ORDER BY e.date_start DESC NULLS LAST, e.id LIMIT ? OFFSET ?", params + [int(limit), int(offset)]).fetchall()
    out = []
    for record, story, title, outlet, published, url in rows:
        event = json.loads(record)
        event["story"] = story
        event["source"] = {"title": title, "outlet": outlet, "published": published.isoformat() if published else None, "url": url}
        out.append(event)
    return out


def iter_events(con: duckdb.DuckDBPyConnection, batch: int = 1000, **filters) -> Iterator[dict]:
    """All matching events, fetched a batch at a time (for exports)."""
    offset = 0
    while True:
        page = query_events(con, limit=batch, offset=offset, **filters)
        yield from page
        if len(page) < batch:
            return
        offset += batch


def query_stories(con: duckdb.DuckDBPyConnection, *, limit: int = 500, offset: int = 0, **filters) -> list[dict]:
    """Stories: one row per event told by one or more articles, with its sources counted."""
    where, params = _where(**filters)
    rows = con.execute(
        "SELECT e.story_id, any_value(e.type), any_value(e.actor_name), any_value(e.actor_country),"
        " any_value(e.recipient_name), any_value(e.recipient_country), min(e.date), min(e.date_start),"
        " count(DISTINCT e.document_id), list(DISTINCT d.outlet), list(DISTINCT e.attribution), list(e.id)"
        f" FROM events e JOIN documents d ON d.id = e.document_id{where}"
        " GROUP BY e.story_id ORDER BY min(e.date_start) DESC NULLS LAST, e.story_id LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)]).fetchall()
    return [
        {"story": story, "type": type_, "actor": {"name": an, "country": ac}, "recipient": {"name": rn, "country": rc},
         "date": date, "date_start": start.isoformat() if start else None, "articles": n,
         "outlets": sorted(o for o in outlets if o), "attributions": [json.loads(a) for a in attributions], "events": ids}
        for story, type_, an, ac, rn, rc, date, start, n, outlets, attributions, ids in rows
    ]


def list_actors(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = con.execute(
        "SELECT name, country, sector, count(*) AS n FROM ("
        " SELECT actor_name AS name, actor_country AS country, actor_sector AS sector FROM events"
        " UNION ALL SELECT recipient_name, recipient_country, recipient_sector FROM events WHERE recipient_name IS NOT NULL)"
        " GROUP BY name, country, sector ORDER BY n DESC, name").fetchall()
    return [{"name": n, "country": c, "sector": s, "events": k} for n, c, s, k in rows]


def actor_network(con: duckdb.DuckDBPyConnection, **filters) -> dict:
    """Actors as nodes, and for each actor → recipient pair the event counts by type."""
    where, params = _where(**filters)
    rows = con.execute(
        "SELECT e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, e.recipient_sector,"
        f" e.type, count(*) FROM events e JOIN documents d ON d.id = e.document_id{where}"
        " GROUP BY ALL ORDER BY 1, 4, 7", params).fetchall()
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], dict] = {}
    for an, ac, asec, rn, rc, rsec, type_, n in rows:
        if rn is None:
            continue
        nodes.setdefault(an, {"id": an, "country": ac, "sector": asec, "events": 0})["events"] += n
        nodes.setdefault(rn, {"id": rn, "country": rc, "sector": rsec, "events": 0})["events"] += n
        edge = edges.setdefault((an, rn), {"source": an, "target": rn, "weight": 0, "types": {}})
        edge["weight"] += n
        edge["types"][type_] = edge["types"].get(type_, 0) + n
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def counts(con: duckdb.DuckDBPyConnection) -> dict:
    documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    events, stories = con.execute("SELECT count(*), count(DISTINCT story_id) FROM events").fetchone()
    return {"documents": documents, "events": events, "stories": stories}
