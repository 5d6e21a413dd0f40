"""English triggers of material conflict (ASSAULT, COERCE, PROTEST, SANCTION, MOBILIZE): sentences we wrote."""

from conftest import english_events


def test_a_suicide_bombing_told_as_blowing_oneself_up() -> None:
    assert ("ASSAULT", "1831", "PSE", "ISR") in english_events("Palestinian bombers blew themselves up in Jerusalem.")


def test_exchanging_fire_is_an_attack_between_the_two_sides() -> None:
    events = english_events("Indian troops exchanged fire with Pakistani soldiers across the border on Sunday.")
    assert ("ASSAULT", "193", "IND", "PAK") in events


def test_a_ceasefire_violated_with_a_named_side() -> None:
    assert ("ASSAULT", "196", "ISR", "PSE") in english_events("Israel violated the truce with Hamas on Tuesday.")


def test_an_attempt_on_a_life_is_an_attempted_assassination() -> None:
    assert ("ASSAULT", "185", "PSE", "ISR") in english_events("A Palestinian gunman made an attempt on the life of the Israeli minister.")


def test_revoked_accreditation_and_dissolved_party_are_coercion() -> None:
    assert ("COERCE", "172", "BLR", "POL") in english_events("The Belarusian government revoked the accreditation of Polish journalists.")
    assert {e[:2] for e in english_events("The Egyptian government dissolved the Muslim Brotherhood party.")} == {("COERCE", "1722")}


def test_dissolving_needs_a_body_that_is_banned() -> None:
    # 'dissolve' a mixture, a doubt: no party or organisation is named
    assert not any(e[0] == "COERCE" for e in english_events("The Egyptian minister said the doubts had dissolved quickly."))


def test_blocking_the_internet_in_a_place_is_censorship_there() -> None:
    assert ("COERCE", "1721", "TUR", "TUR") in english_events("Turkish police blocked the internet in Istanbul.")


def test_downing_tools_is_a_strike_and_burning_tyres_a_riot() -> None:
    assert {e[:2] for e in english_events("Greek workers downed tools on Monday.")} == {("PROTEST", "143")}
    assert {e[:2] for e in english_events("Angry Nigerian youths burned tyres in Lagos.")} == {("PROTEST", "145")}


def test_gathering_is_a_protest_only_when_the_sentence_says_so() -> None:
    assert ("PROTEST", "141", "EGY", "EGY") in english_events("Egyptian protesters gathered outside the Israeli embassy to denounce the raid.")
    assert not any(e[0] == "PROTEST" for e in english_events("The Chinese government gathered its officials in Beijing."))


def test_suspended_flights_ambassador_ordered_out_and_blacklisting_are_sanctions() -> None:
    assert ("SANCTION", "160", "JPN", "PRK") in english_events("Japan suspended flights to North Korea.")
    assert ("SANCTION", "166", "IRN", "GBR") in english_events("Iran ordered the British ambassador to leave.")
    assert ("SANCTION", "163", "USA", "CHN") in english_events("The United States blacklisted Chinese companies.")


def test_aid_suspended_in_a_place_is_withheld_from_that_place() -> None:
    assert ("SANCTION", "162", "IGO", "NER") in english_events("The European Union suspended aid in Niger on Monday.")


def test_forces_deployed_or_strengthened_in_a_country_are_mobilised_against_it() -> None:
    assert ("MOBILIZE", "154", "RUS", "BLR") in english_events("Russia deployed troops in Belarus.")
    assert ("MOBILIZE", "154", "TUR", "SYR") in english_events("Turkey has reinforced its forces in Syria.")
    assert ("MOBILIZE", "150", "CHN", "TWN") in english_events("China staged naval drills near Taiwan.")


def test_a_troop_position_is_no_mobilisation() -> None:
    events = english_events("Israeli tanks shelled positions of the Syrian forces near the border.")
    assert not any(e[0] == "MOBILIZE" for e in events)
