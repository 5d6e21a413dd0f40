"""The event store: ingest from every input kind, idempotence, crash safety,
stories, queries and exports that other tools read back."""

import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import networkx as nx
import pandas as pd
import pytest

from kronika.pipeline import extract_article
from kronika.read import parse_text
from kronika.sources import Skipped, iter_paths, read_path
from kronika.store import StoreError, counts, ingest_articles, open_store, query_events, query_stories
from kronika.store.export import export

# Our own short reports, in the style of an agency.
REPORT_A = (
    "Plenković razgovarao s Merzom\n\nA.B./Kronika\n\n02.03.2026 u 11:00\n\n"
    "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom, javlja Hina.\n"
)
REPORT_B = (
    "Merz i Plenković o energetici\n\nC.D./Kronika\n\n02.03.2026 u 19:30\n\n"
    "Njemački kancelar Friedrich Merz u ponedjeljak je telefonski razgovarao s hrvatskim premijerom Andrejem Plenkovićem, prenosi dpa.\n"
)


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kronika", *args], capture_output=True, text=True, check=check)


@pytest.fixture()
def corpus(tmp_path: Path, shared_dir: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    (folder / "seed.txt").write_bytes((shared_dir / "seed" / "maduro-minsk-2025-12-11.hr.txt").read_bytes())
    (folder / "example.txt").write_bytes((examples_dir / "zagreb-ljubljana-2026-03-05.hr.txt").read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    return folder


def test_ingest_is_idempotent_and_reports_bad_files(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "k.duckdb"
    first = cli("ingest", str(corpus), "--db", str(db), "--quiet")
    assert "read 4 articles: coded 4" in first.stdout
    assert "2 skipped" in first.stdout and "binary" in first.stderr and "empty" in first.stderr
    con = open_store(db, read_only=True)
    before = counts(con)
    con.close()
    expected_events = sum(len(extract_article(parse_text(p.read_text(encoding="utf-8"))).events)
                          for p in sorted(corpus.glob("*.txt")) if p.name not in ("binary.txt", "empty.txt"))
    assert before["documents"] == 4 and before["events"] == expected_events
    again = cli("ingest", str(corpus), "--db", str(db), "--quiet")
    assert "coded 0" in again.stdout and "4 already stored" in again.stdout
    con = open_store(db, read_only=True)
    assert counts(con) == before


def test_the_same_call_from_two_outlets_is_one_story(tmp_path: Path, corpus: Path) -> None:
    con = open_store(tmp_path / "s.duckdb")
    ingest_articles(con, [parse_text(REPORT_A), parse_text(REPORT_B)])
    stories = query_stories(con, type="CONSULT", country="DEU")
    assert len(stories) == 1
    assert stories[0]["articles"] == 2
    assert sorted(map(tuple, stories[0]["attributions"])) == [("Deutsche Presse-Agentur",), ("Hina",)]  # dpa by its canonical name (organisations.yaml)


def test_query_filters_are_parameters(tmp_path: Path, corpus: Path) -> None:
    con = open_store(tmp_path / "q.duckdb")
    ingest_articles(con, (item for path in iter_paths([str(corpus)]) for item in read_path(path)))
    venezuela = query_events(con, country="VEN")
    assert venezuela and all("VEN" in (e["actor"]["country"], e["recipient"]["country"]) for e in venezuela)
    assert all(e["type"] == "CONSULT" for e in query_events(con, type="consult"))
    assert query_events(con, actor="Lukashenko", date_from="2025-11-24", date_to="2025-11-26")
    assert query_events(con, actor="' OR 1=1 --") == []
    assert query_events(con, text="Kremlj")[0]["attribution"] == ["Kremlin"]
    run = cli("query", "--db", str(tmp_path / "q.duckdb"), "--country", "BLR", "--format", "json", check=False)
    assert run.returncode == 1 and "in use by another process" in run.stderr  # open for writing in this process


def test_exports_load_back(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "e.duckdb"
    cli("ingest", str(corpus), "--db", str(db), "--quiet")
    con = open_store(db, read_only=True)
    total = counts(con)["events"]
    for fmt in ("jsonl", "csv", "parquet", "polecat", "graphml"):
        export(con, fmt, tmp_path / f"out.{fmt}")
    con.close()
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == total
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'out.parquet'}')").fetchall()[0][0] == total
    assert duckdb.sql(f"SELECT count(*) FROM read_csv_auto('{tmp_path / 'out.csv'}')").fetchall()[0][0] == total
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == total
    polecat = pd.read_csv(tmp_path / "out.polecat", sep="\t", quoting=3, dtype=str)  # POLECAT's files: tab-separated, unquoted
    assert {"Event ID", "Event Date", "Event Type", "Actor Country", "Recipient Country", "Quad Code"} <= set(polecat.columns)
    assert len(polecat.columns) == 41 and polecat.columns[-1] == "Evidence" and len(polecat) == total
    graph = nx.read_graphml(tmp_path / "out.graphml")
    assert graph.number_of_edges() > 0
    assert graph.nodes["Vladimir Putin"]["country"] == "RUS"
    assert sum(d["weight"] for _, _, d in graph.edges(data=True)) == total
    run = cli("query", "--db", str(db), "--country", "BLR", "--format", "json")
    assert all("BLR" in (e["actor"]["country"], e["recipient"]["country"]) for e in json.loads(run.stdout))


def test_readers_for_html_feeds_jsonl_and_warc(tmp_path: Path) -> None:
    body = "<p>Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.</p>" * 3
    page = f"<html><head><title>Plenković i Merz</title><meta property='article:published_time' content='2026-03-02T11:00:00+01:00'></head><body><article><h1>Plenković i Merz</h1>{body}</article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Kronika vijesti</title><item><title>Plenković i Merz</title>"
            "<link>https://example.org/1</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>"
            "<description>Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.</description></item></channel></rss>")
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    lines = [json.dumps({"text": REPORT_A, "title": "A", "published": "2026-03-02T11:00:00+01:00", "url": "https://example.org/a", "outlet": "Kronika", "lang": "hr"}),
             "{not json", json.dumps({"title": "no text"})]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with (tmp_path / "crawl.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("https://example.org/page", "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers))
    items = [item for path in iter_paths([str(tmp_path)]) for item in read_path(path)]
    articles = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(articles) == 4 and len(skipped) == 2
    for article in articles:
        events = extract_article(article).events
        assert [(e.type, e.actor.country, e.recipient.country) for e in events] == [("CONSULT", "HRV", "DEU")], article.document
    assert {a.document.url for a in articles} >= {"https://example.org/1", "https://example.org/a", "https://example.org/page"}


def test_schema_versions(tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer Kronika"):
        open_store(db)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(StoreError, match="not a Kronika event store"):
        open_store(other)
    run = cli("query", "--db", str(other), check=False)
    assert run.returncode == 1 and "not a Kronika event store" in run.stderr and "Traceback" not in run.stderr


def test_articles_sharing_an_id_keep_all_their_events(tmp_path: Path) -> None:
    con = open_store(tmp_path / "same-id.duckdb")
    first, second = parse_text(REPORT_A, doc_id="same"), parse_text(REPORT_B, doc_id="same")
    summary = ingest_articles(con, [first, second])
    assert (summary.coded, summary.events) == (2, 2)
    assert counts(con) == {"documents": 2, "events": 2, "stories": 1}
