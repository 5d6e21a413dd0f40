"""Ingest a generated folder of many articles end to end (`kronika ingest`),
then ingest it again, and report articles per second, peak memory (max RSS
of the ingest process) and the rows the second pass added (it must add none).

    python benchmarks/ingest_10k.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import source_texts, varied  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(11)
    texts = source_texts()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        for i in range(args.articles):
            (folder / f"{i:06d}.txt").write_text(varied(texts[i % len(texts)], i, rng), encoding="utf-8")
        db = Path(scratch) / "ingest.duckdb"
        figures = {"articles": args.articles}
        for name in ("first", "again"):
            start = time.perf_counter()
            run = subprocess.run([sys.executable, "-m", "kronika", "ingest", str(folder), "--db", str(db), "--quiet"],
                                 capture_output=True, text=True, check=True)
            seconds = time.perf_counter() - start
            figures[f"{name}_seconds"] = round(seconds, 1)
            figures[f"{name}_summary"] = run.stdout.strip()
        figures["articles_per_second"] = round(args.articles / figures["first_seconds"], 1)
        figures["peak_memory_mb_ingest_process"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    print(json.dumps(figures, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
