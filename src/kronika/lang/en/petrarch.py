"""Readers for the field's existing dictionaries, so that a user who has them
can load them next to Kronika's own English lexicon and actors.

Verb dictionaries (PETRARCH / TABARI format)::

    --- ACCUSE [112] ---          a verb block (PETRARCH); the code is the block's default
    ACCUSE                         a verb (its forms are made by lemma.py's rules)
    CONDEMN {CONDEMNS CONDEMNED}   TABARI: irregular forms in braces
    - * OF WAR_CRIMES [1124]       a pattern: '*' is the verb, '_' joins words,
    - $ * + TO RELEASE [1053]      '$' the source, '+' the target, '%' a compound,
                                   '^' a skipped word; '[---]' codes nothing
    # comment                      (also '#' after an entry)

Each pattern and each verb with a code becomes a trigger entry (words as
lemmas, its CAMEO code, the PLOVER type the CAMEO→PLOVER table gives it,
recipient `object`). Set KRONIKA_EN_VERBS to the file(s) to load them.

Actor dictionaries (PETRARCH / TABARI format)::

    BARACK_OBAMA                   an actor, then its dated roles
    +PRESIDENT_OBAMA               a synonym
    [USAGOV 090120-170120]         a role: country + sector code, from–to (yymmdd)
    [USAELI >090120]               '>' before a date: until it; '<': from it
    HAMAS [PSEREB]                 one-line form

`read_actor_dictionary` gives them as people-file entries (the format of
KRONIKA_PEOPLE, see kronika.actors.data), dated roles as offices, so that
`write_people_file` makes a file the knowledge base loads next to its own.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from kronika.lang.en.lemma import lemma

TABLE = Path(__file__).resolve().parents[4].parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
BLOCK = re.compile(r"^-{3}\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*-{3}\s*$")
ROLE_MARKERS = {"$", "+", "%", "^", "*"}
# sector codes of CAMEO actor dictionaries → Kronika sectors (and the office that gives them)
SECTORS = {"GOV": "GOV", "MIL": "MIL", "DIP": "DIP", "OPP": "OPP", "PTY": "PTY", "JUD": "JUD", "COP": "COP", "SPY": "GOV",
           "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "REB", "IGO": "IGO", "NGO": "NGO", "BUS": "BUS", "MED": "MED",
           "CVL": "CVL", "LAB": "CVL", "EDU": "CVL", "REL": "CVL", "REF": "CVL", "HLH": "CVL", "AGR": "CVL", "CRM": "CVL",
           "ELI": "GOV", "LEG": "GOV", "HRI": "NGO", "ENV": "NGO"}
OFFICES = {"MIL": "military_chief", "DIP": "ambassador", "OPP": "opposition_leader", "JUD": "judge", "IGO": "igo_head"}
# PLOVER's rules where they differ from the table (ANNOTATION.md; the same as the packs' lexicons)
# the table's two- and three-digit roots, for an installation without the reference folder
ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "084": "RETREAT",
         "085": "RETREAT", "086": "RETREAT", "087": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
         "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "163": "COERCE", "17": "COERCE", "175": "ASSAULT",
         "18": "ASSAULT", "19": "ASSAULT", "191": "COERCE", "192": "COERCE", "20": "ASSAULT"}
OVERRIDES = {"085": "CONCEDE", "0831": "RETREAT", "163": "SANCTION", "116": "SANCTION"}


@cache
def cameo_table(path: Path = TABLE) -> dict[str, str]:
    """CAMEO code → PLOVER type, from CAMEO2PLOVER-2021.txt (codes without a
    line of their own take their parent's type: '1124' → '112' → '11')."""
    if not path.exists():
        return {}
    return dict(re.findall(r"^(\d{2,4}):\s*([A-Z]+)", path.read_text(encoding="utf-8"), flags=re.MULTILINE))


def plover_type(code: str, table: dict[str, str] | None = None) -> str | None:
    table = (cameo_table() or ROOTS) if table is None else table
    if code in OVERRIDES:
        return OVERRIDES[code]
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def _words(phrase: str) -> list[str]:
    """Pattern words as lemmas: '_' joins words, markers and '{...}' dropped."""
    phrase = re.sub(r"\{[^}]*\}", " ", phrase)
    words = []
    for raw in phrase.replace("_", " ").split():
        if raw in ROLE_MARKERS or not any(ch.isalnum() for ch in raw):
            continue
        words.append(lemma(raw.strip(",.;:").lower()))
    return words


def read_verb_dictionary(path: Path, table: dict[str, str] | None = None) -> list[dict]:
    """Trigger entries (the lexicon's format) of a PETRARCH/TABARI verb dictionary."""
    entries: list[dict] = []
    block_code: str | None = None
    verbs: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip() or line.strip().startswith("<"):
            continue
        block = BLOCK.match(line.strip())
        if block:
            block_code = (block.group("code") or "").strip() or None
            verbs = _words(block.group("name"))
            if verbs and block_code:
                entries += _entry(verbs, block_code, table)
            continue
        stripped = line.strip()
        code_match = CODE.search(stripped)
        code = code_match.group("code").strip() if code_match else None
        text = CODE.sub(" ", stripped)
        if stripped.startswith("-"):
            pattern = text.lstrip("-").strip()
            if not verbs:
                continue
            before, star, after = pattern.partition("*")
            words = _words(before) + verbs + _words(after) if star else verbs + _words(pattern)
            entries += _entry(words, code or block_code, table)
            continue
        head = _words(text)
        if not head:
            continue
        if text.strip().startswith("+") or text.strip().startswith("&"):
            continue  # a synonym of a noun phrase or a synset member: not a verb of its own here
        if code and block_code:
            block_code = None  # a verb with a code of its own: a TABARI entry, the block is over
        if not (block_code and verbs):
            verbs = head  # TABARI: each verb line heads the patterns after it; in a PETRARCH block the block's verb does
        if code or block_code:
            entries += _entry(head, code or block_code, table)
    unique = {(tuple(e["words"]), e["cameo"]): e for e in entries}
    return list(unique.values())


def _entry(words: list[str], code: str | None, table: dict[str, str] | None) -> list[dict]:
    if not code or not words or not code.isdigit():
        return []  # '[---]': the pattern codes nothing
    kind = plover_type(code, table)
    if kind is None:
        return []
    return [{"words": words, "type": kind, "cameo": code, "recipient": "object", "source": "user dictionary"}]


def _day(text: str) -> date | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) != 6:
        return None
    year = int(digits[:2])
    return date(1900 + year if year > 40 else 2000 + year, int(digits[2:4]), int(digits[4:6]))


