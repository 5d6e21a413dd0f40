"""Exports of an event store: JSONL, CSV, Parquet, POLECAT-style columns, GraphML."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb

from kronika.store import actor_network, iter_events

FLAT_COLUMNS = [
    "id", "document", "story", "type", "mode", "cameo", "date", "date_precision", "modality",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country", "recipient_sector",
    "attribution", "confidence", "evidence", "trigger", "outlet", "published", "url",
    # where it happened (the event's `location`)
    "place_name", "place_country", "place_lat", "place_lon", "place_geonames_id", "place_text", "place_feature",
]
FLOAT_COLUMNS = frozenset({"confidence", "place_lat", "place_lon"})
INTEGER_COLUMNS = frozenset({"place_geonames_id"})

# The 40 columns of the POLECAT dataset (Halterman et al.), in its order, tab-separated as its
# files are, filled where Kronika knows the value. Event Date is a day (YYYY-MM-DD) when the
# event's date is a day; a week, month or year date leaves it empty (POLECAT has no such dates).
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
    "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]
# After POLECAT's 40 columns: what Kronika adds, the sentences that state the event.
POLECAT_EXTRA = ["Evidence"]
QUAD = {
    "AGREE": "VERBAL COOPERATION", "CONSULT": "VERBAL COOPERATION", "SUPPORT": "VERBAL COOPERATION",
    "CONCEDE": "VERBAL COOPERATION", "COOPERATE": "MATERIAL COOPERATION", "AID": "MATERIAL COOPERATION",
    "RETREAT": "MATERIAL COOPERATION", "REQUEST": "VERBAL CONFLICT", "ACCUSE": "VERBAL CONFLICT",
    "REJECT": "VERBAL CONFLICT", "THREATEN": "VERBAL CONFLICT", "PROTEST": "MATERIAL CONFLICT",
    "SANCTION": "MATERIAL CONFLICT", "MOBILIZE": "MATERIAL CONFLICT", "COERCE": "MATERIAL CONFLICT",
    "ASSAULT": "MATERIAL CONFLICT",
}
FORMATS = ("jsonl", "csv", "parquet", "polecat", "graphml")


def _is_stdout(out) -> bool:
    return str(out) == "-"


@contextmanager
def _text_output(out):
    """The file to write, or standard output for '-'."""
    if _is_stdout(out):
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(out).open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _tsv_cell(value) -> str:
    """One cell of a tab-separated file: no tabs or line breaks inside it."""
    if value is None:
        return ""
    text = str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def flat(event: dict) -> dict:
    actor, recipient = event["actor"], event.get("recipient") or {}
    evidence = event.get("evidence") or [{}]
    source = event.get("source") or {}
    place = event.get("location") or {}
    return {
        "id": event["id"], "document": event.get("document"), "story": event.get("story"), "type": event["type"],
        "mode": event.get("mode"), "cameo": event.get("cameo"), "date": event.get("date"),
        "date_precision": event.get("date_precision"), "modality": event.get("modality"),
        "actor_name": actor["name"], "actor_country": actor.get("country"), "actor_sector": actor.get("sector"),
        "recipient_name": recipient.get("name"), "recipient_country": recipient.get("country"),
        "recipient_sector": recipient.get("sector"), "attribution": " ← ".join(event.get("attribution") or []),
        "confidence": event.get("confidence"), "evidence": evidence[0].get("sentence"),
        "trigger": " ".join(evidence[0].get("trigger") or []), "outlet": source.get("outlet"),
        "published": source.get("published"), "url": source.get("url"),
        "place_name": place.get("name"), "place_country": place.get("country"), "place_lat": place.get("lat"),
        "place_lon": place.get("lon"), "place_geonames_id": place.get("geonames_id"), "place_text": place.get("text"),
        "place_feature": place.get("feature"),
    }


def polecat(event: dict) -> dict:
    f = flat(event)
    row = dict.fromkeys(POLECAT_COLUMNS + POLECAT_EXTRA)
    day = f["date"][:10] if f["date"] and f.get("date_precision") in ("day", "hour", "minute") else None
    published = (f["published"] or "")[:10] or None
    row.update({
        "Event ID": f["id"], "Event Date": day, "Evidence": " ".join(e.get("sentence") or "" for e in event.get("evidence") or []), "Event Type": f["type"], "Event Mode": f["mode"],
        "Quad Code": QUAD.get(f["type"]), "Contexts": ";".join(event.get("context") or []),
        "Actor Name": f["actor_name"], "Actor Country": f["actor_country"], "Primary Actor Sector": f["actor_sector"],
        "Actor Sectors": f["actor_sector"], "Actor Name Raw": event["actor"].get("text"),
        "Recipient Name": f["recipient_name"], "Recipient Country": f["recipient_country"],
        "Primary Recipient Sector": f["recipient_sector"], "Recipient Sectors": f["recipient_sector"],
        "Recipient Name Raw": (event.get("recipient") or {}).get("text"), "Source": f["outlet"],
        "Publication Date": published, "Language": (event.get("source") or {}).get("language"),
        "Version": "kronika-0.1",
    })
    place = event.get("location")
    if place:
        # POLECAT's Feature Type is GeoNames' feature code: a populated place (PPL), a country (PCLI), a region (RGN)
        row.update({"Placename": place.get("name"), "City": place.get("name") if place.get("feature") == "city" else None,
                    "Raw Placename": place.get("text") or place.get("name"), "Country": place.get("country"),
                    "Latitude": place.get("lat"), "Longitude": place.get("lon"), "GeoNames ID": place.get("geonames_id"),
                    "Feature Type": FEATURE_CODES.get(place.get("feature"))})
    return row


FEATURE_CODES = {"city": "PPL", "country": "PCLI", "region": "RGN", "continent": "CONT"}


def export(con: duckdb.DuckDBPyConnection, output_format: str, out: Path, **filters) -> int:
    """Write the store (or the filtered events) to `out`; returns the number of rows or edges written."""
    if output_format == "graphml":
        return _graphml(con, out, **filters)
    if output_format == "jsonl":
        count = 0
        with _text_output(out) as handle:
            for event in iter_events(con, **filters):
                handle.write(json.dumps(event, ensure_ascii=False) + "\n")
                count += 1
        return count
    if output_format == "csv":
        count = 0
        with _text_output(out) as handle:
            writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            for event in iter_events(con, **filters):
                writer.writerow(flat(event))
                count += 1
        return count
    if output_format == "polecat":
        count = 0
        with _text_output(out) as handle:
            handle.write("\t".join(POLECAT_COLUMNS + POLECAT_EXTRA) + "\n")
            for event in iter_events(con, **filters):
                row = polecat(event)
                handle.write("\t".join(_tsv_cell(row[column]) for column in POLECAT_COLUMNS + POLECAT_EXTRA) + "\n")
                count += 1
        return count
    if output_format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, pa.float64() if c in FLOAT_COLUMNS else pa.int64() if c in INTEGER_COLUMNS else pa.string())
                            for c in FLAT_COLUMNS])
        count = 0
        with pq.ParquetWriter(sys.stdout.buffer if _is_stdout(out) else str(out), schema) as writer:
            batch: list[dict] = []
            for event in iter_events(con, **filters):
                batch.append(flat(event))
                if len(batch) >= 5000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    count += len(batch)
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        return count
    raise ValueError(f"unknown export format {output_format!r} (choose from {', '.join(FORMATS)})")


def _graphml(con: duckdb.DuckDBPyConnection, out: Path, **filters) -> int:
    import networkx as nx

    network = actor_network(con, **filters)
    edge_places, node_places = _network_places(con, **filters)
    graph = nx.DiGraph()
    for node in network["nodes"]:
        # where the actor's events happened most often: 'place', 'lat', 'lon' (what Gephi's GeoLayout reads)
        where = node_places.get(node["id"])
        located = {"place": where[0], "lat": where[1], "lon": where[2]} if where and where[1] is not None else {}
        graph.add_node(node["id"], label=node["id"], country=node["country"] or "", sector=node["sector"] or "",
                       events=node["events"], **located)  # 'label' is the name Gephi shows
    for edge in network["edges"]:
        attributes = {"weight": edge["weight"], **{f"n_{t}": n for t, n in edge["types"].items()}}
        places = edge_places.get((edge["source"], edge["target"]))
        if places:
            attributes["places"] = "; ".join(places)  # the places of the pair's events, most often first
        graph.add_edge(edge["source"], edge["target"], **attributes)
    nx.write_graphml(graph, sys.stdout.buffer if _is_stdout(out) else out)
    return graph.number_of_edges()


def _network_places(con: duckdb.DuckDBPyConnection, **filters) -> tuple[dict, dict]:
    """(actor, recipient) → the place names of their events, most often first; actor → (place, lat, lon)
    where the events it takes part in happened most often."""
    from kronika.store import _where

    where, params = _where(**filters)
    rows = con.execute(
        "SELECT e.actor_name, e.recipient_name, json_extract_string(e.record, '$.location.name') AS place,"
        " TRY_CAST(json_extract_string(e.record, '$.location.lat') AS DOUBLE),"
        " TRY_CAST(json_extract_string(e.record, '$.location.lon') AS DOUBLE), count(*)"
        f" FROM events e JOIN documents d ON d.id = e.document_id{where}"
        " GROUP BY ALL HAVING place IS NOT NULL ORDER BY 6 DESC, 3", params).fetchall()
    edges: dict[tuple[str, str], list[str]] = {}
    tallies: dict[str, dict[tuple, int]] = {}
    for actor, recipient, place, lat, lon, n in rows:
        if recipient is not None:
            edges.setdefault((actor, recipient), []).append(place)
        for name in (actor, recipient):
            if name is not None:
                tally = tallies.setdefault(name, {})
                tally[(place, lat, lon)] = tally.get((place, lat, lon), 0) + n
    nodes = {name: min(tally, key=lambda k: (-tally[k], k[0])) for name, tally in tallies.items()}
    return edges, nodes
