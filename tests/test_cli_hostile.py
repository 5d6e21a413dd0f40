"""The CLI as a new user meets it: one-line errors, `-o -`, the actor filter through
the knowledge base, POLECAT's own layout, HTML pages and URLs given to extract."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store

ARTICLES = [
    "Hrvatski premijer Andrej Plenković u četvrtak je u Zagrebu održao sastanak sa slovenskim premijerom Robertom Golobom, javlja Hina.\n",
    "Bjeloruski predsjednik Aleksandr Lukašenko u utorak je u Minsku primio venezuelanskog predsjednika Nicolása Madura.\n",
]


def kronika(*args: str, cwd: Path, env: dict | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "kronika", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, input=stdin.decode() if stdin else None)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    con = open_store(path)
    ingest_articles(con, [parse_text(f"Naslov {i}\n\n11.12.2025 u 10:00\n\n{text}") for i, text in enumerate(ARTICLES)])
    con.close()
    return path


def one_line_error(run: subprocess.CompletedProcess) -> str:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    return run.stderr


@pytest.mark.parametrize("args, says", [
    (["--from", "01.12.2025"], "--from '01.12.2025' is not a day"),
    (["--from", "2025-12"], "--from '2025-12' is not a day"),
    (["--to", "2025-02-30"], "--to '2025-02-30' is not a day"),
    (["--limit", "-1"], "--limit"),
    (["--offset", "-5"], "--offset"),
    (["--country", "Venezuela"], "unknown --country 'Venezuela'"),
    (["--type", "MEET"], "unknown --type 'MEET'"),
])
def test_query_errors_are_one_line(db: Path, args: list[str], says: str) -> None:
    assert says in one_line_error(kronika("query", "--db", str(db), *args, cwd=db.parent))


def test_country_name_gets_its_code_suggested(db: Path) -> None:
    assert "did you mean VEN?" in kronika("query", "--db", str(db), "--country", "Venezuela", cwd=db.parent).stderr


def test_a_missing_or_malformed_people_file_is_one_line(tmp_path: Path, db: Path) -> None:
    missing = kronika("query", "--db", str(db), cwd=tmp_path, env={"KRONIKA_PEOPLE": str(tmp_path / "none.yaml")})
    assert "KRONIKA_PEOPLE" in one_line_error(missing) and "no such file" in missing.stderr
    (tmp_path / "bad.yaml").write_text("people: [\n  - {", encoding="utf-8")
    (tmp_path / "wrong.yaml").write_text("people:\n  - 5\n", encoding="utf-8")
    for name in ("bad.yaml", "wrong.yaml"):
        run = kronika("extract", "-", cwd=tmp_path, stdin=ARTICLES[0].encode(),
                      env={"KRONIKA_PEOPLE": str(tmp_path / name), "KRONIKA_CACHE_DIR": "off"})
        assert "not a valid people file" in one_line_error(run)


def test_dask_ingest_of_a_url_without_its_backend_is_one_line(tmp_path: Path) -> None:
    run = kronika("ingest", "--engine", "dask", "http://127.0.0.1:9/x.jsonl", "--output", str(tmp_path / "o"), "--quiet", cwd=tmp_path)
    one_line_error(run)


def test_query_actor_in_any_case_form_and_language(db: Path) -> None:
    for name in ("Lukashenko", "Lukašenko", "lukašenka", "LUKAŠENKOM", "Aleksandr Lukašenko"):
        rows = json.loads(kronika("query", "--db", str(db), "--actor", name, "--format", "json", cwd=db.parent).stdout)
        assert rows and all("Alexander Lukashenko" in (r["actor"]["name"], (r["recipient"] or {}).get("name")) for r in rows), name
    assert json.loads(kronika("query", "--db", str(db), "--actor", "Nepoznat", "--format", "json", cwd=db.parent).stdout) == []


def test_export_dash_is_standard_output(db: Path, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "polecat", "graphml"):
        run = kronika("export", "--db", str(db), "--format", fmt, "-o", "-", cwd=tmp_path)
        assert run.returncode == 0 and run.stdout.strip() and "to standard output" in run.stderr, fmt
    assert not (tmp_path / "-").exists()
    parquet = subprocess.run([sys.executable, "-m", "kronika", "export", "--db", str(db), "--format", "parquet", "-o", "-"],
                             cwd=tmp_path, capture_output=True, timeout=120)
    assert parquet.returncode == 0 and parquet.stdout[:4] == b"PAR1"


def test_polecat_export_has_polecats_40_columns_then_the_evidence(db: Path, tmp_path: Path) -> None:
    run = kronika("export", "--db", str(db), "--format", "polecat", "-o", str(tmp_path / "p.tsv"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "p.tsv").read_text(encoding="utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE))
    header = rows[0]
    assert len(header) == 41 and header[-1] == "Evidence"
    assert header[25:28] == ["District", "Province", "Country"] and "State" not in header
    assert header[:3] == ["Event ID", "Event Date", "Event Type"] and header[39] == "Version"
    body = [dict(zip(header, row)) for row in rows[1:]]
    assert body and all(len(row) == 41 for row in rows[1:])
    for row in body:
        assert len(row["Event Date"]) in (0, 10) and "-W" not in row["Event Date"]
        assert row["Publication Date"] == "2025-12-11" and row["Evidence"]
    assert {row["Event Date"] for row in body} >= {"2025-12-11"}  # 'u četvrtak' published Thursday 11 December


def test_extract_parses_an_html_page_and_says_urls_are_not_read(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>Sastanak u Zagrebu</title><meta name=\"date\" content=\"2026-03-05\"></head>"
            f"<body><nav>Izbornik</nav><article><p>{ARTICLES[0]}</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    for source, stdin in (("page.html", None), ("-", page.encode())):
        run = kronika("extract", source, "--format", "json", cwd=tmp_path, stdin=stdin)
        assert run.returncode == 0, run.stderr
        result = json.loads(run.stdout)
        assert result["document"]["title"] == "Sastanak u Zagrebu"
        assert [e["date"] for e in result["events"]] == ["2026-03-05"]
        assert all("<" not in e["evidence"][0]["sentence"] for e in result["events"])
    url = kronika("extract", "https://example.org/clanak", cwd=tmp_path)
    assert "is a URL" in one_line_error(url) and "does not fetch" in url.stderr


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    assert "see `kronika --help`" in one_line_error(kronika("nosuchcommand", cwd=tmp_path))
    assert "--format" in one_line_error(kronika("extract", "-", "--format", "xml", cwd=tmp_path))


def test_time_near_the_ends_of_the_calendar(tmp_path: Path) -> None:
    run = kronika("time", "sutra i u petak, prošli tjedan", "--published", "9999-12-30T10:00", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert [t["value"] for t in json.loads(run.stdout)] == ["9999-12-31", "9999-12-24", "9999-W51"]
    assert json.loads(kronika("time", "u petak prošli tjedan", "--published", "0001-01-03T12:00", "--json", cwd=tmp_path).stdout) == []
    for published in ("0001-01-01T00:00", "32.13.2025", "29.02.2025 u 10:00"):
        one_line_error(kronika("time", "u petak", "--published", published, cwd=tmp_path))
