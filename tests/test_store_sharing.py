"""`kronika serve` and `kronika ingest` on one store at the same time: the server
opens the store per request and the ingest between its batches, so a live feed
can be watched while it is ingested. And ingest's progress is by bytes."""

import json
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from kronika.sources import input_bytes, read_paths
from kronika.store import BATCH, SharedStore, StoreError, counts, open_store

ARTICLES = 3 * BATCH + 10  # four batches: four commits the server can see one by one


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kronika(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kronika", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def articles_folder(folder: Path, shared_dir: Path, n: int, tag: str) -> Path:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus" / "setimes-hr").glob("*.txt"))]
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\n\n{tag} {i}.", encoding="utf-8")
    return folder


def wait_for(url: str) -> dict:
    for _ in range(150):
        try:
            return httpx.get(url, timeout=2).json()
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def test_ingest_runs_while_serve_is_up_and_the_page_sees_each_batch(tmp_path: Path, shared_dir: Path) -> None:
    db = tmp_path / "live.duckdb"
    first = kronika("ingest", str(articles_folder(tmp_path / "first", shared_dir, 5, "Prvi")), "--db", str(db), "--quiet")
    assert first.wait(timeout=120) == 0, first.stderr.read()
    port = free_port()
    server = kronika("serve", "--db", str(db), "--port", str(port))
    try:
        stats = f"http://127.0.0.1:{port}/api/stats"
        assert wait_for(stats)["documents"] == 5
        seen: list[int] = []
        failures: list[int] = []
        done = threading.Event()

        def watch() -> None:  # what the page would see, polled while the ingest runs
            while not done.is_set():
                answer = httpx.get(stats, timeout=10)
                (seen.append(answer.json()["documents"]) if answer.status_code == 200 else failures.append(answer.status_code))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
        second = kronika("ingest", str(articles_folder(tmp_path / "second", shared_dir, ARTICLES, "Drugi")),
                         "--db", str(db), "--quiet")
        out, err = second.communicate(timeout=300)
        done.set()
        watcher.join()
        assert second.returncode == 0, err
        assert f"coded {ARTICLES} " in out
        assert failures == []
        assert any(5 < n < 5 + ARTICLES for n in seen), seen  # batches became visible while the ingest ran
        assert seen == sorted(seen)
        assert wait_for(stats)["documents"] == 5 + ARTICLES  # and the page sees every new row
        events = httpx.get(f"http://127.0.0.1:{port}/api/events", params={"text": "Drugi"}, timeout=10)
        assert events.status_code == 200
    finally:
        server.terminate()
        server.communicate(timeout=10)


def test_a_second_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    open_store(db).close()
    (tmp_path / "a.txt").write_text("Hrvatski premijer Andrej Plenković razgovarao je s Robertom Golobom.", encoding="utf-8")
    with SharedStore(db).writer():
        run = subprocess.run([sys.executable, "-m", "kronika", "ingest", str(tmp_path / "a.txt"), "--db", str(db), "--quiet"],
                             capture_output=True, text=True)
        try:
            with SharedStore(db).writer():
                raise AssertionError("a second writer in this process got the lock")
        except StoreError as error:
            assert "being written by another ingest" in str(error)
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "being written by another ingest" in run.stderr
    con = open_store(db, read_only=True)
    assert counts(con)["documents"] == 0
    con.close()


def test_read_paths_tells_the_bytes_behind_each_article(tmp_path: Path) -> None:
    records = [json.dumps({"text": f"Članak broj {i}. " * 40, "published": "2025-12-11T10:00:00"}) for i in range(200)]
    big = tmp_path / "feed.jsonl"
    big.write_text("\n".join(records) + "\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Jedan članak.", encoding="utf-8")
    seen: list[int] = []
    items = list(read_paths([str(tmp_path)], positions=lambda item, n: seen.append(n)))
    total = input_bytes([str(tmp_path)])
    assert total == big.stat().st_size + len("Jedan članak.".encode())
    assert len(items) == len(seen) == 201
    assert seen == sorted(seen) and seen[-1] == total
    inside = seen[:200]  # the JSONL file is followed record by record, not only when it is finished
    assert len(set(inside)) > 100 and inside[99] < big.stat().st_size * 0.6


def test_the_ingest_bar_counts_bytes(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": f"Vijest {i}: Plenković je razgovarao s Golobom."}) for i in range(120)) + "\n",
                    encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "kronika", "ingest", str(feed), "--db", str(tmp_path / "bar.duckdb")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    size = feed.stat().st_size
    final = run.stderr.replace("\r", "\n").splitlines()
    bar = [line for line in final if line.startswith("ingest: 100%")]
    assert bar, run.stderr[-500:]
    done, total = map(float, re.search(r"\| ([\d.]+)k/([\d.]+)k \[", bar[-1]).groups())  # bytes done / all, in KiB
    assert done == total and abs(total - size / 1024) < 0.01 and "120 articles]" in bar[-1]


def test_the_server_says_503_while_the_store_is_held_and_reads_again_after(tmp_path: Path, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    import kronika.web.app as web

    db = tmp_path / "held.duckdb"
    open_store(db).close()
    monkeypatch.setattr(web, "REQUEST_LOCK_WAIT", 0.3)
    client = TestClient(web.create_app(db, allow_ingest=True, token="t"))
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('held', flush=True); sys.stdin.read()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        busy = client.get("/api/stats")
        assert busy.status_code == 503 and "in use by another process" in busy.json()["detail"]
        assert busy.headers["retry-after"]
    finally:
        holder.communicate("", timeout=10)
    assert client.get("/api/stats").json()["documents"] == 0
    with SharedStore(db).writer():  # a `kronika ingest` is writing: the server's own ingest waits its turn
        refused = client.post("/api/ingest", json=[{"text": "Plenković je razgovarao s Golobom."}], headers={"Authorization": "Bearer t"})
    assert refused.status_code == 503 and "being written by another ingest" in refused.json()["detail"]


def test_a_parquet_dataset_is_served_request_by_request(tmp_path: Path, examples_dir: Path) -> None:
    from fastapi.testclient import TestClient

    from kronika.read import parse_text
    from kronika.store import ingest_articles
    from kronika.web.app import create_app

    db = tmp_path / "s.duckdb"
    con = open_store(db)
    ingest_articles(con, [parse_text(p.read_text(encoding="utf-8")) for p in examples_dir.glob("*.hr.txt")])
    dataset = tmp_path / "dataset"
    (dataset / "documents").mkdir(parents=True)
    con.execute(f"COPY (SELECT *, coalesce(year(date_start), 0) AS year FROM events) TO '{dataset / 'events'}' (FORMAT parquet, PARTITION_BY (year))")
    con.execute(f"COPY documents TO '{dataset / 'documents' / 'part-0.parquet'}' (FORMAT parquet)")
    expected = counts(con)
    con.close()
    client = TestClient(create_app(dataset))
    for _ in range(3):  # each request opens the dataset afresh
        assert client.get("/api/stats").json() == expected
    assert len(client.get("/api/events").json()) == expected["events"]
