"""Build a Kronika people file (the format of src/kronika/actors/data/people.yaml)
from a Wikidata JSON dump, for users who have one.

The dump is the line-delimited JSON of Wikidata entities (one entity per line,
optionally inside the '[' ... ']' array of the official dumps, .json or .json.gz).
A person is kept when it holds (P39, position held) one of the positions given
with --position QID=office:ISO3 (for example Q11696=head_of_state:USA for the
President of the United States); start (P580) and end (P582) qualifiers give
the term. Labels in English become the name; labels and aliases in the other
--languages become aliases. A person's country is that of their latest office,
or, for international offices (ISO3 given as IGO), their citizenship (P27),
read through the ISO 3166-1 alpha-3 code (P298) of country items in the same
dump; the position's office at IGO keeps the person's sector IGO while held.

    python scripts/build_people_from_wikidata.py latest-all.json.gz \\
        --position Q11696=head_of_state:USA --position Q7747=head_of_state:RUS -o my_people.yaml

Load the result with `kronika.actors.kb.load_kb(people_file="my_people.yaml")`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

HUMAN = "Q5"


def entities(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.strip().rstrip(",")
            if line in ("[", "]", ""):
                continue
            yield json.loads(line)


def _claims(entity: dict, prop: str) -> list[dict]:
    return entity.get("claims", {}).get(prop, [])


def _item_id(claim: dict) -> str | None:
    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _time(claim: dict, prop: str) -> str | None:
    for qualifier in claim.get("qualifiers", {}).get(prop, []):
        value = qualifier.get("datavalue", {}).get("value", {})
        time = value.get("time")
        if time:
            year_month_day = time.lstrip("+").split("T")[0]
            precision = value.get("precision", 11)
            return year_month_day[:4] if precision < 11 else year_month_day
    return None


def iso3_code(entity: dict) -> str | None:
    """A country item's ISO 3166-1 alpha-3 code (P298), if it has one."""
    for claim in _claims(entity, "P298"):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, str) and len(value) == 3:
            return value.upper()
    return None


def person_record(entity: dict, positions: dict[str, tuple[str, str]], languages: list[str]) -> dict | None:
    if HUMAN not in {_item_id(c) for c in _claims(entity, "P31")}:
        return None
    offices = []
    for claim in _claims(entity, "P39"):
        position = _item_id(claim)
        if position in positions:
            office, country = positions[position]
            record = {"office": office, "country": country}
            start, end = _time(claim, "P580"), _time(claim, "P582")
            if start:
                record["from"] = start
            if end:
                record["to"] = end
            offices.append(record)
    if not offices:
        return None
    labels = entity.get("labels", {})
    name = labels.get("en", {}).get("value") or next(iter(labels.values()), {}).get("value")
    if not name:
        return None
    aliases = set()
    for language in languages:
        if language in labels:
            aliases.add(labels[language]["value"])
        aliases.update(a["value"] for a in entity.get("aliases", {}).get(language, []))
    aliases.discard(name)
    national = [o["country"] for o in offices if o["country"] != "IGO"]
    citizenship = [qid for c in _claims(entity, "P27") if (qid := _item_id(c))]
    return {"id": f"wd:{entity['id']}", "name": name, "country": national[-1] if national else "IGO", "sector": "GOV",
            "aliases": sorted(aliases), "offices": offices, "_citizenship": citizenship}


def build(dump: Path, positions: dict[str, tuple[str, str]], languages: list[str]) -> list[dict]:
    """One pass over the dump: people holding the positions, and the ISO
    codes of country items to name the citizenship of international officials."""
    people, iso3 = [], {}
    for entity in entities(dump):
        if code := iso3_code(entity):
            iso3[entity["id"]] = code
        if person := person_record(entity, positions, languages):
            people.append(person)
    for person in people:
        citizenship = person.pop("_citizenship")
        if person["country"] == "IGO":
            person["country"] = next((iso3[q] for q in citizenship if q in iso3), "IGO")
    return people


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", type=Path, help="Wikidata JSON dump (.json or .json.gz)")
    parser.add_argument("--position", action="append", default=[], metavar="QID=office:ISO3", required=True,
                        help="a position to keep, e.g. Q11696=head_of_state:USA (repeat)")
    parser.add_argument("--languages", default="hr,en,sr,bs", help="languages whose labels become aliases")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    positions = {}
    for spec in args.position:
        try:
            qid, rest = spec.split("=")
            office, country = rest.split(":")
        except ValueError:
            parser.error(f"--position {spec!r}: write it as QID=office:ISO3")
        positions[qid] = (office, country.upper())
    if not args.dump.exists():
        print(f"error: {args.dump}: no such file", file=sys.stderr)
        return 1
    people = build(args.dump, positions, args.languages.split(","))
    args.output.write_text("# Built from a Wikidata dump by scripts/build_people_from_wikidata.py\n"
                           + yaml.safe_dump(people, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"{len(people)} people written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
