"""Throughput of `kronika ingest --engine dask` on a local cluster, next to
the single-process ingest, on the benchmark's varied corpus (built in a
temporary folder).

    python benchmarks/dask_scale.py [--articles 1000] [--workers 2] [--runs 3]

Dask time is wall time from the first task to the merged, partitioned
dataset (cluster start-up excluded: a real cluster is already running).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import build_corpus, ingest_seconds  # noqa: E402


def dask_seconds(folder: Path, out_dir: Path, client) -> float:
    from kronika.scale import run_on_client

    start = time.perf_counter()
    run_on_client(client, [str(folder)], out_dir)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        paths = build_corpus(folder, args.articles)
        local = [ingest_seconds(paths, Path(scratch) / "local.duckdb")[0] for _ in range(args.runs)]  # wall seconds
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            dask_seconds(folder, Path(scratch) / "warm", client)  # load lexicons in every worker once
            remote = [dask_seconds(folder, Path(scratch) / f"dataset-{i}", client) for i in range(args.runs)]
    figures = {
        "articles": args.articles,
        "workers": args.workers,
        "local_ingest_articles_per_second": round(args.articles / statistics.median(local), 1),
        "dask_ingest_articles_per_second": round(args.articles / statistics.median(remote), 1),
        "dask_speedup_over_local": round(statistics.median(local) / statistics.median(remote), 2),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