def _role(code_text: str) -> dict | None:
    """'USAGOV 090120-170120' → country, sector, from, to."""
    parts = code_text.split()
    if not parts or len(parts[0]) < 3:
        return None
    code = parts[0].upper()
    country, sector = code[:3], SECTORS.get(code[3:6], "GOV") if len(code) >= 6 else None
    if country in SECTORS:  # 'IGO...' or a sector with no country
        country, sector = ("IGO", SECTORS.get(code[3:6], "IGO")) if country == "IGO" else (None, SECTORS[country])
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            end = _day(span[1:])
        elif span.startswith("<"):
            start = _day(span[1:])
        elif "-" in span:
            first, second = span.split("-", 1)
            start, end = _day(first), _day(second)
    return {"country": country, "sector": sector, "from": start, "to": end}


def read_actor_dictionary(path: Path) -> list[dict]:
    """People-file entries (id, name, country, sector, aliases, offices) of a
    PETRARCH/TABARI actor dictionary; each dated role is an office."""
    actors: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("+"):
            if current is not None:
                current["aliases"].append(_name(stripped[1:]))
            continue
        if stripped.startswith("["):
            role = _role(stripped.strip("[] "))
            if current is not None and role is not None:
                current["roles"].append(role)
            continue
        name_part = CODE.sub(" ", stripped).strip()
        current = {"name": _name(name_part), "aliases": [], "roles": []}
        for code_text in CODE.findall(stripped):
            role = _role(code_text)
            if role is not None:
                current["roles"].append(role)
        actors.append(current)
    return [_person(a) for a in actors if a["name"]]


def _name(text: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in text.replace("_", " ").split())


def _person(actor: dict) -> dict:
    roles = actor["roles"]
    current = next((r for r in roles if r["to"] is None), roles[-1] if roles else None)
    country = current["country"] if current else None
    person = {"id": "petrarch:" + re.sub(r"\W+", "-", actor["name"].lower()).strip("-"), "name": actor["name"],
              "country": country, "sector": current["sector"] if current else None, "aliases": actor["aliases"]}
    offices = []
    for role in roles:
        if role["from"] is None and role["to"] is None:
            continue
        office = {"office": OFFICES.get(next((k for k, v in SECTORS.items() if v == role["sector"] and k in OFFICES), ""), "government"),
                  "country": role["country"]}
        if role["from"]:
            office["from"] = role["from"].isoformat()
        if role["to"]:
            office["to"] = role["to"].isoformat()
        offices.append(office)
    if offices:
        person["offices"] = offices
    return person


def write_people_file(actors: list[dict], path: Path) -> Path:
    """Write actor entries as a people file (load it with KRONIKA_PEOPLE)."""
    import yaml

    path.write_text(yaml.safe_dump(actors, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
