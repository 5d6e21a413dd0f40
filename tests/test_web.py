"""The REST API: filters, extraction of a pasted article, limits, and the write endpoint."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store
from kronika.web.app import MAX_BODY_BYTES, create_app

ARTICLE = ("Plenković razgovarao s Merzom\n\nA.B./Kronika\n\n02.03.2026 u 11:00\n\n"
           "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom, javlja Hina.\n")


@pytest.fixture()
def store(tmp_path: Path, examples_dir: Path, seed_text: str) -> Path:
    db = tmp_path / "web.duckdb"
    con = open_store(db)
    ingest_articles(con, [parse_text(p.read_text(encoding="utf-8")) for p in examples_dir.glob("*.hr.txt")] + [parse_text(seed_text)])
    con.close()
    return db


def test_events_and_filters(store: Path) -> None:
    client = TestClient(create_app(store))
    everything = client.get("/api/events").json()
    assert len(everything) > 10
    belarus = client.get("/api/events", params={"country": "BLR", "type": "CONSULT"}).json()
    assert belarus and all(e["type"] == "CONSULT" and "BLR" in (e["actor"]["country"], e["recipient"]["country"]) for e in belarus)
    assert client.get("/api/events", params={"actor": "Robert Golob"}).json()[0]["source"]["outlet"] == "Kronika"
    assert client.get("/api/events", params={"actor": "x' OR '1'='1"}).json() == []
    assert client.get("/api/events", params={"country": "VEN; DROP TABLE events"}).status_code == 400
    assert client.get("/api/events", params={"from": "2025-11-20", "to": "2025-11-22"}).json()[0]["date"] == "2025-11-21"
    stories = client.get("/api/stories").json()
    assert all(s["articles"] >= 1 for s in stories)
    network = client.get("/api/network").json()
    assert {"nodes", "edges"} <= set(network) and network["edges"]
    assert any(a["name"] == "Alexander Lukashenko" for a in client.get("/api/actors").json())
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_extract_codes_a_pasted_article_without_storing_it(store: Path) -> None:
    client = TestClient(create_app(store))
    before = client.get("/api/stats").json()
    result = client.post("/extract", json={"text": ARTICLE}).json()
    assert [(e["type"], e["actor"]["country"], e["recipient"]["country"], e["date"]) for e in result["events"]] == [
        ("CONSULT", "HRV", "DEU", "2026-03-02")]
    assert client.get("/api/stats").json() == before


def test_limits_and_bad_input(store: Path) -> None:
    client = TestClient(create_app(store))
    too_big = client.post("/extract", content=b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"}', headers={"content-type": "application/json"})
    assert too_big.status_code == 413
    chunks = (b'{"text": "', *[b"a" * 10_000] * 60, b'"}')  # no content-length: counted as it streams
    streamed = client.post("/extract", content=iter(chunks), headers={"content-type": "application/json"})
    assert streamed.request.headers["transfer-encoding"] == "chunked"
    assert (streamed.status_code, streamed.json()["detail"]) == (413, f"request body larger than {MAX_BODY_BYTES} bytes")
    assert client.post("/extract", json={"text": ""}).status_code == 422
    assert client.post("/extract", json={"text": "x" * 200_001}).status_code == 422
    assert client.post("/extract", json={"text": "x" * 50_001}).status_code == 422  # more than one article's work
    assert client.post("/extract", json={"text": "Ovo je članak.", "lang": "xx"}).status_code == 422
    assert client.get("/api/events", params={"limit": 10**6}).status_code == 400


def test_ingest_is_off_by_default_and_needs_the_token(store: Path) -> None:
    with TestClient(create_app(store)) as closed:
        assert closed.post("/api/ingest", json=[{"text": ARTICLE}]).status_code == 403
    with pytest.raises(ValueError):
        create_app(store, allow_ingest=True)
    with TestClient(create_app(store, allow_ingest=True, token="s3cret")) as open_:
        check_writes(open_)


def check_writes(open_: TestClient) -> None:
    assert open_.post("/api/ingest", json=[{"text": ARTICLE}]).status_code == 401
    assert open_.post("/api/ingest", json=[{"text": ARTICLE}], headers={"Authorization": "Bearer wrong"}).status_code == 401
    done = open_.post("/api/ingest", json=[{"text": ARTICLE}], headers={"Authorization": "Bearer s3cret"}).json()
    assert (done["coded"], done["events"]) == (1, 1)
    again = open_.post("/api/ingest", json=[{"text": ARTICLE}], headers={"Authorization": "Bearer s3cret"}).json()
    assert again["duplicates"] == 1


def test_page_and_its_security_headers(store: Path) -> None:
    client = TestClient(create_app(store))
    page = client.get("/")
    assert page.status_code == 200 and "Kronika" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200


def test_a_parquet_dataset_is_served_read_only(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "documents").mkdir()
    with pytest.raises(ValueError, match="read-only"):
        create_app(tmp_path, allow_ingest=True, token="t")
