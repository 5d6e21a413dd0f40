"""`kronika serve` as a user starts it: on loopback by default, one-line errors."""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil  # comes with dask.distributed

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kronika", "serve", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_answers_on_loopback_and_stops(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "s.duckdb"
    con = open_store(db)
    ingest_articles(con, [parse_text(p.read_text(encoding="utf-8")) for p in examples_dir.glob("*.hr.txt")])
    con.close()
    port = free_port()
    server = serve("--db", str(db), "--port", str(port))
    try:
        stats = None
        for _ in range(100):
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert stats and stats["events"] > 0
        listening = [c.laddr for c in psutil.Process(server.pid).net_connections("tcp") if c.status == psutil.CONN_LISTEN]
        assert listening == [("127.0.0.1", port)]
        assert httpx.post(f"http://127.0.0.1:{port}/api/ingest", json=[{"text": "x"}], timeout=5).status_code == 403
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in out


def test_serve_errors_are_one_line(tmp_path: Path) -> None:
    missing = serve("--db", str(tmp_path / "none.duckdb"), "--port", str(free_port()))
    _, err = missing.communicate(timeout=30)
    assert missing.returncode != 0 and err.count("\n") == 1 and "no such event store" in err
    unguarded = serve("--db", str(tmp_path / "none.duckdb"), "--allow-ingest", "--port", str(free_port()))
    _, err = unguarded.communicate(timeout=30)
    assert unguarded.returncode != 0 and err.count("\n") == 1 and "--token" in err


def test_ingest_through_serve_with_the_token_from_the_environment(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "w.duckdb"
    article = next(examples_dir.glob("*.hr.txt")).read_text(encoding="utf-8")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kronika", "serve", "--db", str(db), "--port", str(port), "--allow-ingest"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "KRONIKA_TOKEN": "from-env"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        assert httpx.post(f"{base}/api/ingest", json=[{"text": article}], timeout=30).status_code == 401
        done = httpx.post(f"{base}/api/ingest", json=[{"text": article}], headers={"Authorization": "Bearer from-env"}, timeout=30).json()
        assert done["coded"] == 1 and done["events"] > 5
        assert httpx.get(f"{base}/api/stats", timeout=5).json()["events"] == done["events"]
    finally:
        server.terminate()
        server.communicate(timeout=10)


def wait_until_up(base: str) -> None:
    for _ in range(150):
        try:
            httpx.get(f"{base}/api/stats", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{base} did not answer")


def test_the_load_benchmark_runs_with_no_errors(tmp_path: Path) -> None:
    figures_file = tmp_path / "load.json"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "api_load.py"), "--requests", "140", "--threads", "4",
                    "--json", str(figures_file)], check=True, capture_output=True, timeout=300)
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    assert figures["errors"] == 0 and figures["requests"] == 140
    assert figures["store"]["events"] > 10 and figures["requests_per_second"] > 0
    assert 0 < figures["p50_ms"] <= figures["p99_ms"]
    assert set(figures["p99_ms_by_request"]) >= {"GET /api/events", "POST /extract"}
