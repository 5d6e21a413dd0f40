"""`kronika serve` as a user starts it: on loopback by default, one-line errors."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil  # comes with dask.distributed

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store


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
