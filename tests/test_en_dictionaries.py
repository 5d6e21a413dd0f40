"""Reading PETRARCH/TABARI-format verb and actor dictionaries (small files the tests write)."""

from datetime import date
from pathlib import Path

from kronika.lang.en.petrarch import plover_type, read_actor_dictionary, read_verb_dictionary, write_people_file

VERBS = """# a user's verb dictionary
--- DENOUNCE   [111] ---
DENOUNCE
DENOUNCED
- * WAR_CRIMES [1124]
- $ * + FOR_AGGRESSION [1123]
- * WEATHER [---]

CALL_ON [100]
- * + TO RELEASE [1053]
SLAP {SLAPS SLAPPED} [---]
- * SANCTIONS ON [163]   # imposing sanctions
PULL_OUT [0872]
"""

ACTORS = """BARACK_OBAMA
+PRESIDENT_OBAMA
+OBAMA
[USAELI >090120]
[USAGOV 090120-170120]
HAMAS [PSEREB]
KOFI_ANNAN  [IGOUNO 970101-061231]
"""


def test_verb_dictionary_entries(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    entries = {(e["words"] if isinstance(e["words"], tuple) else tuple(e["words"]), e["cameo"]): e["type"] for e in read_verb_dictionary(path)}
    assert entries[("denounce",), "111"] == "ACCUSE"
    assert entries[("denounce", "war", "crimes"), "1124"] == "ACCUSE"
    assert entries[("denounce", "for", "aggression"), "1123"] == "ACCUSE"
    assert entries[("call", "on"), "100"] == "REQUEST"
    assert entries[("call", "on", "to", "release"), "1053"] == "REQUEST"
    assert entries[("slap", "sanction", "on"), "163"] == "SANCTION"  # PLOVER's rule for 163
    assert entries[("pull", "out"), "0872"] == "RETREAT"
    assert not any("weather" in words for words, _ in entries)  # [---] codes nothing
    assert not any(words == ("slap",) for words, _ in entries)


def test_verb_dictionary_loads_next_to_the_lexicon(tmp_path: Path, monkeypatch) -> None:
    from kronika.events.triggers import find_triggers
    from kronika.lang import get_pack
    from kronika.lang.en import events

    path = tmp_path / "verbs.txt"
    path.write_text("--- EXCORIATE [111] ---\nEXCORIATE\n", encoding="utf-8")
    monkeypatch.setenv("KRONIKA_EN_VERBS", str(path))
    events.lexicon.cache_clear()
    try:
        entries = events.lexicon()
        assert any(e["words"] == ("excoriate",) and e["type"] == "ACCUSE" for e in entries)
        assert any(e["words"] == ("accuse",) for e in entries)  # Kronika's own stay
    finally:
        monkeypatch.delenv("KRONIKA_EN_VERBS")
        events.lexicon.cache_clear()
    del get_pack, find_triggers


def test_plover_type_of_codes() -> None:
    assert plover_type("057") == "SUPPORT" and plover_type("192") == "COERCE" and plover_type("0841") == "RETREAT"
    assert plover_type("1124") == "ACCUSE" and plover_type("085") == "CONCEDE"


def test_actor_dictionary_dated_roles(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    actors = {a["name"]: a for a in read_actor_dictionary(path)}
    obama = actors["Barack Obama"]
    assert obama["country"] == "USA" and obama["sector"] == "GOV"
    assert "Obama" in obama["aliases"] and "President Obama" in obama["aliases"]
    assert {"office": "government", "country": "USA", "from": "2009-01-20", "to": "2017-01-20"} in obama["offices"]
    assert any(o.get("to") == "2009-01-20" for o in obama["offices"])
    assert actors["Hamas"]["country"] == "PSE" and actors["Hamas"]["sector"] == "REB"
    annan = actors["Kofi Annan"]
    assert annan["country"] == "IGO" and annan["offices"][0]["from"] == date(1997, 1, 1).isoformat()


def test_actor_dictionary_as_people_file(tmp_path: Path) -> None:
    from kronika.actors.kb import _people

    source = tmp_path / "actors.txt"
    source.write_text(ACTORS, encoding="utf-8")
    people = _people(write_people_file(read_actor_dictionary(source), tmp_path / "people.yaml"))
    obama = next(p for p in people if p.name == "Barack Obama")
    assert obama.country_on(date(2010, 5, 1)) == "USA" and obama.sector_on(date(2010, 5, 1)) == "GOV"
