"""Extraction at scale: the same pipeline run over sharded input on a Dask
cluster, writing a Parquet event dataset that DuckDB (and `kronika query
--db FOLDER`) reads in place.

Input: local paths, folders, glob patterns or any fsspec URL (s3://, gs://,
https://...). Each worker reads its shard of files, codes them and writes
one Parquet file of documents and one of events; the driver then assigns
stories over the whole dataset and writes `events/` partitioned by year.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

SHARD_FILES = 64  # files per task


def expand_inputs(paths: list[str]) -> list[str]:
    """Every file named by the paths, globs or URLs, as fsspec URLs."""
    import fsspec

    found: list[str] = []
    for path in paths:
        if "://" not in path and Path(path).is_dir():
            found += [str(p) for p in sorted(Path(path).rglob("*")) if p.is_file() and not p.name.startswith(".")]
            continue
        fs, _, resolved = fsspec.get_fs_token_paths(path)
        if not resolved or not fs.exists(resolved[0]):
            raise ValueError(f"no such file, folder or glob match: {path}")
        for item in resolved:
            if fs.isdir(item):
                found += [fs.unstrip_protocol(p) for p in sorted(fs.find(item))]
            else:
                found.append(fs.unstrip_protocol(item) if "://" in path else item)
    if not found:
        raise ValueError(f"no input files found in {', '.join(paths)}")
    return found


def _read_shard(urls: list[str], published: str | None = None):
    """Articles (and skips) of a shard; remote files are copied to a temporary folder first.
    `published` (ISO 8601) is given to every article that carries no publication time."""
    from kronika.read import parse_datetime
    from kronika.sources import with_published

    yield from with_published(_shard_items(urls), parse_datetime(published) if published else None)


def _shard_items(urls: list[str]):
    import fsspec

    from kronika.sources import Skipped, read_path

    with tempfile.TemporaryDirectory() as scratch:
        for url in urls:
            path = Path(url)
            if "://" in url:
                path = Path(scratch) / Path(url.split("?")[0]).name
                try:
                    with fsspec.open(url, "rb") as remote, path.open("wb") as local:
                        shutil.copyfileobj(remote, local)
                except OSError as error:
                    yield Skipped(url, str(error))
                    continue
            yield from read_path(path)


def code_shard(index: int, urls: list[str], out_dir: str, published: str | None = None) -> dict:
    """Worker task: code one shard into a temporary DuckDB and write it as Parquet."""
    from kronika.store import ingest_articles, open_store

    shard_db = Path(out_dir) / "shards" / f"shard-{index:05d}.duckdb"
    shard_db.parent.mkdir(parents=True, exist_ok=True)
    if shard_db.exists():
        shard_db.unlink()
    con = open_store(shard_db)
    summary = ingest_articles(con, _read_shard(urls, published))
    for table in ("documents", "events"):
        target = Path(out_dir) / "shards" / f"{table}-{index:05d}.parquet"
        con.execute(f"COPY {table} TO '{target}' (FORMAT PARQUET)")
    con.close()
    shard_db.unlink()
    return {"read": summary.read, "coded": summary.coded, "duplicates": summary.duplicates, "events": summary.events,
            "skipped": summary.skipped}


def merge_stories(out_dir: Path) -> dict[str, int]:
    """Assign story ids across all shards and write documents/ and events/ (by year);
    returns how many documents and events the dataset holds.

    The shards are read in place and streamed to the output: only the kept documents' ids
    and each event's story key, dates and story are held, never the event records, so the
    driver's memory grows by about a hundred bytes an event, not by the events' size."""
    import duckdb
    import pyarrow as pa

    shards = out_dir / "shards"
    con = duckdb.connect(config={"temp_directory": str(shards / "spill"), "preserve_insertion_order": False,
                                  "partitioned_write_flush_threshold": 20_000})
    shard_of = "regexp_extract(filename, '-(\\d+)\\.parquet$', 1)"
    # A text met in several shards is kept where it was first met (shards in input order).
    con.execute(f"""CREATE TEMP TABLE kept AS SELECT {shard_of} AS shard, id FROM
        read_parquet('{shards}/documents-*.parquet', union_by_name=true, filename=true, file_row_number=true)
        QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY filename, file_row_number) = 1""")
    for table, key in (("events", "document_id"), ("documents", "id")):
        con.execute(f"""CREATE VIEW {table} AS SELECT r.* EXCLUDE (filename, shard) FROM
            (SELECT *, {shard_of} AS shard FROM read_parquet('{shards}/{table}-*.parquet', union_by_name=true, filename=true)) AS r
            SEMI JOIN kept ON kept.shard = r.shard AND kept.id = r.{key}""")
    ids, stories = _assign_stories(con)
    con.register("stories", pa.table({"id": pa.array(ids, pa.string()), "story": pa.array(stories, pa.string())}))
    for folder in ("events", "documents"):
        shutil.rmtree(out_dir / folder, ignore_errors=True)
    merged = ("SELECT e.* REPLACE (coalesce(s.story, e.story_id) AS story_id), coalesce(year(e.date_start), 0) AS year"
              " FROM events e LEFT JOIN stories s ON s.id = e.id")
    con.execute(f"COPY ({merged}) TO '{out_dir / 'events'}' (FORMAT PARQUET, PARTITION_BY (year))")
    if not any((out_dir / "events").rglob("*.parquet")):  # a partitioned COPY of no rows writes no file
        (out_dir / "events" / "year=0").mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY (SELECT * FROM events LIMIT 0) TO '{out_dir / 'events' / 'year=0' / 'empty.parquet'}' (FORMAT PARQUET)")
    (out_dir / "documents").mkdir()
    con.execute(f"COPY documents TO '{out_dir / 'documents' / 'documents.parquet'}' (FORMAT PARQUET)")
    stored = {table: con.execute(f"SELECT count(*) FROM read_parquet('{out_dir / table}/**/*.parquet')").fetchone()[0]
              for table in ("documents", "events")}
    con.close()
    shutil.rmtree(shards)
    return stored


def _assign_stories(con) -> tuple[list[str], list[str]]:
    """Each dated event's story over the whole dataset, by the store's rules, read from the
    story-key and date columns alone: no event record is parsed, so the driver's one
    single-threaded step stays small beside the workers' coding."""
    from kronika.store import _Stories

    assigner = _Stories()
    ids: list[str] = []
    stories: list[str] = []
    result = con.execute("SELECT id, story_key, date_start, date_end FROM events WHERE date_start IS NOT NULL"
                         " ORDER BY document_id, id")
    while rows := result.fetchmany(100_000):
        for event_id, key, start, end in rows:
            ids.append(event_id)
            stories.append(assigner.assign_key(key, event_id, (start, end)))
    return ids, stories


