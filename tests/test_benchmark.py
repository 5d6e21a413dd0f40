"""The benchmark builds a varied corpus outside the repository and writes its figures."""

import json
import random
import subprocess
import sys
from pathlib import Path

from kronika.read import parse_text

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
from run import source_texts, varied  # noqa: E402


def test_copies_differ_in_date_id_and_text(shared_dir: Path) -> None:
    texts = source_texts()
    assert len(texts) >= 44  # the example, the seed and the 42 SETimes texts
    rng = random.Random(7)
    copies = [varied(texts[i % len(texts)], i, rng) for i in range(3 * len(texts))]
    assert len(set(copies)) == len(copies)
    documents = [parse_text(copy).document for copy in copies]
    assert all(doc.published is not None for doc in documents)
    # The same source text comes back under another date and another id.
    first, again = documents[2], documents[2 + len(texts)]
    assert first.published != again.published
    assert first.id != again.id
    assert first.title == again.title


def test_quick_run_writes_the_figures(tmp_path: Path) -> None:
    figures_file = tmp_path / "figures.json"
    run = subprocess.run([sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--articles", "8", "--runs", "1",
                          "--json", str(figures_file)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    figures = json.loads(figures_file.read_text())
    assert figures["articles"] == 8
    assert figures["extract_articles_per_second_per_core"] > 0
    assert figures["ingest_articles_per_second"] > 0
    assert set(figures["stage_ms_per_article"]) == {"read", "language", "language pack", "actors", "time", "events",
                                                    "store (ingest - extract)"}
    assert figures["stage_ms_per_article"]["language pack"] > 0
    assert 0 < figures["startup_seconds_extract_one_article"] < 30
    assert 0 < figures["startup_seconds_first_run_building_the_cache"] < 60
    assert figures["scaling_2_workers_speedup"] > 0
    assert figures["peak_memory_mb"] > 10
    assert "extract articles per second per core" in run.stdout
    assert not list(BENCHMARKS.parent.glob("article-*.txt"))  # the corpus stayed in a temporary folder
