"""The ingest, query and export commands end to end, through the real pipeline:
a mixed folder, the summary, every query format, every export read back."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd

from kronika.model import Event
from kronika.pipeline import extract_article
from kronika.sources import Skipped, read_paths

# Our own reports of one call, told by two outlets.
CALL_HINA = (
    "Plenković razgovarao s Merzom\n\nA.B./Hina\n\n02.03.2026 u 11:00\n\n"
    "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.\n"
)
CALL_DPA = {
    "text": "Njemački kancelar Friedrich Merz u ponedjeljak je telefonski razgovarao s hrvatskim premijerom Andrejem Plenkovićem.",
    "title": "Merz i Plenković", "published": "2026-03-02T19:30:00+01:00", "url": "https://example.org/dpa/1",
    "outlet": "dpa", "lang": "hr",
}


def kronika(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    wide = {**os.environ, "COLUMNS": "240"}  # the table is as wide as the terminal
    return subprocess.run([sys.executable, "-m", "kronika", *args], capture_output=True, text=True, check=check, env=wide)


def mixed_folder(root: Path, shared_dir: Path, examples_dir: Path) -> Path:
    folder = root / "in"
    (folder / "agency").mkdir(parents=True)
    (folder / "agency" / "call.txt").write_text(CALL_HINA, encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps(CALL_DPA, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    (folder / "seed.txt").write_bytes((shared_dir / "seed" / "maduro-minsk-2025-12-11.hr.txt").read_bytes())
    (folder / "example.txt").write_bytes((examples_dir / "zagreb-ljubljana-2026-03-05.hr.txt").read_bytes())
    (folder / "image.png").write_bytes(b"\x89PNG\r\n")
    (folder / "zero.txt").write_bytes(b"\x00\x00")
    return folder


def test_ingest_query_export_end_to_end(tmp_path: Path, shared_dir: Path, examples_dir: Path) -> None:
    folder = mixed_folder(tmp_path, shared_dir, examples_dir)
    articles = [item for item in read_paths([folder]) if not isinstance(item, Skipped)]
    expected_events = sum(len(extract_article(a).events) for a in articles)
    db = tmp_path / "k.duckdb"

    first = kronika("ingest", str(folder), "--db", str(db))
    assert first.stdout.startswith(f"read 4 articles: coded 4 ({expected_events} events), 0 already stored, 3 skipped (")
    for reason in ("1 not a JSONL article record", "1 unknown file type '.png'", "1 input looks binary"):
        assert reason in first.stdout
    assert "image.png" in first.stderr and "feed.jsonl:2" in first.stderr
    assert "ingest:" in first.stderr  # the progress bar
    again = kronika("ingest", str(folder), "--db", str(db), "--quiet")
    assert "coded 0 (0 events), 4 already stored" in again.stdout
    assert f"4 documents, {expected_events} events" in again.stdout

    as_json = json.loads(kronika("query", "--db", str(db), "--format", "json", "--limit", "1000").stdout)
    assert len(as_json) == expected_events
    for record in as_json:
        Event.model_validate({k: v for k, v in record.items() if k not in ("story", "source")})
    as_csv = list(csv.DictReader(io.StringIO(kronika("query", "--db", str(db), "--format", "csv", "--limit", "1000").stdout)))
    assert len(as_csv) == expected_events and {"date", "type", "actor_name"} <= set(as_csv[0])
    second_page = json.loads(kronika("query", "--db", str(db), "--format", "json", "--limit", "2", "--offset", "2").stdout)
    assert [e["id"] for e in second_page] == [e["id"] for e in as_json[2:4]]
    call = json.loads(kronika("query", "--db", str(db), "--stories", "--type", "CONSULT", "--country", "DEU",
                              "--format", "json").stdout)
    assert len(call) == 1 and call[0]["articles"] == 2 and call[0]["outlets"] == ["dpa", "Hina"]
    table = kronika("query", "--db", str(db), "--actor", "merz").stdout
    assert "Friedrich Merz" in table and "Andrej Plenković" in table

    for fmt in ("jsonl", "csv", "parquet", "polecat", "graphml"):
        done = kronika("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
        assert done.returncode == 0 and str(tmp_path / f"out.{fmt}") in done.stdout
    assert duckdb.sql(f"SELECT count(*) FROM read_json_auto('{tmp_path / 'out.jsonl'}')").fetchall()[0][0] == expected_events
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == expected_events
    assert len(pd.read_csv(tmp_path / "out.csv")) == expected_events
    polecat = duckdb.sql(f"SELECT * FROM read_csv_auto('{tmp_path / 'out.polecat'}')").df()
    assert len(polecat) == expected_events
    assert set(polecat["Event Type"]) <= {e["type"] for e in as_json}
    assert (polecat["Quad Code"].notna()).all()

    graph = nx.read_graphml(tmp_path / "out.graphml")
    con = duckdb.connect(str(db), read_only=True)
    by_pair_type = con.execute("SELECT actor_name, recipient_name, type, count(*) FROM events"
                               " WHERE recipient_name IS NOT NULL GROUP BY ALL").fetchall()
    con.close()
    assert graph.number_of_edges() == len({(a, r) for a, r, _, _ in by_pair_type})
    for actor, recipient, type_, n in by_pair_type:
        assert graph.edges[actor, recipient][f"n_{type_}"] == n


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    missing = kronika("query", "--db", str(tmp_path / "none.duckdb"), check=False)
    assert missing.returncode == 1 and "no such event store" in missing.stderr and "Traceback" not in missing.stderr
    db = tmp_path / "k.duckdb"
    (tmp_path / "a.txt").write_text(CALL_HINA, encoding="utf-8")
    kronika("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--quiet")
    unwritable = kronika("export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "no" / "such" / "dir.csv"), check=False)
    assert unwritable.returncode == 1 and "cannot write" in unwritable.stderr and "Traceback" not in unwritable.stderr
    nothing = kronika("ingest", str(tmp_path / "missing.txt"), "--db", str(db), "--quiet", check=False)
    assert nothing.returncode == 1 and "no such file or folder" in nothing.stderr and "Traceback" not in nothing.stderr


def test_ingest_published_dates_a_folder_of_undated_files_and_not_the_dated_ones(tmp_path: Path) -> None:
    folder = tmp_path / "pasted"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.\n",
        encoding="utf-8")
    (folder / "dated.txt").write_text(CALL_HINA.replace("u ponedjeljak je telefonski razgovarao", "u utorak je telefonski razgovarao"),
                                      encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert kronika("ingest", str(folder), "--db", db, "--published", "11.12.2025 u 09:00", "--quiet").returncode == 0
    dates = sorted(e["date"] for e in json.loads(kronika("query", "--db", db, "--format", "json").stdout))
    assert dates == ["2025-12-08", "2026-02-24"]  # the Monday before 11 Dec 2025; the dated file (Mon 2 March 2026) keeps its own time
    bad = kronika("ingest", str(folder), "--db", db, "--published", "31.02.2025", check=False)
    assert bad.returncode != 0 and "--published" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
