"""The event store: a DuckDB file of documents and events. Events that tell
the same event (same type, same dyad, compatible dates) share a story id.

Interface (stable; used by the CLI, the web API and `kronika.scale`):

    open_store(path, read_only=False, wait=None) -> DuckDB connection
        Creates the file, upgrades an older schema (also before a read-only
        open), refuses a newer or foreign file with StoreError (one clear line).
        A folder is read as the Parquet dataset of `kronika ingest --engine dask`.
        While another process has the file open, waits up to `wait` seconds
        (default KRONIKA_LOCK_WAIT, 10) for it, then StoreError.
    SharedStore(path) -> a store opened only while it is used (release() closes it):
        DuckDB lets one process write or several read a file, never both at once,
        so `kronika ingest` and `kronika serve` each hold it only for a moment.
        writer() -> context manager: the store's single-writer lock (StoreError if held).
    ingest_articles(con, articles, extract=pipeline.extract_article, progress=None, batch=BATCH) -> IngestSummary
        con: a connection or a SharedStore (closed while articles are coded).
        articles: kronika.read.Article items (kronika.sources.Skipped items are
        counted as skipped). Idempotent by content hash; reads and commits
        `batch` items at a time; progress(item) is called as each item is handled. IngestSummary: read, coded, duplicates, events, skipped
        [(source, reason)], skip_reasons() -> Counter.
    query_events(con, *, actor, country, type, date_from, date_to, outlet, text, limit=1000, offset=0) -> list[dict]
        Event.model_dump(mode="json") + "story": story id
        + "source": {title, outlet, published, url, language}. Newest first.
    iter_events(con, **filters) -> the same records, streamed (exports).
    count_events(con, **filters), count_stories(con, **filters) -> the totals the queries page through.
    query_stories(con, same filters, limit=500, offset=0) -> list[dict]
        {story, type, actor{name,country}, recipient{name,country}, date, date_start,
         span: [first day, last day] of `date` (None when undated), articles, outlets, attributions, sources, n_sources, events,
         reports: [{event, document, title, outlet, url, published, attribution}]}
    list_actors(con) -> [{name, country, sector, events}]
    actor_network(con, same filters) -> {"nodes": [{id, country, sector, events}],
        "edges": [{source, target, weight, types: {TYPE: count}}]}
    counts(con) -> {documents, events, stories}

Filters: actor (name contains, any case), country (ISO alpha-3, actor or
recipient), type (PLOVER), date_from/date_to ('YYYY-MM-DD', the event's
possible days overlap the range), outlet (article outlet or a source in the
attribution chain), text (evidence contains). Every value reaches SQL as a
parameter, never as text.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import os
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb

from kronika.model import Entity, Event, Extraction
from kronika.read import Article, ReadError
from kronika.temporal.intervals import date_interval

SCHEMA_VERSION = 2
SYMMETRIC_TYPES = ("CONSULT", "COOPERATE")  # A meets B is B meets A: the dyad is unordered
BATCH = 50  # articles per transaction: a crash loses at most the batch in flight
STORY_CACHE_ENTRIES = 100_000  # dated stories ingest keeps at hand (~20 MB at most)

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
    attribution VARCHAR, confidence DOUBLE, evidence_text VARCHAR, record VARCHAR, story_key VARCHAR);
"""
# Made after the tables and after every upgrade (DuckDB cannot index in a transaction that updated rows).
INDEXES = "CREATE INDEX IF NOT EXISTS events_story_key ON events (story_key);"

# The story key of an event in SQL, the same as `story_key()` computes in Python
# (used to fill the column when a version 1 store is upgraded).
_SIDE_A = "coalesce(actor_country, 'name:' || actor_name, '')"
_SIDE_B = "coalesce(recipient_country, 'name:' || recipient_name, '')"
STORY_KEY_SQL = (
    f"CASE WHEN type IN {SYMMETRIC_TYPES!r} THEN type || '|' || least({_SIDE_A}, {_SIDE_B}) || '|' || greatest({_SIDE_A}, {_SIDE_B})"
    f" ELSE type || '|' || {_SIDE_A} || '|' || {_SIDE_B} END"
)

