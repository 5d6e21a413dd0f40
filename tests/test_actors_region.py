"""Actors of Croatia and its region in the news of 2020-2026
(people_region.yaml, organisations_region.yaml and their Croatian names):
a bare surname or a Croatian institution in a case form resolves to the
person or body, the country and the sector of the day, and a day before a
term began names the one before it or no office."""

from datetime import date

import pytest

from kronika.actors import find_mentions, lookup
from kronika.lang import get_pack

HR = get_pack("hr")
DAY = date(2025, 12, 1)


@pytest.mark.parametrize("phrase, day, name, country, sector", [
    # Croatia: president, government, parliament
    ("Milanović", DAY, "Zoran Milanović", "HRV", "GOV"),
    ("Milanovića", date(2019, 6, 1), "Zoran Milanović", "HRV", "GOV"),  # before his presidency: the party leader, GOV by default
    ("Plenkoviću", DAY, "Andrej Plenković", "HRV", "GOV"),
    ("Jandrokovića", DAY, "Gordan Jandroković", "HRV", "GOV"),
    ("Bačićem", DAY, "Branko Bačić", "HRV", "GOV"),
    ("Šušnjara", DAY, "Ante Šušnjar", "HRV", "GOV"),
    ("Vlajčić", DAY, "David Vlajčić", "HRV", "GOV"),
    ("Dabro", date(2024, 9, 1), "Josip Dabro", "HRV", "GOV"),  # minister of agriculture
    ("Dabro", DAY, "Josip Dabro", "HRV", "PTY"),  # resigned in January 2025
    ("Hrstić", DAY, "Irena Hrstić", "HRV", "GOV"),
    ("Beroša", DAY, "Vili Beroš", "HRV", "GOV"),
    ("Glavina", DAY, "Tonči Glavina", "HRV", "GOV"),
    ("Anušić", date(2024, 1, 10), "Ivan Anušić", "HRV", "GOV"),
    ("Penava", DAY, "Ivan Penava", "HRV", "PTY"),
    # Croatia: judiciary, central bank, army
    ("Turudić", DAY, "Ivan Turudić", "HRV", "JUD"),
    ("Turudića", date(2024, 6, 3), "Ivan Turudić", "HRV", "JUD"),
    ("Hrvoj-Šipek", date(2023, 3, 1), "Zlata Hrvoj-Šipek", "HRV", "JUD"),
    ("Miškovića", DAY, "Sven Mišković", "HRV", "JUD"),
    ("Staničić", DAY, "Frane Staničić", "HRV", "JUD"),
    ("Šeparović", date(2024, 3, 1), "Miroslav Šeparović", "HRV", "JUD"),
    ("Vujčić", DAY, "Boris Vujčić", "HRV", "GOV"),  # HNB governor
    ("Vujčić", date(2026, 7, 1), "Boris Vujčić", "IGO", "IGO"),  # ECB vice-president from 2026-06-01
    ("Kundid", DAY, "Tihomir Kundid", "HRV", "MIL"),
    ("Hranju", date(2022, 5, 1), "Robert Hranj", "HRV", "MIL"),
    # Croatia: mayors and party leaders
    ("Tomašević", DAY, "Tomislav Tomašević", "HRV", "GOV"),  # mayor of Zagreb
    ("Tomašević", date(2020, 5, 1), "Tomislav Tomašević", "HRV", "OPP"),  # before he was mayor
    ("Puljak", date(2023, 5, 1), "Ivica Puljak", "HRV", "GOV"),  # mayor of Split
    ("Puljak", DAY, "Ivica Puljak", "HRV", "OPP"),  # lost Split to Šuta in 2025
    ("Šuta", DAY, "Tomislav Šuta", "HRV", "GOV"),
    ("Rinčić", DAY, "Iva Rinčić", "HRV", "GOV"),
    ("Benčić", DAY, "Sandra Benčić", "HRV", "OPP"),
    ("Hajdaš Dončić", DAY, "Siniša Hajdaš Dončić", "HRV", "OPP"),
    ("Grmoji", DAY, "Nikola Grmoja", "HRV", "OPP"),
    ("Božo Petrov", DAY, "Božo Petrov", "HRV", "OPP"),
    ("Pupovac", date(2022, 1, 1), "Milorad Pupovac", "HRV", "PTY"),  # SDSS in government
    ("Pupovac", DAY, "Milorad Pupovac", "HRV", "OPP"),  # in opposition since 2024-05-17
    ("Beljak", DAY, "Krešo Beljak", "HRV", "OPP"),
    # Serbia
    ("Vučić", DAY, "Aleksandar Vučić", "SRB", "GOV"),
    ("Brnabić", DAY, "Ana Brnabić", "SRB", "GOV"),  # speaker
    ("Vučević", DAY, "Miloš Vučević", "SRB", "PTY"),  # SNS president after his premiership
    ("Vučević", date(2024, 10, 1), "Miloš Vučević", "SRB", "GOV"),
    ("Đilas", DAY, "Dragan Đilas", "SRB", "OPP"),
    # Bosnia and Herzegovina
    ("Dodik", date(2024, 6, 1), "Milorad Dodik", "BIH", "GOV"),  # president of Republika Srpska
    ("Dodik", DAY, "Milorad Dodik", "BIH", "PTY"),  # stripped of the mandate in August 2025
    ("Karan", date(2026, 3, 1), "Siniša Karan", "BIH", "GOV"),
    ("Schmidt", DAY, "Christian Schmidt", "IGO", "IGO"),
    ("Nikšić", DAY, "Nermin Nikšić", "BIH", "GOV"),
    # Montenegro, Kosovo, North Macedonia, Slovenia, Albania, Hungary
    ("Milatović", DAY, "Jakov Milatović", "MNE", "GOV"),
    ("Mandić", DAY, "Andrija Mandić", "MNE", "GOV"),
    ("Kurti", DAY, "Albin Kurti", "XKX", "GOV"),
    ("Osmani", DAY, "Vjosa Osmani", "XKX", "GOV"),
    ("Konjufca", date(2026, 3, 1), "Glauk Konjufca", "XKX", "GOV"),
    ("Mickoski", DAY, "Hristijan Mickoski", "MKD", "GOV"),
    ("Golob", DAY, "Robert Golob", "SVN", "GOV"),
    ("Janša", DAY, "Janez Janša", "SVN", "OPP"),
    ("Rama", DAY, "Edi Rama", "ALB", "GOV"),
    ("Berisha", DAY, "Sali Berisha", "ALB", "OPP"),
    ("Orbán", DAY, "Viktor Orbán", "HUN", "GOV"),
    ("Orbán", date(2026, 6, 1), "Viktor Orbán", "HUN", "OPP"),  # Fidesz in opposition after the April 2026 election
    ("Magyar", DAY, "Péter Magyar", "HUN", "OPP"),
    ("Magyar", date(2026, 6, 1), "Péter Magyar", "HUN", "GOV"),
])
def test_person_on_a_day(phrase, day, name, country, sector) -> None:
    found = lookup(phrase, on_date=day)
    assert found is not None, phrase
    assert (found.name, found.country, found.sector) == (name, country, sector)


