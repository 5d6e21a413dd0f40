"""Kronika's benchmark: speed and memory of extraction and ingest.

Builds a corpus in a temporary folder from the shipped examples and the
real articles under ../shared (never copied into the repository), each
repeated with shifted dates and swapped names so caches do not flatter, then
measures, as medians of several runs:

- extract: articles per second per core (CPU time) and by the wall clock,
  and the CPU time of each stage;
- ingest: articles per second into a fresh DuckDB store (CPU and wall);
- start-up: wall time of `kronika extract` on one article (and of the very
  first run, which builds the knowledge base into an empty cache folder);
- scaling: extraction with 1 and 2 worker processes;
- English: PLOVER's gold sentences (../shared/corpus/plover-gsr) coded per second per core;
- peak memory (max RSS) of this process;
- the store's share: ingest time beyond extraction, per article.

    python benchmarks/run.py            # about half a minute
    python benchmarks/run.py --quick    # about 5 s (CI)
    python benchmarks/run.py --json figures.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Names swapped in the copies: (stem as written in every case form, replacement stem).
SWAPS = [("Trump", "Biden"), ("Putin", "Medvedev"), ("Lukašenk", "Zelensk"), ("Plenković", "Milanović"),
         ("Golob", "Janš"), ("Maduro", "Petro"), ("Madur", "Petr")]
DATELINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})", re.MULTILINE)
METADATA_LINE = re.compile(r"[a-z_]+: ")
DOC_ID = re.compile(r"^doc_id: \S+", re.MULTILINE)


def source_texts() -> list[str]:
    paths = sorted((REPO / "examples").glob("*.hr.txt"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "seed").glob("*.txt")) + sorted((SHARED / "corpus" / "setimes-hr").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def varied(text: str, index: int, rng: random.Random) -> str:
    """A copy with another date and other names, and a line that makes it unique."""
    day, month = 1 + index % 28, 1 + (index // 28) % 12
    if METADATA_LINE.match(text):  # a metadata block (the SETimes texts): give it a date and its own id
        text = f"published: 2025-{month:02d}-{day:02d}T{8 + index % 12:02d}:00:00+01:00\n" + DOC_ID.sub(rf"\g<0>-{index}", text, count=1)
    else:
        text = DATELINE.sub(f"{day:02d}.{month:02d}.2025", text, count=1)
    for old, new in rng.sample(SWAPS, k=3):
        text = text.replace(old, new)
    return f"{text}\n\nIzvještaj broj {index}.\n"


def build_corpus(folder: Path, size: int) -> list[Path]:
    rng = random.Random(7)
    texts = source_texts()
    paths = []
    for i in range(size):
        path = folder / f"article-{i:05d}.txt"
        path.write_text(varied(texts[i % len(texts)], i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def extract_all(paths: list[str]) -> int:
    from kronika.pipeline import extract_text

    events = 0
    for path in paths:
        events += len(extract_text(Path(path).read_text(encoding="utf-8")).events)
    return events


def warm_up(paths: list[str]) -> None:
    from kronika.pipeline import keep_loaded

    extract_all(paths)
    keep_loaded()


def stage_times(texts: list[str]) -> dict[str, float]:
    """CPU milliseconds per article in each stage, calling the stages in the pipeline's order."""
    from kronika import actors, events, language, read, temporal
    from kronika.lang import get_pack

    totals = dict.fromkeys(["read", "language", "language pack", "actors", "time", "events"], 0.0)
    for text in texts:
        t0 = time.process_time()
        article = read.parse_text(text)
        t1 = time.process_time()
        code = article.document.language or language.detect(article.text)
        pack = get_pack(code)
        t2 = time.process_time()
        analysis = pack.analyse(article.text)
        t3 = time.process_time()
        day = article.document.published.date() if article.document.published else None
        mentions = actors.find_mentions(analysis, pack, day)
        t4 = time.process_time()
        timexes = temporal.find_timexes(analysis, pack, article.document.published)
        t5 = time.process_time()
        events.extract_events(article, analysis, mentions, timexes, pack)
        t6 = time.process_time()
        for name, spent in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
            totals[name] += spent
    return {name: spent / len(texts) * 1000 for name, spent in totals.items()}


def english_sentences() -> list[str]:
    """PLOVER's English gold sentences (../shared/corpus/plover-gsr), one record each."""
    folder = SHARED / "corpus" / "plover-gsr"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.en.txt"))] if folder.is_dir() else []


def english_rate(records: list[str], runs: int) -> float | None:
    """English sentences coded per second per core (CPU time), median of runs."""
    from kronika.lang import get_pack
    from kronika.pipeline import extract_text

    if not records:
        return None
    sentences = sum(len(get_pack("en").analyse(r).sentences) for r in records)
    extract_text(records[0], lang="en")
    times = []
    for _ in range(runs):
        started = time.process_time()
        for record in records:
            extract_text(record, lang="en")
        times.append(time.process_time() - started)
    return sentences / statistics.median(times)