# version → statements that bring a store from the version before up to it
MIGRATIONS: dict[int, list[str]] = {
    2: [  # stories are found through an indexed dyad key in the file, not an index held in memory
        "ALTER TABLE events ADD COLUMN story_key VARCHAR",
        f"UPDATE events SET story_key = {STORY_KEY_SQL}",
    ],
}


class StoreError(RuntimeError):
    """The file is not a Kronika store this version can use."""


def open_store(path: str | Path, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open (or create) an event store; an older schema is upgraded first, a newer one refused.
    A store another process has open is waited for up to `wait` seconds (see `lock_wait`)."""
    path = Path(path)
    if path.is_dir():
        return open_parquet_dataset(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such event store (create one with `kronika ingest`)")
    con = _connect(path, read_only, wait)
    version = _checked_version(con, path)
    if read_only:
        if version is None:
            con.close()
            raise StoreError(f"{path} is empty: ingest articles first")
        if version < SCHEMA_VERSION:  # upgrade once, then read as asked
            con.close()
            open_store(path, wait=wait).close()
            return _connect(path, True, wait)
        return con
    if version is None:
        con.execute(SCHEMA)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    elif version < SCHEMA_VERSION:
        _upgrade(con, version)
    con.execute(INDEXES)
    return con


def lock_wait() -> float:
    """Seconds to wait for a store another process has open: KRONIKA_LOCK_WAIT, else 10.
    Ingest and serve hold the file for a batch or a request (milliseconds to a second)."""
    try:
        return max(0.0, float(os.environ.get("KRONIKA_LOCK_WAIT", "10")))
    except ValueError:
        return 10.0


def _connect(path: Path, read_only: bool, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + (lock_wait() if wait is None else wait)
    delay = 0.01
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as error:
            if "lock" not in str(error).lower():
                raise StoreError(f"{path}: cannot open as a DuckDB event store ({str(error).splitlines()[0]})") from None
            if time.monotonic() >= deadline:
                raise StoreError(f"{path} is in use by another process (an ingest or `kronika serve`): "
                                 "try again when it has finished") from None
        time.sleep(delay)  # the other process holds it for a batch or a request: try again shortly
        delay = min(delay * 2, 0.2)


class SharedStore:
    """A DuckDB store opened when it is used and closed by `release()`.

    DuckDB lets one process write a file or several read it, never both. An
    ingest that holds its store for the whole run keeps `kronika serve` out;
    one that releases it while articles are coded (most of the time) lets the
    server read every committed batch. `writer()` keeps a second writer out
    for the whole run (a lock file beside the store), as holding the file did."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path, self.read_only = Path(path), read_only
        self._con: duckdb.DuckDBPyConnection | None = None

    def connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = open_store(self.path, read_only=self.read_only)
        return self._con

    def release(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The store for one piece of work (a request), closed afterwards."""
        try:
            yield self.connection()
        finally:
            self.release()

    @contextmanager
    def writer(self) -> Iterator[SharedStore]:
        """Hold the store's writer lock (`<store>.lock`) while the block runs; StoreError if another has it."""
        import fcntl  # POSIX only: imported here so that reading a store needs no more than DuckDB

        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            handle = open(lock_path, "a")  # noqa: SIM115 — closed below, after the block
        except OSError as error:
            raise StoreError(f"cannot write the event store {self.path}: {error.strerror or error}") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.path} is being written by another ingest: try again when it has finished") from None
            try:
                yield self
            finally:
                self.release()
                fcntl.flock(handle, fcntl.LOCK_UN)


class _Held:
    """A connection the caller keeps open: `ingest_articles` on it never closes it."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def connection(self) -> duckdb.DuckDBPyConnection:
        return self.con

    def release(self) -> None:
        pass


def _checked_version(con: duckdb.DuckDBPyConnection, path: Path) -> int | None:
    """The schema version of the file, None if it is empty; refuses foreign and newer files."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return None
    version = _version(con) if "meta" in tables else None
    if version is None:
        con.close()
        raise StoreError(f"{path} is a DuckDB file but not a Kronika event store")
    if version > SCHEMA_VERSION:
        con.close()
        raise StoreError(f"{path} was written by a newer Kronika (schema {version}; this one reads up to {SCHEMA_VERSION}): upgrade Kronika")
    return version


def _upgrade(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Run the migrations after `version` in one transaction: a crash leaves the old schema intact."""
    con.execute("BEGIN TRANSACTION")
    try:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS.get(target, []):
                con.execute(statement)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(target)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


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


# ---------------------------------------------------------------- stories

def _side(entity: Entity | None) -> str:
    """One side of a dyad: its country when known (outlets name the same side
    differently: 'Plenković', 'the Croatian government'), else its name."""
    if entity is None:
        return ""
    return entity.country or f"name:{entity.name}"


def story_key(event: Event) -> str:
    """Same type and same dyad (unordered for meetings and cooperation)."""
    a, b = _side(event.actor), _side(event.recipient)
    if event.type in SYMMETRIC_TYPES:
        a, b = sorted((a, b))
    return f"{event.type}|{a}|{b}"


def _new_story_id(event_id: str) -> str:
    return "st-" + event_id.removeprefix("ev-")


class _StoriesInStore:
    """Story ids looked up in the store (indexed by story key), with the
    dated stories of recently used keys cached. The cache is trimmed after
    each commit (when every story it holds is in the file), so memory stays
    bounded however large the store grows. Candidates are kept in (start,
    story) order: a resumed ingest assigns exactly what an uninterrupted one would."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None, max_entries: int | None = None) -> None:
        self.con = con
        self.max_entries = STORY_CACHE_ENTRIES if max_entries is None else max_entries
        self.entries = 0
        self.cache: OrderedDict[str, list[tuple[date, str, date]]] = OrderedDict()

    def _candidates(self, key: str) -> list[tuple[date, str, date]]:
        if key not in self.cache:
            self.prefetch([key])
        self.cache.move_to_end(key)
        return self.cache[key]

    def prefetch(self, keys: Iterable[str]) -> None:
        """Load the stories of every key not yet cached with one query (a DuckDB round trip
        costs ~0.5 ms; one per key was most of ingest's time in the store). A key not cached
        has nothing uncommitted (the cache is trimmed only after a commit): the file is the truth."""
        missing = list(dict.fromkeys(key for key in keys if key not in self.cache))
        if not missing:
            return
        # Only the event that founded a story defines it: a vague joiner ('in March') must not
        # widen a story to every meeting of the month.
        rows = self.con.execute(
            "SELECT story_key, date_start, story_id, date_end FROM events WHERE story_key IN (SELECT unnest(?))"
            " AND date_start IS NOT NULL AND story_id = 'st-' || (CASE WHEN id LIKE 'ev-%' THEN substr(id, 4) ELSE id END)"
            " ORDER BY story_key, date_start, story_id", [missing]).fetchall()
        for key in missing:
            self.cache[key] = []
        for key, *candidate in rows:
            self.cache[key].append(tuple(candidate))
        self.entries += len(rows)

    def assign(self, event: Event, interval: tuple[date, date] | None) -> str:
        """The story of an earlier event with this key whose dates contain or lie within this one's."""
        if interval is None:
            return _new_story_id(event.id)
        return self.assign_key(story_key(event), event.id, interval)

    def assign_key(self, key: str, event_id: str, interval: tuple[date, date]) -> str:
        """`assign` for a dated event given by its story key and id (what the store's columns hold)."""
        start, end = interval
        candidates = self._candidates(key)
        for known_start, story, known_end in candidates:
            if (known_start <= start and end <= known_end) or (start <= known_start and known_end <= end):
                return story
        story = _new_story_id(event_id)
        bisect.insort(candidates, (start, story, end))
        self.entries += 1
        return story

    def trim(self) -> None:
        """Forget the least recently used keys beyond the bound; call only when all is committed."""
        while self.entries > self.max_entries and self.cache:
            _, dropped = self.cache.popitem(last=False)
            self.entries -= len(dropped)


class _Stories(_StoriesInStore):
    """Story ids held in memory, for merging a whole dataset in one pass
    (`kronika.scale`), by the same rules as ingest."""

    def __init__(self) -> None:
        # no store behind it: the index starts empty and is never trimmed
        super().__init__(None, max_entries=0)

    def _candidates(self, key: str) -> list[tuple[date, str, date]]:
        return self.cache.setdefault(key, [])

    def assign(self, event: Event, document_id: str) -> str:  # type: ignore[override]
        return super().assign(event, _interval(event))


def _interval(event: Event) -> tuple[date, date] | None:
    if not event.date or event.date_precision in ("decade", "duration"):
        return None
    try:
        return date_interval(event.date)
    except ValueError:
        return None


# ---------------------------------------------------------------- ingest

@dataclass
class IngestSummary:
    read: int = 0
    coded: int = 0
    duplicates: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def skip_reasons(self) -> Counter:
        """How many were skipped for each kind of reason (the text before any ':' detail)."""
        return Counter(reason.split(":")[0].split(" (")[0] for _, reason in self.skipped)


def ingest_articles(
    con: duckdb.DuckDBPyConnection | SharedStore,
    items: Iterable[Article | object],
    extract: Callable[[Article], Extraction] | None = None,
    progress: Callable[[object], object] | None = None,
    batch: int = BATCH,
) -> IngestSummary:
    """Code and store articles; already stored articles (same content) are skipped.
    `items` may hold `kronika.sources.Skipped` entries, which are counted as skipped.
    Items are read `batch` at a time (the store is asked once per chunk, not once per
    article, which contents, ids and stories it holds) and each chunk's rows are
    committed together, so an interrupted run keeps every chunk it finished.
    A SharedStore is closed while articles are coded, so that readers get in between."""
    if extract is None:
        from kronika.pipeline import extract_article as extract
    store = con if isinstance(con, SharedStore) else _Held(con)
    summary = IngestSummary()
    pending = _Pending(None)
    items = iter(items)
    while chunk := list(itertools.islice(items, batch)):
        pending.bind(store.connection())
        coded = _extract_new(chunk, pending, extract, progress, summary, before_coding=store.release)
        pending.bind(store.connection())
        pending.look_up_ids(result.document.id for result, _ in coded)
        pending.stories.prefetch(story_key(event) for result, _ in coded for event in result.events if _interval(event))
        for result, digest in coded:  # in input order: story ids depend on it
            summary.events += pending.add(result, digest)
            summary.coded += 1
        pending.flush()
    store.release()
    return summary


def _extract_new(
    chunk: list[Article | object],
    pending: _Pending,
    extract: Callable[[Article], Extraction],
    progress: Callable[[object], object] | None,
    summary: IngestSummary,
    before_coding: Callable[[], None] = lambda: None,
) -> list[tuple[Extraction, str]]:
    """Extract the chunk's articles whose content is neither stored nor met before; counts the rest.
    `before_coding` runs before the first article is coded (a SharedStore is released there)."""
    pending.look_up_contents(content_hash(item.text) for item in chunk if isinstance(item, Article))
    coded: list[tuple[Extraction, str]] = []
    for item in chunk:
        if progress:
            progress(item)  # per item as it is handled: the bar moves steadily
        if not isinstance(item, Article):
            summary.skipped.append((getattr(item, "source", "?"), getattr(item, "reason", "unreadable")))
            continue
        summary.read += 1
        digest = content_hash(item.text)
        if pending.has_content(digest):
            summary.duplicates += 1
            continue
        before_coding()
        try:
            result = extract(item)
        except Exception as error:  # one bad article never aborts the batch
            where = getattr(item, "source", None) or item.document.url or item.document.id
            reason = str(error) if isinstance(error, ReadError) else f"extraction failed: {error.__class__.__name__}: {error}"
            summary.skipped.append((where, reason))
            continue
        pending.hashes.add(digest)  # the same text later in the chunk is a duplicate
        coded.append((result, digest))
        if summary.coded + len(coded) == 1:
            from kronika.pipeline import keep_loaded

            keep_loaded()  # the first article loaded what the rest need
    return coded


class _Pending:
    """The rows of the batch in flight, written in one transaction by `flush`. `hashes` and `ids`
    hold the contents and document ids of the current chunk that are stored or in flight:
    looked up in the store once per chunk, then grown as articles are coded."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None) -> None:
        self.con = con
        self.stories = _StoriesInStore(con)

    def bind(self, con: duckdb.DuckDBPyConnection) -> None:
        """Work through `con` from now on (a SharedStore reopens the store between steps)."""
        self.con = self.stories.con = con
        self.documents: list[dict] = []
        self.events: list[dict] = []
        self.hashes: set[str] = set()
        self.ids: set[str] = set()

    def look_up_contents(self, digests: Iterable[str]) -> None:
        self.hashes |= self._stored("content_hash", digests)

    def look_up_ids(self, document_ids: Iterable[str]) -> None:
        self.ids |= self._stored("id", document_ids)

    def _stored(self, column: str, values: Iterable[str]) -> set[str]:
        """Which of the values the documents table holds in `column`, in one query."""
        values = list(set(values))
        if not values:
            return set()
        rows = self.con.execute(f"SELECT {column} FROM documents WHERE {column} IN (SELECT unnest(?))", [values]).fetchall()
        return {value for (value,) in rows}

    def has_content(self, digest: str) -> bool:
        return digest in self.hashes

    def _id_taken(self, document_id: str) -> bool:
        return document_id in self.ids

    def add(self, result: Extraction, digest: str) -> int:
        """Queue one article's rows; returns how many events it adds."""
        doc = result.document
        if self._id_taken(doc.id):
            # Same id, different text (a reused doc_id): keep both, and give the events ids of their own.
            doc.id = f"{doc.id}-{digest[:8]}"
            for event in result.events:
                event.document = doc.id
                event.id = f"{event.id}-{digest[:8]}"
        events = list({event.id: event for event in result.events}.values())  # an event given twice is stored once
        self.hashes.add(digest)
        self.ids.add(doc.id)
        self.documents.append({
            "id": doc.id, "content_hash": digest, "title": doc.title, "outlet": doc.outlet, "byline": doc.byline,
            "published": doc.published, "language": doc.language, "url": doc.url, "source": doc.url,
            "ingested_at": datetime.now(timezone.utc), "n_events": len(events)})
        for event in events:
            interval = _interval(event)
            start, end = interval or (None, None)
            recipient = event.recipient
            self.events.append({
                "id": event.id, "document_id": doc.id, "story_id": self.stories.assign(event, interval),
                "type": event.type, "mode": event.mode, "cameo": event.cameo,
                "actor_name": event.actor.name, "actor_country": event.actor.country,
                "actor_sector": event.actor.sector, "actor_kb_id": event.actor.kb_id,
                "recipient_name": recipient.name if recipient else None,
                "recipient_country": recipient.country if recipient else None,
                "recipient_sector": recipient.sector if recipient else None,
                "recipient_kb_id": recipient.kb_id if recipient else None,
                "date": event.date, "date_precision": event.date_precision, "date_start": start, "date_end": end,
                "modality": event.modality, "attribution": json.dumps(event.attribution, ensure_ascii=False),
                "confidence": event.confidence, "evidence_text": " ".join(e.sentence for e in event.evidence),
                "record": event.model_dump_json(), "story_key": story_key(event)})
        return len(events)

    def flush(self) -> None:
        """Write the queued rows in one transaction (all of the batch, or none of it),
        one multi-row INSERT per table: row by row costs ~6 ms an event in DuckDB."""
        if self.documents:
            self.con.execute("BEGIN TRANSACTION")
            try:
                _insert_rows(self.con, "INSERT INTO documents", self.documents)
                _insert_rows(self.con, "INSERT OR IGNORE INTO events", self.events)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.stories.trim()
        self.documents, self.events, self.hashes, self.ids = [], [], set(), set()


def _insert_rows(con: duckdb.DuckDBPyConnection, statement: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    placeholders = "(" + ", ".join("?" * len(columns)) + ")"
    con.execute(f"{statement} ({', '.join(columns)}) VALUES " + ", ".join([placeholders] * len(rows)),
                [row[column] for row in rows for column in columns])


# ---------------------------------------------------------------- queries

class FilterError(ValueError):
    """A filter value that cannot match anything as given (an impossible date, an unknown code)."""


NEAR_KM = 50.0  # the default radius of a `near` filter


def parse_near(value: str) -> tuple[float, float, float]:
    """'45.81,15.98' or '45.81,15.98,25' → (latitude, longitude, km), or FilterError."""
    parts = [p.strip() for p in str(value).split(",")]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 3) or any(n != n for n in numbers):
        raise FilterError(f"--near {value!r} is not a place: use LAT,LON or LAT,LON,KM, e.g. 45.81,15.98,25")
    lat, lon, km = numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else NEAR_KM
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20038):
        raise FilterError(f"--near {value!r}: latitude -90..90, longitude -180..180, a radius of 0 to 20038 km")
    return lat, lon, km


def check_filters(actor=None, country=None, type=None, date_from=None, date_to=None, outlet=None, text=None,
                  place=None, near=None) -> None:
    """FilterError, naming the filter and the value, for a date that is no day, a country that
    is no ISO alpha-3 code, an event type that PLOVER does not have, a `near` that is no point."""
    for name, value in (("from", date_from), ("to", date_to)):
        if value:
            try:
                day = date.fromisoformat(str(value))
            except ValueError:
                raise FilterError(f"--{name} {value!r} is not a day: use YYYY-MM-DD, e.g. 2025-12-01") from None
            if len(str(value)) != 10:
                raise FilterError(f"--{name} {value!r} is not a day: use YYYY-MM-DD, e.g. {day.isoformat()}")
    if country and not _known_country(country):
        hint = _country_code_of(country)
        raise FilterError(f"unknown --country {country!r}: use an ISO 3166 alpha-3 code"
                          + (f" (did you mean {hint}?)" if hint else ", e.g. VEN"))
    if place and not _known_country(place):
        raise FilterError(f"unknown --place {place!r}: the ISO 3166 alpha-3 code of the country an event happened in, e.g. SRB")
    if near:
        parse_near(near)
    if type:
        from kronika.model import EVENT_TYPES

        if type.upper() not in EVENT_TYPES:
            raise FilterError(f"unknown --type {type!r}: PLOVER's event types are {', '.join(EVENT_TYPES)}")


def _known_country(code: str) -> bool:
    import pycountry

    return len(code) == 3 and code.isalpha() and (pycountry.countries.get(alpha_3=code.upper()) is not None
                                                    or code.upper() in {"XKX", "EUR", "IGO"})


def _country_code_of(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        from kronika.actors import lookup

        entity = lookup(name[:1].upper() + name[1:], lang="hr")
        return entity.country if entity is not None and entity.kb_id and entity.kb_id.startswith("c:") else None


@lru_cache(maxsize=1024)
def actor_ids(text: str) -> tuple[str, ...]:
    """The knowledge-base ids a name filter stands for, in any language and case form that the
    knowledge base knows ('Lukašenko', 'lukašenka', 'LUKASHENKO' → p:lukashenko)."""
    from kronika.actors import lookup
    from kronika.lang import PACKS

    words = " ".join(text.split())
    if not words or len(words) > 200:
        return ()
    forms = dict.fromkeys([words, words.title(), words[:1].upper() + words[1:].lower(), words[:1].upper() + words[1:]])
    found: dict[str, None] = {}
    for lang in PACKS:
        for form in forms:
            try:
                entity = lookup(form, lang=lang)
            except Exception:  # noqa: BLE001 — a filter never fails for want of a pack
                continue
            if entity is not None and entity.kb_id:
                found[entity.kb_id] = None
        if found:
            break
    return tuple(found)


# the event's place, read from its record (the `location` of kronika.model.Event)
_PLACE_COUNTRY = "json_extract_string(e.record, '$.location.country')"
_PLACE_LAT = "TRY_CAST(json_extract_string(e.record, '$.location.lat') AS DOUBLE)"
_PLACE_LON = "TRY_CAST(json_extract_string(e.record, '$.location.lon') AS DOUBLE)"
# great-circle distance in km from the event's place to (?, ?) (haversine; parameters: lat, lat, lon)
_DISTANCE_KM = (f"2 * 6371.0088 * asin(sqrt(pow(sin(radians({_PLACE_LAT} - ?) / 2), 2)"
                f" + cos(radians(?)) * cos(radians({_PLACE_LAT})) * pow(sin(radians({_PLACE_LON} - ?) / 2), 2)))")


def _where(actor=None, country=None, type=None, date_from=None, date_to=None, outlet=None, text=None,
           place=None, near=None) -> tuple[str, list]:
    """`place`: ISO alpha-3 of the country the event happened in; `near`: 'LAT,LON[,KM]', events
    whose place lies within KM (default NEAR_KM) of the point."""
    check_filters(actor, country, type, date_from, date_to, outlet, text, place, near)
    clauses, params = [], []
    if actor:
        ids = list(actor_ids(actor))
        clauses.append("(e.actor_name ILIKE ? OR e.recipient_name ILIKE ?"
                       + (" OR e.actor_kb_id IN (SELECT unnest(?)) OR e.recipient_kb_id IN (SELECT unnest(?))" if ids else "") + ")")
        params += [f"%{actor}%"] * 2 + ([ids, ids] if ids else [])
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
    if place:
        clauses.append(f"{_PLACE_COUNTRY} = ?")
        params.append(place.upper())
    if near:
        lat, lon, km = parse_near(near)
        clauses.append(f"({_PLACE_LAT} IS NOT NULL AND {_DISTANCE_KM} <= ?)")
        params += [lat, lat, lon, km]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_EVENT_SELECT = (
    "SELECT e.record, e.story_id, d.title, d.outlet, d.published, d.url, d.language"
    " FROM events e JOIN documents d ON d.id = e.document_id"
)
_EVENT_ORDER = " ORDER BY e.date_start DESC NULLS LAST, e.id"


def _event_record(row: tuple) -> dict:
    record, story, title, outlet, published, url, language = row
    event = json.loads(record)
    event["story"] = story
    event["source"] = {"title": title, "outlet": outlet, "published": published.isoformat() if published else None,
                       "url": url, "language": language}
    return event


def query_events(con: duckdb.DuckDBPyConnection, *, limit: int = 1000, offset: int = 0, **filters) -> list[dict]:
    """Event records matching the filters, newest first: `Event.model_dump(mode='json')`
    plus "story" (its story id) and "source" (title, outlet, published, url, language)."""
    where, params = _where(**filters)
    rows = con.execute(f"{_EVENT_SELECT}{where}{_EVENT_ORDER} LIMIT ? OFFSET ?", params + [int(limit), int(offset)]).fetchall()
    return [_event_record(row) for row in rows]


def count_events(con: duckdb.DuckDBPyConnection, **filters) -> int:
    """How many events match the filters (the total that `query_events` pages through)."""
    where, params = _where(**filters)
    return con.execute(f"SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id{where}", params).fetchone()[0]


def count_stories(con: duckdb.DuckDBPyConnection, **filters) -> int:
    """How many stories have an event that matches the filters (the total of `query_stories`)."""
    where, params = _where(**filters)
    return con.execute(f"SELECT count(DISTINCT e.story_id) FROM events e JOIN documents d ON d.id = e.document_id{where}",
                       params).fetchone()[0]


def iter_events(con: duckdb.DuckDBPyConnection, batch: int = 1000, **filters) -> Iterator[dict]:
    """All matching events in the order of `query_events`, streamed from one
    query a batch at a time (exports of any size in constant memory)."""
    where, params = _where(**filters)
    cursor = con.cursor()
    cursor.execute(f"{_EVENT_SELECT}{where}{_EVENT_ORDER}", params)
    while rows := cursor.fetchmany(batch):
        yield from (_event_record(row) for row in rows)
    cursor.close()


def query_stories(con: duckdb.DuckDBPyConnection, *, limit: int = 500, offset: int = 0, **filters) -> list[dict]:
    """Stories: one row per event told by one or more articles, newest first,
    with every report (article, outlet, attribution chain) and its sources counted."""
    where, params = _where(**filters)
    rows = con.execute(
        "SELECT e.story_id, any_value(e.type), any_value(e.actor_name), any_value(e.actor_country),"
        " any_value(e.recipient_name), any_value(e.recipient_country),"
        " arg_min(e.date, e.date_end - e.date_start), min(e.date_start), count(DISTINCT e.document_id),"
        " arg_min(e.date_start, e.date_end - e.date_start), arg_min(e.date_end, e.date_end - e.date_start),"
        " list({'event': e.id, 'document': d.id, 'title': d.title, 'outlet': d.outlet, 'url': d.url,"
        "       'published': d.published, 'attribution': e.attribution} ORDER BY d.published, d.id, e.id)"
        f" FROM events e JOIN documents d ON d.id = e.document_id{where}"
        " GROUP BY e.story_id ORDER BY min(e.date_start) DESC NULLS LAST, e.story_id LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)]).fetchall()
    return [_story(*row) for row in rows]


def _story(story, type_, actor, actor_country, recipient, recipient_country, date_, start, n_articles,
           span_start, span_end, reports) -> dict:
    for report in reports:
        report["attribution"] = json.loads(report["attribution"])
        report["published"] = report["published"].isoformat() if report["published"] else None
    outlets = sorted({r["outlet"] for r in reports if r["outlet"]}, key=str.lower)
    chains = sorted({tuple(r["attribution"]) for r in reports})
    # Sources: the outlets that published it and everyone they cite, each counted once
    # ('hina' the outlet is 'Hina' the attribution; the spelling from the text wins).
    named = {name.lower(): name for name in [*outlets, *(name for chain in chains for name in chain)]}
    sources = sorted(named.values(), key=str.lower)
    return {"story": story, "type": type_, "actor": {"name": actor, "country": actor_country},
            "recipient": {"name": recipient, "country": recipient_country}, "date": date_,
            "date_start": start.isoformat() if start else None,
            # the days `date` may stand for (a month, a week, a year): a timeline draws it as a span, not a day
            "span": [span_start.isoformat(), span_end.isoformat()] if span_start and span_end else None,
            "articles": n_articles, "outlets": outlets,
            "attributions": [list(chain) for chain in chains], "sources": sources, "n_sources": len(sources),
            "reports": reports, "events": [r["event"] for r in reports]}


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
