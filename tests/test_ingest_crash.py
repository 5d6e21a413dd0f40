"""kill -9 in the middle of `kronika ingest`: what was committed survives,
the same command resumes where it stopped, and the result equals an
uninterrupted run: no article lost, none stored twice."""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from kronika.store import BATCH, counts, open_store

ARTICLES = 300
KILL_AFTER = 2 * BATCH + 20  # past a few commits, well before the end


def ingest(folder: Path, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kronika", "ingest", str(folder), "--db", str(db), "--quiet"],
                          capture_output=True, text=True, check=True)


def generated_folder(tmp_path: Path, shared_dir: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus" / "setimes-hr").glob("*.txt"))]
    for i in range(ARTICLES):
        (folder / f"{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\n\nBroj {i}.", encoding="utf-8")
    return folder


def kill_mid_way(folder: Path, db: Path) -> int:
    """Start an ingest, SIGKILL it once its progress bar has passed KILL_AFTER; the last count seen."""
    process = subprocess.Popen([sys.executable, "-m", "kronika", "ingest", str(folder), "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, tail = 0, b""
    while seen < KILL_AFTER:
        chunk = process.stderr.read1(4096)
        assert chunk, f"ingest ended before the kill (last progress {seen})"
        tail = (tail + chunk)[-400:]
        numbers = re.findall(rb"(\d+) articles\]", tail)  # the bar is over bytes, the articles beside it
        seen = int(numbers[-1]) if numbers else seen
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return seen


def snapshot(db: Path) -> tuple[set, set, set]:
    con = open_store(db, read_only=True)
    documents = set(con.execute("SELECT id, content_hash, n_events FROM documents").fetchall())
    events = set(con.execute("SELECT id, document_id, type FROM events").fetchall())
    stories = {frozenset(ids) for (ids,) in con.execute("SELECT list(id) FROM events GROUP BY story_id").fetchall()}
    con.close()
    return documents, events, stories


def test_kill_9_loses_nothing_committed_and_resume_adds_no_duplicates(tmp_path: Path, shared_dir: Path) -> None:
    folder = generated_folder(tmp_path, shared_dir)
    db = tmp_path / "killed.duckdb"
    seen = kill_mid_way(folder, db)
    con = open_store(db, read_only=True)
    survived = counts(con)["documents"]
    con.close()
    # The bar counts an article before coding it: all before it were coded, and committed by the batch.
    assert BATCH * ((seen - 1) // BATCH) <= survived < ARTICLES, (seen, survived)

    resumed = ingest(folder, db)
    assert f"coded {ARTICLES - survived} " in resumed.stdout and f"{survived} already stored" in resumed.stdout

    clean = tmp_path / "clean.duckdb"
    ingest(folder, clean)
    documents, events, stories = snapshot(db)
    assert len(documents) == ARTICLES
    assert (documents, events, stories) == snapshot(clean)
    assert sum(n for _, _, n in documents) == len(events)  # every article kept all its events