def timed(function, *args) -> tuple[float, float]:
    """Wall and CPU seconds of one call: CPU time is what one core spends,
    and much less disturbed than wall time by other work on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def ingest_seconds(paths: list[Path], db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ingesting `paths` into a fresh store."""
    from kronika.sources import read_path
    from kronika.store import ingest_articles, open_store

    if db.exists():
        db.unlink()
    con = open_store(db)
    wall, cpu = time.perf_counter(), time.process_time()
    ingest_articles(con, (item for path in paths for item in read_path(path)))
    seconds = time.perf_counter() - wall, time.process_time() - cpu
    con.close()
    return seconds


def startup_seconds(path: Path, runs: int, cache: Path) -> tuple[float, float]:
    """Wall time of `kronika extract` on one article in a fresh process: the
    very first run (it builds the knowledge base and indexes into an empty
    cache folder) and the median of later runs (they load what it built)."""
    env = {**os.environ, "KRONIKA_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "kronika", "extract", str(path), "--format", "jsonl"]
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:])


def parallel_seconds(paths: list[str], workers: int) -> float:
    chunks = [paths[i::workers] for i in range(workers)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(warm_up, [chunks[0][:2]] * workers)  # each worker loads what it needs, as the main process did
        start = time.perf_counter()
        pool.map(extract_all, chunks)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpus and few runs (under 30 s)")
    parser.add_argument("--articles", type=int, help="corpus size (default 80 quick, 600 full)")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 3 quick, 5 full)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args()
    size = args.articles or (80 if args.quick else 600)
    runs = args.runs or (3 if args.quick else 5)

    from kronika.pipeline import extract_text, keep_loaded

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = build_corpus(folder, size)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        kilobytes = statistics.mean(len(t.encode("utf-8")) for t in texts) / 1024
        started = time.perf_counter()
        extract_text(texts[0])  # load lexicons and models once, as a long-running process would
        warmup = time.perf_counter() - started
        keep_loaded()  # as `kronika ingest` does after its first article
        # Extract and ingest runs alternate so that a burst of other work hits both alike.
        extract_runs, ingest_runs = [], []
        for _ in range(runs):
            extract_runs.append(timed(extract_all, [str(p) for p in paths]))
            ingest_runs.append(ingest_seconds(paths, folder / "bench.duckdb"))
        extract_wall, extract_cpu = (statistics.median(run[i] for run in extract_runs) for i in (0, 1))
        ingest_wall, ingest_cpu = (statistics.median(run[i] for run in ingest_runs) for i in (0, 1))
        stages = stage_times(texts)
        # The store's share: what ingest (read + code + store) spends beyond extraction.
        stages["store (ingest - extract)"] = max(0.0, (ingest_cpu - extract_cpu) / size * 1000)
        first_startup, startup = startup_seconds(paths[0], runs, folder / "cache")
        one = extract_wall
        two = parallel_seconds([str(p) for p in paths], 2)
        english = english_rate(english_sentences(), runs)

    figures = {
        "articles": size,
        "mean_article_kb": round(kilobytes, 2),
        "runs": runs,
        "extract_articles_per_second_per_core": round(size / extract_cpu, 1),
        "extract_ms_per_article": round(1000 * extract_cpu / size, 2),
        # the target is stated for 3 KB articles; the corpus averages more
        "extract_kb_per_second_per_core": round(size * kilobytes / extract_cpu, 1),
        "extract_3kb_articles_per_second_per_core": round(size * kilobytes / extract_cpu / 3, 1),
        "extract_articles_per_second_wall": round(size / extract_wall, 1),
        "stage_ms_per_article": {k: round(v, 3) for k, v in stages.items()},
        "english_sentences_per_second_per_core": round(english, 1) if english else None,
        "ingest_articles_per_second_per_core": round(size / ingest_cpu, 1),
        "ingest_articles_per_second": round(size / ingest_wall, 1),
        "first_article_seconds": round(warmup, 3),
        "startup_seconds_extract_one_article": round(startup, 3),
        "startup_seconds_first_run_building_the_cache": round(first_startup, 3),
        "scaling_2_workers_speedup": round(one / two, 2),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def print_table(figures: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Kronika benchmark ({figures['articles']} articles of {figures['mean_article_kb']} KB, median of {figures['runs']} runs)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in figures.items():
        if key == "stage_ms_per_article":
            for stage, ms in value.items():
                table.add_row(f"  stage {stage} (ms/article)", f"{ms}")
        elif key not in ("articles", "mean_article_kb", "runs"):
            table.add_row(key.replace("_", " "), str(value))
    Console(width=100).print(table)


if __name__ == "__main__":
    main()
