"""Building a people file from a (small, made-up) Wikidata dump, and loading it."""

import gzip
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from kronika.actors.kb import load_kb

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_people_from_wikidata.py"


def entity(qid, en, hr, positions, human=True):
    return {
        "id": qid, "type": "item",
        "labels": {"en": {"language": "en", "value": en}, "hr": {"language": "hr", "value": hr}},
        "aliases": {"hr": [{"language": "hr", "value": hr.split()[-1]}]},
        "claims": {
            "P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5" if human else "Q515"}}}}],
            "P39": [{"mainsnak": {"datavalue": {"value": {"id": position}}},
                     "qualifiers": {"P580": [{"datavalue": {"value": {"time": f"+{start}T00:00:00Z", "precision": 11}}}],
                                    **({"P582": [{"datavalue": {"value": {"time": f"+{end}T00:00:00Z", "precision": 11}}}]} if end else {})}}
                    for position, start, end in positions],
        },
    }


def test_dump_to_people_file_to_knowledge_base(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as out:
        out.write("[\n")
        out.write(json.dumps(entity("Q900001", "Ana Primjer", "Ana Primjer", [("Q100", "2019-05-30", "2024-05-30")])) + ",\n")
        out.write(json.dumps(entity("Q900002", "Ivo Uzorak", "Ivo Uzorak", [("Q100", "2024-05-30", None), ("Q200", "2010-01-01", "2012-01-01")])) + ",\n")
        out.write(json.dumps(entity("Q900003", "Zagreb", "Zagreb", [("Q100", "2000-01-01", None)], human=False)) + "\n")
        out.write("]\n")
    people_file = tmp_path / "people.yaml"
    run = subprocess.run([sys.executable, str(SCRIPT), str(dump), "--position", "Q100=head_of_state:ATA",
                          "--position", "Q200=foreign_minister:ATA", "-o", str(people_file)], capture_output=True, text=True, check=True)
    assert "2 people" in run.stdout
    kb = load_kb(people_file=str(people_file))
    assert kb.office_holder("ATA", "head_of_state", date(2022, 1, 1)).name == "Ana Primjer"
    assert kb.office_holder("ATA", "head_of_state", date(2025, 1, 1)).name == "Ivo Uzorak"
    assert kb.office_holder("ATA", "foreign_minister", date(2011, 6, 1)).id == "wd:Q900002"
    assert kb.get("wd:Q900003") is None


def test_bad_position_argument_is_a_clear_error(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "none.json"), "--position", "Q1", "-o", str(tmp_path / "x.yaml")],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "QID=office:ISO3" in run.stderr
