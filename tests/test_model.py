import json
from pathlib import Path

from kronika.model import Entity, Event, Evidence, Extraction, Document, event_id, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "kronika.schema.json"


def _event() -> Event:
    return Event(
        id=event_id("doc", "CONSULT", 10, "Nicolás Maduro", "Donald Trump"),
        type="CONSULT",
        mode="phone",
        actor=Entity(name="Nicolás Maduro", text="Maduro", country="VEN", sector="GOV", start=10, end=16),
        recipient=Entity(name="Donald Trump", text="Trumpu", country="USA", sector="GOV"),
        date="2025-11-21",
        date_precision="day",
        attribution=["Reuters", "anonymous sources"],
        evidence=[Evidence(sentence="Maduro je rekao Trumpu.", start=10, end=33, trigger=["rekao"], trigger_spans=[(20, 25)])],
    )


def test_extraction_round_trips_through_json() -> None:
    extraction = Extraction(document=Document(id="doc", language="hr"), events=[_event()])
    again = Extraction.model_validate_json(extraction.model_dump_json())
    assert again == extraction


def test_event_id_is_stable_and_depends_on_evidence() -> None:
    assert event_id("d", "CONSULT", 1, "A", "B") == event_id("d", "CONSULT", 1, "A", "B")
    assert event_id("d", "CONSULT", 1, "A", "B") != event_id("d", "CONSULT", 2, "A", "B")


def test_digest_line_names_dyad_date_and_chain() -> None:
    assert _event().digest() == (
        "2025-11-21 — Nicolás Maduro (VEN) spoke by phone with Donald Trump (USA) [Reuters ← anonymous sources]"
    )


def test_schema_file_is_generated_from_the_classes() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()
