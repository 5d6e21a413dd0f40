"""Croatian triggers of conflict (ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, COERCE, ASSAULT,
MOBILIZE) as recent Croatian news phrase them: sentences we wrote, through the whole pipeline."""

import pytest

from kronika.pipeline import extract_text
from kronika.read import parse_datetime

PUBLISHED = parse_datetime("2026-12-03T10:00:00+01:00")  # a Thursday


def croatian_events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, CAMEO code, actor country, recipient country) of each event Kronika codes in a Croatian text."""
    return [(e.type, e.cameo, e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
            for e in extract_text(text, published=PUBLISHED, lang="hr", doc_id="test").events]


def dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t, a, r) for t, _, a, r in croatian_events(text)}


@pytest.mark.parametrize("sentence, dyad", [
    # ACCUSE: reproaches in both aspects, charges, preliminary inquiries, verbal attacks
    ("Ukrajina je Rusiji spočitnula kršenje primirja.", ("ACCUSE", "UKR", "RUS")),
    ("Hrvatska je Srbiji predbacila širenje dezinformacija.", ("ACCUSE", "HRV", "SRB")),
    ("Kijev Moskvi predbacuje napade na civile.", ("ACCUSE", "UKR", "RUS")),
    ("Srpsko tužiteljstvo tereti hrvatskog državljanina za ratni zločin.", ("ACCUSE", "SRB", "HRV")),
    ("Hrvatska policija tereti srpskog državljanina za krijumčarenje.", ("ACCUSE", "HRV", "SRB")),
    ("Hrvatska policija pokrenula je izvide protiv srpskog državljanina.", ("ACCUSE", "HRV", "SRB")),
    ("Hrvatska policija obavlja izvide u vezi sa srpskim državljaninom.", ("ACCUSE", "HRV", "SRB")),
    ("Hrvatski premijer Andrej Plenković žestoko je napao predsjednika Zorana Milanovića.", ("ACCUSE", "HRV", "HRV")),
    # REJECT: a ban on entry to a country
    ("Hrvatska je zabranila ulazak srpskim navijačima.", ("REJECT", "HRV", "SRB")),
    # THREATEN: a deadline with what it demands
    ("Trump je Hamasu postavio rok za predaju oružja.", ("THREATEN", "USA", "PSE")),
    # PROTEST: hunger strike, traffic and student blockades, riots, strikes announced and called
    ("Hrvatski aktivisti stupili su u štrajk glađu.", ("PROTEST", "HRV", "HRV")),
    ("Hrvatski poljoprivrednici traktorima su blokirali promet na autocesti.", ("PROTEST", "HRV", "HRV")),
    ("Srpski studenti nastavili su blokade.", ("PROTEST", "SRB", "SRB")),
    ("Srpski prosvjednici zapalili su automobile ispred sjedišta stranke.", ("PROTEST", "SRB", "SRB")),
    ("Hrvatski sindikati najavljuju generalni štrajk.", ("PROTEST", "HRV", "HRV")),
    ("Srpski studenti pozvali su na generalni štrajk.", ("PROTEST", "SRB", "SRB")),
    # SANCTION: persona non grata, suspended aid, export limits, closed airspace
    ("Hrvatska je proglasila ruskog diplomata personom non grata.", ("SANCTION", "HRV", "RUS")),
    ("Sjedinjene Države suspendirale su vojnu pomoć Ukrajini.", ("SANCTION", "USA", "UKR")),
    ("Europska unija suspendirala je pomoć Nigeru.", ("SANCTION", "IGO", "NER")),
    ("Kina je ograničila izvoz rijetkih metala u Sjedinjene Države.", ("SANCTION", "CHN", "USA")),
    ("Poljska je zatvorila zračni prostor za ruske zrakoplove.", ("SANCTION", "POL", "RUS")),
    # COERCE: remand, people held, a gathering banned in a place
    ("Županijski sud u Zagrebu odredio je istražni zatvor bivšem ministru.", ("COERCE", "HRV", "HRV")),
    ("Izraelska mornarica zadržala je turske aktiviste.", ("COERCE", "ISR", "TUR")),
    ("Mađarska vlada zabranila je prosvjed u Budimpešti.", ("COERCE", "HUN", "HUN")),
    ("Mađarska vlada zabranila je Povorku ponosa u Budimpešti.", ("COERCE", "HUN", "HUN")),
    # ASSAULT: 'napale', drones before the verb, counterattacks, stones
    ("Sjedinjene Države napale su venezuelanski brod u Karipskom moru.", ("ASSAULT", "USA", "VEN")),
    ("Ruske snage napale su dronovima ukrajinske gradove.", ("ASSAULT", "RUS", "UKR")),
    ("Ukrajina je dronovima napala Rusiju.", ("ASSAULT", "UKR", "RUS")),
    ("Rusija je dronovima gađala Kijev.", ("ASSAULT", "RUS", "UKR")),
    ("Ukrajinske snage izvele su protunapad na ruske položaje.", ("ASSAULT", "UKR", "RUS")),
    ("Ruske snage izvode napade na ukrajinske gradove.", ("ASSAULT", "RUS", "UKR")),
    ("Srpski navijači kamenjem su gađali hrvatsku policiju.", ("ASSAULT", "SRB", "HRV")),
    ("Srpski prosvjednici bacali su baklje i kamenje na policiju.", ("ASSAULT", "SRB", "SRB")),
    # a state's protest is an official complaint; a refusal to impose sanctions is a refusal
    ("Kina je oštro prosvjedovala kod Japana.", ("ACCUSE", "CHN", "JPN")),
    ("Srbija odbija uvesti sankcije Rusiji.", ("REJECT", "SRB", "RUS")),
    # protesters block a building, break a cordon
    ("Srpski studenti blokirali su zgradu RTS-a.", ("PROTEST", "SRB", "SRB")),
    ("Srpski prosvjednici probili su policijski kordon.", ("PROTEST", "SRB", "SRB")),
    # exports of arms stopped
    ("Njemačka je zaustavila izvoz oružja Izraelu.", ("SANCTION", "DEU", "ISR")),
    ("Nizozemska je obustavila izvoz dijelova za F-35 Izraelu.", ("SANCTION", "NLD", "ISR")),
    # troops massed, militias mobilised, combat readiness, NATO presence
    ("Rusija gomila vojsku na granici s Estonijom.", ("MOBILIZE", "RUS", None)),
    ("Venezuela je mobilizirala milicije.", ("MOBILIZE", "VEN", None)),
    ("Srbija je podigla borbenu gotovost vojske.", ("MOBILIZE", "SRB", None)),
    ("NATO je pojačao prisutnost na istočnom krilu.", ("MOBILIZE", "IGO", None)),
    # a diplomat ordered to leave, drones shot down, a truce ruled out
    ("Estonija je naredila ruskom veleposlaniku da napusti zemlju u roku od 72 sata.", ("SANCTION", "EST", "RUS")),
    ("Hrvatska je naložila ruskom diplomatu da napusti zemlju.", ("SANCTION", "HRV", "RUS")),
    ("Ukrajinska protuzračna obrana oborila je 300 ruskih dronova.", ("ASSAULT", "UKR", "RUS")),
    ("Kremlj je isključio mogućnost primirja s Ukrajinom.", ("REJECT", "RUS", "UKR")),
    # warnings of consequences, deadlines for a ceasefire
    ("Sjedinjene Države upozorile su Iran na ozbiljne posljedice.", ("THREATEN", "USA", "IRN")),
    ("Trump je Rusiji dao rok od deset dana za prekid vatre.", ("THREATEN", "USA", "RUS")),
])
def test_conflict_construction_codes_its_dyad(sentence: str, dyad: tuple) -> None:
    assert dyad in dyads(sentence), croatian_events(sentence)


@pytest.mark.parametrize("sentence, cameo", [
    ("Hrvatski aktivisti stupili su u štrajk glađu.", "142"),  # a hunger strike, not a plain strike
    ("Ukrajina je dronovima napala Rusiju.", "195"),  # drones: aerial weapons
    ("Ruske snage napale su dronovima ukrajinske gradove.", "195"),
    ("Poljska je zatvorila zračni prostor za ruske zrakoplove.", "160"),
    ("Hrvatska je zabranila ulazak srpskim navijačima.", "1245"),
    ("Kina je oštro prosvjedovala kod Japana.", "114"),  # an official complaint
])

def test_conflict_construction_codes_its_cameo(sentence: str, cameo: str) -> None:
    assert cameo in {c for _, c, _, _ in croatian_events(sentence)}, croatian_events(sentence)


@pytest.mark.parametrize("sentence", [
    # the neuter 'nuklearno oružje', 'vojno pojačanje' lemmatise to 'nuklearno', 'vojno'
    "Rusija će rasporediti nuklearno oružje u Bjelorusiji.",
    "Rusija razmješta nuklearno oružje u Bjelorusiji.",
    "Sjedinjene Države poslale su vojno pojačanje na Bliski istok.",
])
def test_neuter_weapons_and_reinforcements_are_named_in_the_trigger(sentence: str) -> None:
    found = extract_text(sentence, published=PUBLISHED, lang="hr", doc_id="test").events
    assert [len(e.evidence[0].trigger) for e in found if e.type == "MOBILIZE"] == [3], [e.digest() for e in found]


def test_a_strike_called_or_announced_is_intended() -> None:
    for sentence in ("Srpski studenti pozvali su na generalni štrajk.", "Hrvatski sindikati najavljuju generalni štrajk."):
        found = extract_text(sentence, published=PUBLISHED, lang="hr", doc_id="test").events
        assert [e.modality for e in found if e.type == "PROTEST"] == ["intended"], [e.digest() for e in found]


def test_refusing_sanctions_imposes_none() -> None:
    assert not any(e[0] == "SANCTION" for e in croatian_events("Srbija odbija uvesti sankcije Rusiji."))


def test_an_organisation_declared_undesirable_is_coerced() -> None:
    found = extract_text("Ruske vlasti proglasile su Amnesty International nepoželjnom organizacijom.",
                         published=PUBLISHED, lang="hr", doc_id="test").events
    assert [(e.type, e.cameo, e.actor.country, e.recipient.name) for e in found] == [
        ("COERCE", "172", "RUS", "Amnesty International")]


def test_a_ban_on_entry_is_no_coercion() -> None:
    assert not any(e[0] == "COERCE" for e in croatian_events("Hrvatska je zabranila ulazak srpskim navijačima."))


@pytest.mark.parametrize("sentence", [
    "Izvođač je postavio rok za završetak radova.",  # a works deadline threatens nobody
    "Hrvatska policija zadržala je položaj.",  # 'zadržati' a position is no detention
    "Hrvatski rukometaši napali su gol Danske.",  # sport
    "Hrvatski rukometaši napadali su danski gol.",
    "Hrvatska je naložila tvrtki da napusti projekt.",  # no diplomat: no expulsion
    "Hrvatska policija isključila je mogućnost terorističkog napada.",  # ruling out a cause rejects nobody
    "Hrvatski ministar financija rekao je da su porezni tereti za građane preveliki.",  # 'tereti': burdens
])

def test_senses_that_code_no_conflict(sentence: str) -> None:
    assert not croatian_events(sentence)

def test_students_protesting_sharply_still_protest() -> None:
    events = croatian_events("Hrvatski studenti oštro su prosvjedovali protiv Vlade.")
    assert ("PROTEST", "141", "HRV", "HRV") in events and not any(e[0] == "ACCUSE" for e in events)


def test_a_fierce_armed_attack_stays_an_assault() -> None:
    # 'žestoko napale' without a political actor or statement is fighting, not criticism
    events = croatian_events("Ruske snage žestoko su napale ukrajinske položaje.")
    assert ("ASSAULT", "190", "RUS", "UKR") in events
    assert not any(e[0] == "ACCUSE" for e in events)


def test_a_naval_blockade_is_no_protest() -> None:
    assert not any(e[0] == "PROTEST" for e in croatian_events("Izrael nastavlja pomorsku blokadu Gaze."))
