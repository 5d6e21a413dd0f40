"""Schema versions: an older store is upgraded in place, a newer or foreign file refused clearly."""

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from kronika.model import Entity, Event
from kronika.store import SCHEMA_VERSION, StoreError, counts, open_store, query_stories, story_key
from test_store_stories import GOLOB, MERZ, PLENKOVIC, article, event, ingest

# The schema Kronika wrote as version 1 (before stories had a key column).
VERSION_1 = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, title VARCHAR, outlet VARCHAR, byline VARCHAR,
    published TIMESTAMPTZ, language VARCHAR, url VARCHAR, source VARCHAR, ingested_at TIMESTAMPTZ, n_events INTEGER);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, document_id VARCHAR, story_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_kb_id VARCHAR,
    recipient_name VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_kb_id VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE, modality VARCHAR,
    attribution VARCHAR, confidence DOUBLE, evidence_text VARCHAR, record VARCHAR);
INSERT INTO meta VALUES ('schema_version', '1');
"""
NAMELESS = Entity(name="Ivan Horvat", text="Horvat")


def version_1_store(path: Path, events: list[Event]) -> None:
    con = duckdb.connect(str(path))
    con.execute(VERSION_1)
    con.execute("INSERT INTO documents (id, content_hash, outlet) VALUES ('old', 'hash-old', 'hina')")
    for e in events:
        r = e.recipient
        con.execute("INSERT INTO events VALUES (?, 'old', ?, ?, NULL, NULL, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, 'day',"
                    " CAST(? AS DATE), CAST(? AS DATE), 'asserted', '[]', 0.5, '', ?)",
                    [e.id, "st-" + e.id[3:], e.type, e.actor.name, e.actor.country, e.actor.sector,
                     r.name if r else None, r.country if r else None, r.sector if r else None,
                     e.date, e.date, e.date, e.model_dump_json()])
    con.close()


def test_a_version_1_store_is_upgraded_and_its_stories_keep_growing(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old_events = [event("old", "CONSULT", MERZ, PLENKOVIC, "2026-03-02"),
                  event("old", "ACCUSE", GOLOB, None, "2026-03-02", start=40),
                  event("old", "PROTEST", NAMELESS, GOLOB, "2026-03-02", start=80)]
    version_1_store(db, old_events)
    con = open_store(db, read_only=True)  # reading an old file upgrades it first
    assert con.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION)
    stored = dict(con.execute("SELECT id, story_key FROM events").fetchall())
    assert stored == {e.id: story_key(e) for e in old_events}  # the SQL migration agrees with Python
    con.close()
    con = open_store(db)
    ingest(con, article("new", "dpa", event("new", "CONSULT", PLENKOVIC, MERZ, "2026-03-02")))
    meeting = query_stories(con, type="CONSULT")
    assert len(meeting) == 1 and meeting[0]["articles"] == 2 and meeting[0]["outlets"] == ["dpa", "hina"]
    assert counts(con) == {"documents": 2, "events": 4, "stories": 3}


def test_a_newer_store_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    open_store(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    for read_only in (False, True):
        with pytest.raises(StoreError, match=f"newer Kronika \\(schema {SCHEMA_VERSION + 1}"):
            open_store(db, read_only=read_only)
    run = subprocess.run([sys.executable, "-m", "kronika", "query", "--db", str(db)], capture_output=True, text=True)
    assert run.returncode == 1 and "upgrade Kronika" in run.stderr and "Traceback" not in run.stderr


def test_files_that_are_not_stores(tmp_path: Path) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open as a DuckDB event store"):
        open_store(text)
    with pytest.raises(StoreError, match="no such event store"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    run = subprocess.run([sys.executable, "-m", "kronika", "export", "--db", str(text), "--format", "csv", "-o", str(tmp_path / "x.csv")],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "cannot open" in run.stderr and "Traceback" not in run.stderr