def ingest_dask(paths: list[str], out_dir: Path, scheduler: str | None = None, progress: bool = True, n_workers: int = 2,
                published: str | None = None) -> dict:
    """Code every input file on a Dask cluster and write the Parquet dataset to `out_dir`;
    `published` (ISO 8601) dates the articles that carry no publication time."""
    from dask.distributed import Client, LocalCluster

    urls = expand_inputs(paths)  # fail on a bad path before starting a cluster
    if scheduler:
        with Client(scheduler) as client:
            return run_on_client(client, urls, out_dir, progress, published)
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        return run_on_client(client, urls, out_dir, progress, published)


def shard_size(files: int, workers: int) -> int:
    """Files per task: about four tasks per worker for balance, never more than SHARD_FILES."""
    return max(1, min(SHARD_FILES, -(-files // (4 * max(1, workers)))))


def run_on_client(client, paths: list[str], out_dir: Path, progress: bool = False, published: str | None = None) -> dict:
    """Code the inputs on the cluster behind `client` (the caller owns it) and write the dataset."""
    from dask.distributed import as_completed

    urls = expand_inputs(paths)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    size = shard_size(len(urls), len(client.scheduler_info()["workers"]))
    shards = [urls[i : i + size] for i in range(0, len(urls), size)]
    futures = [client.submit(code_shard, i, shard, str(out_dir.resolve()), published, pure=False) for i, shard in enumerate(shards)]
    totals = {"files": len(urls), "shards": len(shards), "read": 0, "coded": 0, "duplicates": 0, "events": 0, "skipped": 0}
    iterator = as_completed(futures)
    if progress:
        from tqdm import tqdm

        iterator = tqdm(iterator, total=len(futures), unit=" shards", desc="dask ingest")
    for future in iterator:
        result = future.result()
        for key in ("read", "coded", "duplicates", "events"):
            totals[key] += result[key]
        totals["skipped"] += len(result["skipped"])
    stored = merge_stories(out_dir)
    # a text coded in two shards is stored once: the later copies are duplicates too
    totals["duplicates"] += totals["coded"] - stored["documents"]
    totals["stored_documents"], totals["stored_events"] = stored["documents"], stored["events"]
    totals["dataset"] = str(out_dir)
    return totals
