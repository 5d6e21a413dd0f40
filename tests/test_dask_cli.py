"""`kronika ingest --engine dask` from the command line, and the dataset read in place."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb


def kronika(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kronika", *args], capture_output=True, text=True, cwd=cwd, timeout=180)


def test_dask_ingest_is_queried_in_place_like_the_local_store(tmp_path: Path, examples_dir: Path, shared_dir: Path) -> None:
    inputs = [str(examples_dir / "*.hr.txt"), str(shared_dir / "seed")]  # a glob and a folder
    run = kronika("ingest", *inputs, "--engine", "dask", "--output", "dataset", "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["files"] == 2 and summary["coded"] == 2 and summary["skipped"] == 0
    partitions = sorted(p.name for p in (tmp_path / "dataset" / "events").iterdir())

    local_inputs = [str(path) for path in examples_dir.glob("*.hr.txt")] + [str(shared_dir / "seed")]  # the shell's glob
    assert kronika("ingest", *local_inputs, "--db", "local.duckdb", "--quiet", cwd=tmp_path).returncode == 0
    dask_events = json.loads(kronika("query", "--db", "dataset", "--format", "json", "--limit", "1000", cwd=tmp_path).stdout)
    local_events = json.loads(kronika("query", "--db", "local.duckdb", "--format", "json", "--limit", "1000", cwd=tmp_path).stdout)
    assert summary["events"] == len(dask_events) > 10
    assert sorted((e["id"], e["type"], e["date"]) for e in dask_events) == sorted((e["id"], e["type"], e["date"]) for e in local_events)
    years = {int(e["date"][:4]) for e in local_events if e["date"]}
    assert partitions == [f"year={y}" for y in sorted(years)] and {2025, 2026} <= years  # one partition per year of the events

    # Plain DuckDB reads the same dataset, partitions and all.
    by_year = dict(duckdb.sql(f"SELECT year, count(*) FROM read_parquet('{tmp_path}/dataset/events/**/*.parquet', "
                              "hive_partitioning=true) GROUP BY year").fetchall())
    assert sum(by_year.values()) == len(dask_events)
    assert set(by_year) == years


def test_dask_ingest_of_nothing_readable_and_of_a_missing_path(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text("Kratko.", encoding="utf-8")
    run = kronika("ingest", "short.txt", "--engine", "dask", "--output", "empty", "--quiet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["stored_events"] == 0
    query = kronika("query", "--db", "empty", "--format", "json", cwd=tmp_path)
    assert query.returncode == 0 and json.loads(query.stdout) == []

    missing = kronika("ingest", "no-such-folder", "--engine", "dask", "--output", "out", "--quiet", cwd=tmp_path)
    assert missing.returncode != 0
    assert "no-such-folder" in missing.stderr and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
