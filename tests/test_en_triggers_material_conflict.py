"""English triggers of material conflict (ASSAULT, COERCE, PROTEST, SANCTION, MOBILIZE): sentences we wrote."""

from kronika.pipeline import extract_text


def coded(text: str) -> set[tuple]:
    return {(e.type, e.cameo, e.actor.country, e.recipient.country if e.recipient else None)
            for e in extract_text(text, lang="en").events}


def test_a_suicide_bombing_told_as_blowing_oneself_up() -> None:
    assert ("ASSAULT", "1831", "PSE", "ISR") in coded("Palestinian bombers blew themselves up in Jerusalem.")


def test_exchanging_fire_is_an_attack_between_the_two_sides() -> None:
    events = coded("Indian troops exchanged fire with Pakistani soldiers across the border on Sunday.")
    assert ("ASSAULT", "193", "IND", "PAK") in events


def test_a_ceasefire_violated_with_a_named_side() -> None:
    assert ("ASSAULT", "196", "ISR", "PSE") in coded("Israel violated the truce with Hamas on Tuesday.")


def test_an_attempt_on_a_life_is_an_attempted_assassination() -> None:
    assert ("ASSAULT", "185", "PSE", "ISR") in coded("A Palestinian gunman made an attempt on the life of the Israeli minister.")


def test_revoked_accreditation_and_dissolved_party_are_coercion() -> None:
    assert ("COERCE", "172", "BLR", "POL") in coded("The Belarusian government revoked the accreditation of Polish journalists.")
    assert {e[:2] for e in coded("The Egyptian government dissolved the Muslim Brotherhood party.")} == {("COERCE", "1722")}


def test_dissolving_needs_a_body_that_is_banned() -> None:
    # 'dissolve' a mixture, a doubt: no party or organisation is named
    assert not any(e[0] == "COERCE" for e in coded("The Egyptian minister said the doubts had dissolved quickly."))


def test_blocking_the_internet_in_a_place_is_censorship_there() -> None:
    assert ("COERCE", "1721", "TUR", "TUR") in coded("Turkish police blocked the internet in Istanbul.")


def test_downing_tools_is_a_strike_and_burning_tyres_a_riot() -> None:
    assert {e[:2] for e in coded("Greek workers downed tools on Monday.")} == {("PROTEST", "143")}
    assert {e[:2] for e in coded("Angry Nigerian youths burned tyres in Lagos.")} == {("PROTEST", "145")}


def test_gathering_is_a_protest_only_when_the_sentence_says_so() -> None:
    assert ("PROTEST", "141", "EGY", "EGY") in coded("Egyptian protesters gathered outside the Israeli embassy to denounce the raid.")
    assert not any(e[0] == "PROTEST" for e in coded("The Chinese government gathered its officials in Beijing."))


def test_suspended_flights_ambassador_ordered_out_and_blacklisting_are_sanctions() -> None:
    assert ("SANCTION", "160", "JPN", "PRK") in coded("Japan suspended flights to North Korea.")
    assert ("SANCTION", "166", "IRN", "GBR") in coded("Iran ordered the British ambassador to leave.")
    assert ("SANCTION", "163", "USA", "CHN") in coded("The United States blacklisted Chinese companies.")


def test_aid_suspended_in_a_place_is_withheld_from_that_place() -> None:
    assert ("SANCTION", "162", "IGO", "NER") in coded("The European Union suspended aid in Niger on Monday.")


def test_forces_deployed_or_strengthened_in_a_country_are_mobilised_against_it() -> None:
    assert ("MOBILIZE", "154", "RUS", "BLR") in coded("Russia deployed troops in Belarus.")
    assert ("MOBILIZE", "154", "TUR", "SYR") in coded("Turkey has reinforced its forces in Syria.")
    assert ("MOBILIZE", "150", "CHN", "TWN") in coded("China staged naval drills near Taiwan.")


def test_a_troop_position_is_no_mobilisation() -> None:
    events = coded("Israeli tanks shelled positions of the Syrian forces near the border.")
    assert not any(e[0] == "MOBILIZE" for e in events)
