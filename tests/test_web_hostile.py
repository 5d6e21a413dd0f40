"""The API under bad and hostile requests: 4xx with the reason, never 500; bounded work;
only the server's own host names answered; paging with totals."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kronika.read import parse_text
from kronika.store import ingest_articles, open_store
from kronika.web import app as web
from kronika.web.app import create_app

ARTICLES = [
    "Hrvatski premijer Andrej Plenković u četvrtak je u Zagrebu održao sastanak sa slovenskim premijerom Robertom Golobom, javlja Hina.\n",
    "Hrvatski premijer Andrej Plenković u ponedjeljak je telefonski razgovarao s njemačkim kancelarom Friedrichom Merzom.\n",
    "Bjeloruski predsjednik Aleksandr Lukašenko u utorak je u Minsku primio venezuelanskog predsjednika Nicolása Madura.\n",
]


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    db = tmp_path / "h.duckdb"
    con = open_store(db)
    ingest_articles(con, [parse_text(f"{text}", published=None, doc_id=f"d{i}") for i, text in enumerate(ARTICLES)])
    con.close()
    return db


@pytest.fixture()
def client(store: Path) -> TestClient:
    return TestClient(create_app(store), raise_server_exceptions=False)


@pytest.mark.parametrize("params", [
    {"from": "2025-02-30"}, {"to": "2025-13-01"}, {"from": "0000-01-01"}, {"to": "9999-99-99"}, {"from": "01.12.2025"},
    {"from": "2025-12"}, {"to": "-2025-01-01"}, {"from": "2025-1-1"}, {"offset": 10**20}, {"offset": -1},
    {"offset": "x"}, {"limit": 0}, {"type": "MEET"}, {"country": "XYZ"},
])
def test_impossible_filters_and_offsets_are_400(client: TestClient, params: dict) -> None:
    paths = ["/api/events", "/api/stories"] + ([] if {"offset", "limit"} & set(params) else ["/api/network"])
    for path in paths:
        answer = client.get(path, params=params)
        assert answer.status_code == 400, (path, params, answer.text)
    assert client.get("/api/stats").status_code == 200  # and the next request is answered as usual


def test_extract_answers_bad_dates_and_surrogates_with_4xx(client: TestClient) -> None:
    for body in ({"text": "Naslov\n\n32.13.2025\n\nPlenković se u petak sastao s Golobom."},
                 {"text": "Naslov\n\n29.02.2025 u 10:00\n\nPlenković se u petak sastao s Golobom."}):
        answer = client.post("/extract", json=body)
        assert answer.status_code == 200 and answer.json()["document"]["published"] is None
    for published in ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"):
        answer = client.post("/extract", json={"text": ARTICLES[0], "published": published})
        assert answer.status_code == 422 and "calendar" in answer.json()["detail"]
    raw = b'{"text": "Plenkovi\\u0107 se u petak \\ud800 sastao s Golobom.", "title": "\\udc00"}'
    assert client.post("/extract", content=raw, headers={"content-type": "application/json"}).status_code == 422


def test_ingest_keeps_the_good_articles_of_a_request_with_a_bad_one(store: Path) -> None:
    with TestClient(create_app(store, allow_ingest=True, token="t"), raise_server_exceptions=False) as client:
        body = [{"text": "Premijer Andrej Plenković u srijedu se sastao s Golobom u Ljubljani.", "published": "2025-12-10T10:00:00+01:00"},
                {"text": "Plenković se u petak sastao s Golobom.", "published": "0001-01-01T00:00:00+14:00"},
                {"text": "   "}]
        answer = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer t"})
        assert answer.status_code == 200, answer.text
        done = answer.json()
        assert done["coded"] == 1 and [s["source"] for s in done["skipped"]] == ["article 1", "article 2"]
        too_many = client.post("/api/ingest", json=[{"text": "x"}] * (web.MAX_INGEST_ARTICLES + 1), headers={"Authorization": "Bearer t"})
        assert too_many.status_code == 413


def test_extract_work_is_bounded_per_request_and_at_once(store: Path, monkeypatch) -> None:
    client = TestClient(create_app(store), raise_server_exceptions=False)
    assert client.post("/extract", json={"text": "a " * (web.MAX_ARTICLE_CHARS // 2 + 1)}).status_code == 422
    monkeypatch.setattr(web, "EXTRACT_WAIT_SECONDS", 0.2)
    monkeypatch.setattr(web, "EXTRACT_SLOTS", 1)
    started, release = threading.Event(), threading.Event()
    import kronika.pipeline

    real = kronika.pipeline.extract_text

    def slow(*args, **kwargs):
        started.set()
        release.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(kronika.pipeline, "extract_text", slow)
    busy_client = TestClient(create_app(store), raise_server_exceptions=False)
    first: list = []
    worker = threading.Thread(target=lambda: first.append(busy_client.post("/extract", json={"text": ARTICLES[0]})))
    worker.start()
    assert started.wait(5)
    second = busy_client.post("/extract", json={"text": ARTICLES[1]})
    assert second.status_code == 503 and second.headers["retry-after"]
    assert busy_client.get("/api/stats").status_code == 200  # reading is never held up by coding
    release.set()
    worker.join(10)
    assert first[0].status_code == 200


def test_only_the_servers_own_host_names_are_answered(store: Path) -> None:
    from kronika.cli.serve import host_names

    names = host_names("127.0.0.1")
    assert "localhost" in names and "127.0.0.1" in names and "evil.example" not in names
    client = TestClient(create_app(store, allowed_hosts=names), base_url="http://127.0.0.1:8000")
    assert client.get("/api/stats").status_code == 200
    assert client.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/api/stats", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": "evil.example:8000"}).status_code == 400
    assert "news.example" in host_names("0.0.0.0", ("news.example",))


def test_no_docs_page_that_needs_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_events_and_stories_are_paged_with_their_totals(client: TestClient) -> None:
    every = client.get("/api/events")
    total = int(every.headers["x-total-count"])
    assert total == len(every.json()) >= 3
    first, second = (client.get("/api/events", params={"limit": 1, "offset": n}) for n in (0, 1))
    assert first.headers["x-total-count"] == second.headers["x-total-count"] == str(total)
    assert len(first.json()) == 1 and first.json()[0]["id"] != second.json()[0]["id"]
    stories = client.get("/api/stories", params={"limit": 1})
    assert int(stories.headers["x-total-count"]) >= 3 and len(stories.json()) == 1
    assert client.get("/api/events", params={"actor": "lukašenka"}).headers["x-total-count"] == "1"
