"""Every event gets the place it happened (issue 17): the coder's wiring, the record in the
store and its exports, and the API's place filters. Sentences written for these tests."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from pathlib import Path

import networkx as nx
import pytest

from kronika.events.merge import narrower_place
from kronika.model import Location
from kronika.pipeline import extract_text
from kronika.places import resolve
from kronika.store import FilterError, check_filters, ingest_articles, open_store, parse_near, query_events
from kronika.store.export import FLAT_COLUMNS, POLECAT_COLUMNS, POLECAT_EXTRA, export

PUBLISHED = datetime(2026, 3, 5, 12, tzinfo=timezone.utc)


def _events(text: str, lang: str | None = None):
    return extract_text(text, published=PUBLISHED, lang=lang).events


def _places(text: str, lang: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.location.name, e.location.country) if e.location else (e.type, None, None) for e in _events(text, lang)]


# --- the three sentences ------------------------------------------------------------------

def test_a_meeting_in_vienna() -> None:
    events = _events("Hrvatski premijer Andrej Plenković sastao se u četvrtak u Beču s austrijskim kancelarom.", "hr")
    assert events and all(e.location is not None for e in events)
    where = events[0].location
    assert (where.name, where.country, where.text, where.geonames_id) == ("Vienna", "AUT", "Beču", 2761369)
    assert abs(where.lat - 48.21) < 0.05 and abs(where.lon - 16.37) < 0.05


def test_arrests_in_novi_sad() -> None:
    events = _events("Srpska policija uhitila je u srijedu u Novom Sadu desetine prosvjednika.", "hr")
    assert events
    where = events[0].location
    assert (where.name, where.country, where.text) == ("Novi Sad", "SRB", "Novom Sadu")
    assert abs(where.lat - 45.25) < 0.05 and abs(where.lon - 19.84) < 0.05


def test_a_meeting_in_berlin() -> None:
    events = _events("German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelensky in Berlin on Thursday.", "en")
    assert events
    where = events[0].location
    assert (where.name, where.country, where.geonames_id, where.feature) == ("Berlin", "DEU", 2950159, "city")
    assert abs(where.lat - 52.52) < 0.05


# --- which place an event gets -----------------------------------------------------------------

def test_each_event_has_the_place_of_its_own_clause() -> None:
    text = "Slovenski premijer Robert Golob sastao se u utorak u Ljubljani s Plenkovićem, a u srijedu je u Zagrebu razgovarao s Merzom."
    places = {e.recipient.name: e.location.name if e.location else None for e in _events(text, "hr")}
    assert places.get("Friedrich Merz") == "Zagreb"
    assert places.get("Andrej Plenković") == "Ljubljana"


def test_a_place_gone_from_is_not_where_it_happened() -> None:
    events = _events("Srpski predsjednik Aleksandar Vučić, koji je doputovao iz Beograda, sastao se u utorak s Plenkovićem.", "hr")
    assert events and all(e.location is None or e.location.name != "Belgrade" for e in events)


def test_an_event_whose_sentence_names_no_place_has_none() -> None:
    events = _events("Hrvatski premijer Andrej Plenković telefonski je razgovarao s njemačkim kancelarom Friedrichom Merzom.", "hr")
    assert events and all(e.location is None for e in events)


def test_a_visit_without_a_named_city_is_at_the_hosts() -> None:
    events = [e for e in _events("Njemački kancelar Friedrich Merz posjetio je u utorak Hrvatsku.", "hr") if e.mode == "visit"]
    assert events and events[0].location is not None and events[0].location.country == "HRV"


def test_a_wire_dateline_places_the_events_of_its_country() -> None:
    text = ("ZAGREB, 4. ožujka (Hina) – Hrvatski premijer Andrej Plenković optužio je u srijedu slovensku vladu.\n\n"
            "Slovenski premijer Robert Golob odbacio je optužbe.\n")
    events = _events(text, "hr")
    accused = [e for e in events if e.type == "ACCUSE"]
    assert accused and accused[0].location is not None and accused[0].location.name == "Zagreb"


def test_a_restatement_keeps_the_narrower_place() -> None:
    country, city = resolve("Srbija", lang="hr"), resolve("Beograd")
    assert narrower_place(country, city) is city and narrower_place(city, country) is city
    assert narrower_place(None, country) is country and narrower_place(city, None) is city


# --- the store, its exports and its filters ---------------------------------------------------------

ARTICLES = [
    "Sastanak u Beču\n\n05.03.2026 u 10:00\n\nHrvatski premijer Andrej Plenković sastao se u četvrtak u Beču s austrijskim kancelarom.\n",
    "Uhićenja u Novom Sadu\n\n05.03.2026 u 11:00\n\nSrpska policija uhitila je u srijedu u Novom Sadu desetine prosvjednika.\n",
    "Razgovor\n\n05.03.2026 u 12:00\n\nHrvatski premijer Andrej Plenković telefonski je razgovarao s njemačkim kancelarom Friedrichom Merzom.\n",
]


@pytest.fixture()
def con(tmp_path: Path):
    from kronika.read import parse_text

    connection = open_store(tmp_path / "places.duckdb")
    ingest_articles(connection, [parse_text(text) for text in ARTICLES])
    yield connection
    connection.close()


def test_the_place_is_in_the_stored_record(con) -> None:
    places = {(e["location"] or {}).get("name") for e in query_events(con)}
    assert {"Vienna", "Novi Sad", None} <= places


def test_place_and_near_filters(con) -> None:
    assert {e["location"]["name"] for e in query_events(con, place="SRB")} == {"Novi Sad"}
    assert {e["location"]["name"] for e in query_events(con, near="48.2,16.4,30")} == {"Vienna"}
    assert query_events(con, near="45.81,15.98,30") == []  # nothing within 30 km of Zagreb
    assert {e["location"]["name"] for e in query_events(con, near="47,18,300")} == {"Vienna", "Novi Sad"}


def test_bad_place_filters_are_refused() -> None:
    with pytest.raises(FilterError):
        check_filters(place="XXQ")
    for bad in ("Beč", "91,10", "45,200", "45,15,0", "1,2,3,4"):
        with pytest.raises(FilterError):
            parse_near(bad)
    assert parse_near("45.8, 15.9") == (45.8, 15.9, 50.0)


def test_csv_and_parquet_have_the_place_columns(con, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    export(con, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {"place_name", "place_country", "place_lat", "place_lon", "place_geonames_id", "place_text", "place_feature"} <= set(FLAT_COLUMNS)
    vienna = next(r for r in rows if r["place_name"] == "Vienna")
    assert vienna["place_country"] == "AUT" and vienna["place_text"] == "Beču" and float(vienna["place_lat"]) > 48
    import pyarrow.parquet as pq

    export(con, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    novi_sad = next(r for r in table if r["place_name"] == "Novi Sad")
    assert novi_sad["place_geonames_id"] == 3194360 and isinstance(novi_sad["place_lon"], float)


def test_polecat_place_columns(con, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(con, "polecat", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == POLECAT_COLUMNS + POLECAT_EXTRA
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    vienna = next(r for r in rows if r["Placename"] == "Vienna")
    assert (vienna["City"], vienna["Country"], vienna["GeoNames ID"], vienna["Raw Placename"], vienna["Feature Type"]) == \
        ("Vienna", "AUT", "2761369", "Beču", "PPL")
    assert 48 < float(vienna["Latitude"]) < 48.5 and 16 < float(vienna["Longitude"]) < 16.6
    unplaced = [r for r in rows if not r["Placename"]]
    assert unplaced and all(not r["Latitude"] and not r["GeoNames ID"] for r in unplaced)


def test_graphml_carries_the_places(con, tmp_path: Path) -> None:
    out = tmp_path / "network.graphml"
    export(con, "graphml", out)
    graph = nx.read_graphml(out)
    placed = {n: d for n, d in graph.nodes(data=True) if "place" in d}
    assert any(d["place"] == "Vienna" and 48 < d["lat"] < 48.5 for d in placed.values())
    assert any("Vienna" in d.get("places", "") for _, _, d in graph.edges(data=True))


def test_the_api_filters_by_place(con, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from kronika.web.app import create_app

    con.close()
    client = TestClient(create_app(tmp_path / "places.duckdb"))
    assert {e["location"]["name"] for e in client.get("/api/events", params={"place": "AUT"}).json()} == {"Vienna"}
    near = client.get("/api/events", params={"near": "45.25,19.84,20"})
    assert near.status_code == 200 and {e["location"]["country"] for e in near.json()} == {"SRB"}
    assert client.get("/api/events", params={"near": "Beč"}).status_code == 400
    assert client.get("/api/events", params={"place": "ZZZ"}).status_code == 400


def test_location_is_a_model_field() -> None:
    assert Location(name="Vienna", country="AUT", lat=48.2, lon=16.37).feature is None