@pytest.mark.parametrize("phrase, day, name, country, sector", [
    ("USKOK", DAY, "USKOK", "HRV", "JUD"),
    ("USKOK-a", DAY, "USKOK", "HRV", "JUD"),
    ("USKOK-u", DAY, "USKOK", "HRV", "JUD"),
    ("DORH-a", DAY, "State Attorney's Office of Croatia", "HRV", "JUD"),
    ("Državno odvjetništvo", DAY, "State Attorney's Office of Croatia", "HRV", "JUD"),
    ("Državnog odvjetništva", DAY, "State Attorney's Office of Croatia", "HRV", "JUD"),
    ("HNB", DAY, "Croatian National Bank", "HRV", "GOV"),
    ("Hrvatske narodne banke", DAY, "Croatian National Bank", "HRV", "GOV"),
    ("Hrvatska vojska", DAY, "Croatian Army", "HRV", "MIL"),
    ("Domovinski pokret", DAY, "Homeland Movement", "HRV", "PTY"),
    ("Domovinskog pokreta", date(2022, 1, 1), "Homeland Movement", "HRV", "OPP"),  # before it joined the government
    ("DP-a", DAY, "Homeland Movement", "HRV", "PTY"),
    ("Mosta", DAY, "Bridge of Independent Lists", "HRV", "OPP"),
    ("Možemo", DAY, "Možemo", "HRV", "OPP"),
    ("HSLS-a", DAY, "HSLS", "HRV", "PTY"),
    ("HNS-om", DAY, "HNS", "HRV", "PTY"),
    ("HSS", DAY, "HSS", "HRV", "OPP"),
    ("IDS-a", DAY, "IDS", "HRV", "OPP"),
    ("SDSS", date(2022, 1, 1), "SDSS", "HRV", "PTY"),
    ("SDSS", DAY, "SDSS", "HRV", "OPP"),
    ("Centra", DAY, "Centar", "HRV", "OPP"),
    ("Fokusa", DAY, "Fokus", "HRV", "OPP"),
    ("Stranke slobode i pravde", DAY, "Party of Freedom and Justice", "SRB", "OPP"),
    ("SSP-a", DAY, "Party of Freedom and Justice", "SRB", "OPP"),
    ("SNSD-a", DAY, "SNSD", "BIH", "PTY"),
    ("HDZ BiH", DAY, "HDZ BiH", "BIH", "PTY"),
    ("HDZ-a BiH", DAY, "HDZ BiH", "BIH", "PTY"),
    ("HDZ-a", DAY, "HDZ", "HRV", "PTY"),
    ("Srpske liste", DAY, "Serb List", "XKX", "PTY"),
    ("Samoopredjeljenja", DAY, "Vetëvendosje", "XKX", "PTY"),
    ("Pokreta Svoboda", DAY, "Freedom Movement", "SVN", "PTY"),
    ("Slovenske demokratske stranke", DAY, "Slovenian Democratic Party", "SVN", "OPP"),
    ("Fidesz", DAY, "Fidesz", "HUN", "PTY"),
    ("Fidesza", date(2026, 6, 1), "Fidesz", "HUN", "OPP"),
    ("Tisza", DAY, "Tisza", "HUN", "OPP"),
    ("Tisze", date(2026, 6, 1), "Tisza", "HUN", "PTY"),
])
def test_body_or_party_on_a_day(phrase, day, name, country, sector) -> None:
    found = lookup(phrase, on_date=day)
    assert found is not None, phrase
    assert (found.name, found.country, found.sector) == (name, country, sector)


