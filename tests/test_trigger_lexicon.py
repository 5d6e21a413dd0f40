"""The Croatian trigger lexicon: it covers PLOVER and speaks CAMEO."""

import re

import pytest

from kronika.lang.hr.events import lexicon
from kronika.lang.hr.lemma import lemma
from kronika.model import EVENT_TYPES

# PLOVER modes by type, from the mode tables of the PLOVER manual
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control"},
}
RECIPIENT_RULES = {"with", "addressee", "object", "target", "any", "none"}


@pytest.fixture(scope="module")
def cameo_codes(shared_dir) -> set[str]:
    text = (shared_dir / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    return set(re.findall(r"^(\d{2,4}):", text, flags=re.MULTILINE))


def test_every_plover_type_has_triggers() -> None:
    assert {entry["type"] for entry in lexicon()} == set(EVENT_TYPES)


def test_every_mode_of_the_modes_with_triggers_is_a_plover_mode() -> None:
    for entry in lexicon():
        if entry.get("mode"):
            assert entry["mode"] in MODES.get(entry["type"], set()), entry


def test_every_cameo_code_exists_in_the_cameo_table(cameo_codes) -> None:
    for entry in lexicon():
        assert entry["cameo"] in cameo_codes, entry


# Where the PLOVER manual's coding rules overrule the 2021 CAMEO→PLOVER table:
# eased sanctions and amnesties are CONCEDE, resignations RETREAT, sanctions and
# embargoes SANCTION, an invasion ASSAULT, a conviction (found guilty, 116) SANCTION convict.
MANUAL_OVERRIDES = {("085", "CONCEDE"), ("0841", "CONCEDE"), ("0831", "RETREAT"), ("163", "SANCTION"), ("192", "ASSAULT"),
                    ("116", "SANCTION")}


def test_every_cameo_code_maps_to_the_entrys_plover_type_or_a_manual_rule(shared_dir) -> None:
    text = (shared_dir / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table = dict(re.findall(r"^(\d{2,4}):\s*([A-Z]+)", text, flags=re.MULTILINE))
    for entry in lexicon():
        assert table[entry["cameo"]] == entry["type"] or (entry["cameo"], entry["type"]) in MANUAL_OVERRIDES, entry


def test_entries_are_well_formed() -> None:
    seen = set()
    for entry in lexicon():
        assert entry["words"] and all(w == w.lower() for w in entry["words"]), entry
        assert entry.get("recipient", "any") in RECIPIENT_RULES, entry
        key = (entry["words"], entry["type"], entry["requires"])
        assert key not in seen, f"duplicate entry {entry}"
        seen.add(key)


@pytest.mark.parametrize(
    "form, trigger_word",
    [("razgovarali", "razgovarati"), ("sastanku", "sastanak"), ("podršku", "podrška"), ("optužila", "optužiti"),
     ("zaprijetio", "zaprijetiti"), ("sankcijama", "sankcija"), ("prosvjedovali", "prosvjedovati"), ("uhitili", "uhititi"),
     ("bombardirali", "bombardirati"), ("razmještajem", "razmještaj"), ("zatražio", "zatražiti"), ("odbacio", "odbaciti")],
)
def test_inflected_forms_reach_their_trigger_through_the_lemmatiser(form: str, trigger_word: str) -> None:
    assert lemma(form) == trigger_word
    assert any(trigger_word in entry["words"] for entry in lexicon())


def test_every_cameo_code_the_table_maps_to_a_plover_type_has_entries(shared_dir) -> None:
    text = (shared_dir / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    mapped = set(re.findall(r"^(\d{3,4}):\s*[A-Z]+", text, flags=re.MULTILINE))
    covered = {entry["cameo"] for entry in lexicon()}
    assert not sorted(mapped - covered)
    assert len(lexicon()) > 4000  # the field's scale: thousands of entries, not hundreds
