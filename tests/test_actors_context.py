"""Actors that say too little alone take their country from the article:
an article that names no country is the outlet's own; a phrase counted by a
number after a preposition is no subject."""

from datetime import date

from kronika.actors import find_mentions
from kronika.lang import get_pack
from kronika.pipeline import extract_text

HR = get_pack("hr")


def resolved(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.country, m.sector) for m in find_mentions(HR.analyse(text), HR, date(2026, 3, 4))]


def test_an_article_naming_no_country_is_the_outlets_own() -> None:
    assert resolved("Policija je u Karlovcu privela trojicu mladića.")[0] == ("Policija", "HRV", "COP")
    assert ("Sindikati", "HRV", "CVL") in resolved("Sindikati su najavili štrajk u školama.")


def test_a_named_country_still_wins_over_the_outlets() -> None:
    assert resolved("Policija u Novom Sadu privela je studente, javlja beogradski tisak iz Srbije.")[0][1] == "SRB"


def test_people_are_a_group_of_the_country_named() -> None:
    assert ("ljudi", "SRB", "CVL") in resolved("Tisuće ljudi okupilo se u Nišu, u Srbiji.")
    assert ("Ljudi", "HRV", "CVL") in resolved("Ljudi su čekali pred bolnicom.")


def test_a_group_counted_after_a_preposition_is_not_the_subject() -> None:
    text = "4.3.2026. u 10:00\n\nSa 3.000 ljudi u Slavoniji bez struje, Crveni križ nastavit će dostavljati pomoć."
    events = extract_text(text).events
    assert [(e.actor.name, e.recipient.country) for e in events] == [("International Committee of the Red Cross", "HRV")]


def test_an_unknown_acronym_subject_is_not_the_subject_of_the_sentence_before() -> None:
    opening = "4.3.2026. u 10:00\n\nNjemački kancelar Friedrich Merz pozvao je Rusiju na primirje. "
    coded = lambda text: [(e.actor.name, e.recipient.country if e.recipient else None) for e in extract_text(text).events]
    assert coded(opening + "Također je pozvao Kinu na suzdržanost.") == [("Friedrich Merz", "RUS"), ("Friedrich Merz", "CHN")]
    assert coded(opening + "HZZK je podigao tužbu protiv ministra.") == [("Friedrich Merz", "RUS")]  # HZZK sues, not Merz


def test_a_town_the_base_does_not_know_is_no_person_and_tells_the_country() -> None:
    found = resolved("Studenti su najavili novu blokadu u Novom Sadu.")
    assert found == [("Studenti", "SRB", "CVL"), ("Novom Sadu", "SRB", "GOV")]  # no 'Nova Sad', nor the acronym SAD
    assert resolved("Prosvjednici su se okupili ispred Bijele kuće u SAD-u.")[-1][1:] == ("USA", "GOV")


def test_a_town_named_after_a_preposition_is_its_countrys_and_a_misreading_is_not() -> None:
    found = resolved("Prosvjednici su se okupili u Subotici.")
    assert found == [("Prosvjednici", "SRB", "CVL"), ("Subotici", "SRB", "GOV")]
    assert all(country != "SVN" for _, country, _ in resolved("Razgovarali su o pitanjima u regiji Crnog mora."))


def test_a_dateline_place_in_capitals_tells_the_country() -> None:
    assert resolved("BEOGRAD - Policija je privela dvojicu muškaraca.")[1] == ("Policija", "SRB", "COP")
    assert resolved("USKOK je podigao optužnicu.") == [("USKOK", "HRV", "JUD")]  # an acronym stays one


def test_members_of_a_body_are_of_its_country_and_sector() -> None:
    found = resolved("Djelatnici PNUSKOK-a uhitili su dvojicu osumnjičenih.")
    assert found[0] == ("Djelatnici PNUSKOK-a", "HRV", "COP")


def test_a_town_with_a_fleeting_a_is_found_in_its_case_forms() -> None:
    assert resolved("Prosvjednici su se okupili u Kragujevcu.") == [("Prosvjednici", "SRB", "CVL"), ("Kragujevcu", "SRB", "GOV")]
    assert resolved("Poplave u Sisku odnijele su dva života.") == [("Sisku", "HRV", "GOV")]


def test_groups_of_people_are_named_by_what_they_are() -> None:
    from kronika.actors import find_mentions

    names = {m.text: m.name for m in find_mentions(HR.analyse("Sindikati i novinari prosvjedovali su u Zagrebu."), HR, date(2026, 3, 4))}
    assert names["Sindikati"] == "Croatian trade unions" and names["novinari"] == "Croatian journalists"


def test_the_town_a_role_is_of_is_no_part_of_the_name_after_it_and_a_state_agency_is_government() -> None:
    from kronika.actors import find_mentions
    from kronika.lang import get_pack

    hr = get_pack("hr")
    found = {m.text: (m.name, m.sector) for m in find_mentions(hr.analyse(
        "Gradonačelnik Splita Marko Perić i ravnatelj Agencije za zaštitu okoliša Ivan Babić potpisali su ugovor."), hr, None)}
    assert found["Gradonačelnik Splita Marko Perić"] == ("Marko Perić", "GOV")
    assert found["ravnatelj Agencije za zaštitu okoliša Ivan Babić"] == ("Ivan Babić", "GOV")


def test_the_polices_adjective_and_families_are_actors_but_a_curfew_is_no_police() -> None:
    from kronika.actors import find_mentions
    from kronika.lang import get_pack

    hr = get_pack("hr")
    found = {m.text: (m.name, m.sector) for m in find_mentions(hr.analyse(
        "Deseci policijskih automobila blokirali su ulice, a Vlada je pomogla obiteljima žrtava."), hr, None)}
    assert found["policijskih"] == ("Croatian police", "COP")
    assert found["obiteljima"] == ("families in Croatia", "CVL")
    assert not find_mentions(hr.analyse("Policijski sat uveden je nakon nereda."), hr, None)
    assert not find_mentions(hr.analyse("Rekao je da će on i njegova obitelj otići."), hr, None)  # one family is no actor