@pytest.mark.parametrize("phrase, day, name", [
    # the office holder on the day: before a term began, the one before it
    ("hrvatski ministar obrane", date(2023, 6, 1), "Mario Banožić"),
    ("hrvatski ministar obrane", date(2024, 1, 10), "Ivan Anušić"),
    ("hrvatski načelnik Glavnog stožera", date(2022, 5, 1), "Robert Hranj"),
    ("hrvatski načelnik Glavnog stožera", DAY, "Tihomir Kundid"),
    ("mađarski premijer", DAY, "Viktor Orbán"),
    ("mađarski premijer", date(2026, 6, 1), "Péter Magyar"),
    ("kosovska predsjednica", DAY, "Vjosa Osmani"),
    ("kosovski ministar vanjskih poslova", DAY, "Donika Gërvalla-Schwarz"),
    ("kosovski ministar vanjskih poslova", date(2026, 3, 1), "Glauk Konjufca"),
    ("srbijanski premijer", date(2024, 10, 1), "Miloš Vučević"),
    ("srbijanski premijer", DAY, "Đuro Macut"),
])
def test_office_holder_on_a_day(phrase, day, name) -> None:
    found = lookup(phrase, on_date=day)
    assert found is not None and found.name == name, (phrase, found)


def test_no_office_before_the_term() -> None:
    """A day before any of a person's offices: their own sector, no office."""
    assert lookup("Kundid", on_date=date(2020, 1, 1)).sector == "MIL"  # a general before he led the General Staff
    assert lookup("Karan", on_date=date(2025, 1, 1)).sector == "GOV"
    assert lookup("Turudić", on_date=date(2023, 1, 1)).sector == "JUD"  # a judge before he was Chief State Attorney
    assert lookup("Šuta", on_date=date(2024, 1, 1)).name == "Tomislav Šuta"


