"""A bounded load test of the REST API on loopback.

Builds a store from the shipped examples and the ../shared articles, starts
`kronika serve` on a free 127.0.0.1 port, sends a fixed number of requests
from a few threads (a mix of list, filter, stories, network and /extract),
and reports requests per second, p50/p99 latency (overall and by request)
and errors, after one uncounted warm-up request of each kind. It never sends
anything beyond 127.0.0.1 and stops by itself.

    python benchmarks/api_load.py [--requests 2000] [--threads 8]
"""

from __future__ import annotations

import argparse
import json
import math
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PASTED = ("Plenković razgovarao s Merzom\n\nA.B./Kronika\n\n02.03.2026 u 11:00\n\n"
          "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "load.duckdb"
        inputs = [str(REPO / "examples")] + ([str(SHARED / "seed"), str(SHARED / "corpus" / "setimes-hr")] if SHARED.is_dir() else [])
        subprocess.run([sys.executable, "-m", "kronika", "ingest", *inputs, "--db", str(db), "--quiet"], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "kronika", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(f"{base}/api/stats", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            mix = [("GET", "/api/events", None), ("GET", "/api/events?country=VEN", None),
                   ("GET", "/api/events?type=CONSULT&from=2025-01-01", None), ("GET", "/api/stories", None),
                   ("GET", "/api/network", None), ("GET", "/api/actors", None), ("POST", "/extract", {"text": PASTED})]
            client = httpx.Client(base_url=base, timeout=30)

            store_size = httpx.get(f"{base}/api/stats", timeout=5).json()

            def one(i: int) -> tuple[str, float, bool]:
                method, path, body = mix[i % len(mix)]
                start = time.perf_counter()
                try:
                    response = client.request(method, path, json=body)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                return f"{method} {path}", time.perf_counter() - start, ok

            for method, path, body in mix:  # warm-up, not counted: the first /extract loads the lexicons
                client.request(method, path, json=body)
            started = time.perf_counter()
            with ThreadPoolExecutor(args.threads) as pool:
                results = list(pool.map(one, range(args.requests)))
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
    latencies = sorted(r[1] for r in results)
    figures = {
        "store": store_size, "requests": args.requests, "threads": args.threads,
        "requests_per_second": round(args.requests / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "errors": sum(1 for r in results if not r[2]),
        "p99_ms_by_request": {name: round(percentile(sorted(r[1] for r in results if r[0] == name), 0.99) * 1000, 1)
                              for name in dict.fromkeys(r[0] for r in results)},
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