@pytest.mark.parametrize("text, expected", [
    ("MUP je priopćio da je policija uhitila osumnjičenika u Zagrebu.", ("MUP", "Croatian Ministry of Interior", "HRV", "GOV")),
    ("Hrvatska vlada i MORH dogovorili su nabavu.", ("MORH", "Croatian Ministry of Defence", "HRV", "GOV")),
    ("Iz Centra za socijalnu skrb u Splitu poručili su da je dijete zbrinuto.",
     ("Centra za socijalnu skrb", "Croatian Social Welfare Centre", "HRV", "GOV")),
    ("Ustavni sud odbio je zahtjev Vlade u Zagrebu.", ("Ustavni sud", "Constitutional Court of Croatia", "HRV", "JUD")),
])
def test_croatian_bodies_in_a_sentence(text, expected) -> None:
    found = [(e.text, e.name, e.country, e.sector) for e in find_mentions(HR.analyse(text), HR, DAY)]
    assert expected in found, found


@pytest.mark.parametrize("text, day, expected", [
    ("Hrvatski sabor zasjeda. Predsjednik Sabora otvorio je sjednicu.", DAY, ("Predsjednik Sabora", "Gordan Jandroković")),
    ("U Zagrebu je održan sastanak. Glavni državni odvjetnik najavio je izmjene zakona.", DAY, ("Glavni državni odvjetnik", "Ivan Turudić")),
    ("U Zagrebu je održan sastanak. Glavna državna odvjetnica najavila je izmjene zakona.", date(2023, 3, 1),
     ("Glavna državna odvjetnica", "Zlata Hrvoj-Šipek")),
    ("U Zagrebu je održan sastanak. Ravnatelj USKOK-a podnio je izvješće.", DAY, ("Ravnatelj USKOK-a", "Sven Mišković")),
    ("U Zagrebu je održan sastanak. Guverner HNB-a upozorio je na inflaciju.", DAY, ("Guverner HNB-a", "Boris Vujčić")),
    ("Vučić je doputovao u Zagreb, a srbijanska predsjednica parlamenta ostala je u Beogradu.", DAY,
     ("srbijanska predsjednica parlamenta", "Ana Brnabić")),
])
def test_croatian_office_roles(text, day, expected) -> None:
    found = [(e.text, e.name) for e in find_mentions(HR.analyse(text), HR, day)]
    assert expected in found, found


def test_the_verb_vodi_is_no_leader() -> None:
    """'vodi' (leads) keys like 'vođa' (leader): only the noun's forms name a leader."""
    found = [(e.text, e.name) for e in find_mentions(HR.analyse("Istragu vodi USKOK, a vođa skupine je uhićen."), HR, DAY)]
    assert ("USKOK", "USKOK") in found and not any(text.startswith("vodi") for text, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # a given name opening the sentence that is none of the known person's: another person of that surname
    ("Stjepan Radić osnovao je stranku.", ("Stjepan Radić", None)),
    ("Goran Milanović je rekao da neće.", ("Goran Milanović", None)),
    ("Ivan Radić je pobijedio u Osijeku.", ("Ivan Radić", "p:radic-ivan")),
    ("Zoran Milanović je rekao da neće.", ("Zoran Milanović", "p:milanovic")),
    ("Izjava Aliua stigla je u ponedjeljak.", ("Aliua", "p:aliu-imer")),  # a noun before a surname is no given name
])
def test_sentence_opening_given_name(text, expected) -> None:
    found = [(e.text, e.kb_id) for e in find_mentions(HR.analyse(text), HR, DAY)]
    assert expected in found, found


@pytest.mark.parametrize("phrase, day, name", [
    ("predsjednik Republike Srpske", date(2024, 6, 1), "Milorad Dodik"),
    ("predsjednika Republike Srpske", DAY, "Ana Trišić Babić"),  # acting, after Dodik lost the mandate
    ("predsjednik Republike Srpske", date(2026, 3, 1), "Siniša Karan"),
    ("premijer Republike Srpske", date(2024, 6, 1), "Radovan Višković"),
    ("predsjednik Vlade Republike Srpske", DAY, "Savo Minić"),
    ("predsjednica Federacije BiH", DAY, "Lidija Bradara"),
    ("premijer Federacije BiH", DAY, "Nermin Nikšić"),
])
def test_entity_offices_of_bosnia(phrase, day, name) -> None:
    found = lookup(phrase, on_date=day)
    assert found is not None and (found.name, found.country) == (name, "BIH"), (phrase, found)


@pytest.mark.parametrize("phrase, day, name", [
    ("srpska članica Predsjedništva BiH", DAY, "Željka Cvijanović"),
    ("srpski član Predsjedništva BiH", date(2020, 6, 1), "Milorad Dodik"),
    ("hrvatski član Predsjedništva BiH", DAY, "Željko Komšić"),
    ("hrvatski član Predsjedništva BiH", date(2016, 6, 1), "Dragan Čović"),
    ("bošnjački član Predsjedništva", DAY, "Denis Bećirović"),
    ("bošnjački član Predsjedništva", date(2020, 6, 1), "Šefik Džaferović"),
    ("u Republici Srpskoj", DAY, "Republika Srpska"),
])
def test_presidency_of_bosnia(phrase, day, name) -> None:
    found = lookup(phrase, on_date=day)
    assert found is not None and (found.name, found.country) == (name, "BIH"), (phrase, found)


@pytest.mark.parametrize("phrase, name, country, sector", [
    ("Papa Lav XIV.", "Pope Leo XIV", "VAT", "GOV"),
    ("s papom Lavom XIV.", "Pope Leo XIV", "VAT", "GOV"),
    ("Aladrović", "Josip Aladrović", "HRV", "GOV"),  # no office on the day: his own sector
    ("Hasanbegovića", "Zlatko Hasanbegović", "HRV", "OPP"),
    ("Šapić", "Aleksandar Šapić", "SRB", "GOV"),
])
def test_more_people(phrase, name, country, sector) -> None:
    found = lookup(phrase, on_date=DAY)
    assert found is not None and (found.name, found.country, found.sector) == (name, country, sector), (phrase, found)


@pytest.mark.parametrize("day, name", [(date(2024, 3, 1), "Filip Ivanović"), (DAY, "Ervin Ibrahimović")])
def test_montenegrin_foreign_minister(day, name) -> None:
    assert lookup("crnogorski ministar vanjskih poslova", on_date=day).name == name


@pytest.mark.parametrize("day, name", [(DAY, "Marko Primorac"), (date(2026, 3, 1), "Tomislav Ćorić")])
def test_croatian_finance_minister(day, name) -> None:
    """Primorac left for the European Investment Bank; Ćorić took over on 2026-01-29."""
    assert lookup("hrvatski ministar financija", on_date=day).name == name


@pytest.mark.parametrize("text, name, country", [
    ("HNS je u Mostaru podržao Čovića i zatražio izmjene izbornog zakona BiH.", "Croatian National Assembly of Bosnia and Herzegovina", "BIH"),
    ("Saborski zastupnici HNS-a podržali su Plenkovićevu vladu u Zagrebu.", "HNS", "HRV"),
])
def test_hns_in_croatia_or_bosnia(text, name, country) -> None:
    found = [(e.name, e.country) for e in find_mentions(HR.analyse(text), HR, DAY) if "HNS" in e.text]
    assert found == [(name, country)], found
